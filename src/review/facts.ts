import type { UserRole } from '../access/userRoles'

import { userRoleNames } from '../access/userRoles'
import { readEnv } from '../config/env'
import { idOf } from '../content/ids'

/** Equality of field values as stored: relationships by id, arrays and objects by content. */
export const sameValue = (left: unknown, right: unknown): boolean => {
  const normal = (value: unknown): unknown => {
    if (value === undefined || value === '') return null
    if (Array.isArray(value)) return value.length === 0 ? null : value.map(normal)
    if (value && typeof value === 'object' && 'id' in value) return String(idOf(value))
    if (typeof value === 'number') return String(value)
    return value
  }
  return JSON.stringify(normal(left)) === JSON.stringify(normal(right))
}

export const userRolesOf = (user: unknown): UserRole[] => {
  const roles = user && typeof user === 'object' && 'roles' in user ? (user as { roles?: unknown }).roles : undefined
  return Array.isArray(roles) ? roles.filter((role): role is UserRole => (userRoleNames as readonly string[]).includes(role)) : []
}

/** Read on every decision, so that the setting can change without a restart (and tests can flip it). */
export const allowSelfApproval = (): boolean => readEnv().PREPBANK_ALLOW_SELF_APPROVAL === 'true'
