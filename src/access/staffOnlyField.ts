import type { FieldAccess } from 'payload'

import { isStaffUser } from './userRoles'

/**
 * Field-level read access for what a published bank does not need:
 * provenance, editor ids, working titles, internal version ids. Anonymous
 * readers (and accounts without a role) get the document without them.
 */
export const staffOnlyField: FieldAccess = ({ req: { user } }) => isStaffUser(user)

/** The `access` of such a field. */
export const staffReadOnly = { read: staffOnlyField } as const
