import type { User } from '../payload-types'

export const userRoleNames = ['admin', 'editor', 'reviewer'] as const
export type UserRole = (typeof userRoleNames)[number]

/** Users come from any auth collection; only ours carries `roles`. */
type MaybeUser = Partial<Pick<User, 'roles'>> | null | undefined

export const hasRole = ({ user, role }: { user: MaybeUser; role: UserRole }): boolean =>
  Boolean(user?.roles?.includes(role))

export const isStaffUser = (user: MaybeUser): boolean =>
  userRoleNames.some((role) => hasRole({ user, role }))

/** Editors write; admins can do everything an editor can. */
export const canEditContent = (user: MaybeUser): boolean =>
  hasRole({ user, role: 'editor' }) || hasRole({ user, role: 'admin' })

/** Reviewers decide; admins can do everything a reviewer can. */
export const canReview = (user: MaybeUser): boolean =>
  hasRole({ user, role: 'reviewer' }) || hasRole({ user, role: 'admin' })
