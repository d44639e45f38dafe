import type { Access } from 'payload'

import { isStaffUser } from './userRoles'

/**
 * Staff read everything, drafts included. Everyone else reads only the
 * published version, which approval alone produces.
 */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  return { _status: { equals: 'published' } }
}
