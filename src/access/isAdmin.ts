import type { Access, FieldAccess } from 'payload'

import { hasRole } from './userRoles'

export const isAdmin: Access = ({ req: { user } }) => hasRole({ user, role: 'admin' })

export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole({ user, role: 'admin' })
