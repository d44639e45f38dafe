import type { Access } from 'payload'

import { hasRole, isStaffUser } from './userRoles'

export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (hasRole({ user, role: 'admin' })) return true
  if (user && isStaffUser(user)) return { id: { equals: user.id } }
  return false
}
