import type { Access } from 'payload'

import { canEditContent } from './userRoles'

/** Editors and admins. */
export const isEditor: Access = ({ req: { user } }) => canEditContent(user)
