import type { Access } from 'payload'

import { isStaffUser } from './userRoles'

/** Any signed-in admin, editor or reviewer. */
export const isStaff: Access = ({ req: { user } }) => isStaffUser(user)
