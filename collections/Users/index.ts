import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '../../src/access/isAdmin'
import { isAdminOrSelf } from '../../src/access/isAdminOrSelf'
import { userRoleNames } from '../../src/access/userRoles'
import { readEnv } from '../../src/config/env'
import { assignFirstUserAdmin } from './hooks/assignFirstUserAdmin'
import { equalizeLoginTiming } from './hooks/equalizeLoginTiming'
import { hideOtherSessions } from './hooks/hideOtherSessions'
import { refundLoginAttempt, throttleLogin } from './hooks/throttleLogin'
import { defaultRoles } from './defaultRoles'

export const Users: CollectionConfig = {
  slug: 'users',
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles'],
    group: 'Settings',
  },
  auth: {
    // Lockout stays on: five wrong passwords lock the account for ten minutes. The refusal does not say
    // whether the account exists or is locked (payload.config.ts, i18n), and answers as slowly either way.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    // HttpOnly is Payload's default; cookie writes from other origins are refused by the csrf list (payload.config.ts).
    cookies: { sameSite: 'Lax', secure: readEnv().NODE_ENV === 'production' },
  },
  hooks: {
    beforeOperation: [throttleLogin, equalizeLoginTiming],
    afterLogin: [refundLoginAttempt],
    afterRead: [hideOtherSessions],
  },
  access: {
    admin: ({ req: { user } }) => Boolean(user?.roles?.length),
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: defaultRoles,
      saveToJWT: true,
      options: userRoleNames.map((value) => ({ label: value[0].toUpperCase() + value.slice(1), value })),
      access: { create: isAdminField, update: isAdminField },
      hooks: { beforeChange: [assignFirstUserAdmin] },
    },
  ],
  timestamps: true,
}
