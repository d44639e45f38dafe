import type { Access } from 'payload'

import { canEditContent, canReview, hasRole } from './userRoles'

/**
 * Delete access for questions and hints. Editors delete their working
 * drafts, which readers and exports never saw. Removing published content
 * takes it out of every export, so it is a review decision, like approval:
 * reviewers and admins only. Each deletion is a `delete` review event
 * (src/review/hooks/recordDeletion.ts).
 */
export const deleteReviewed: Access = ({ req: { user } }) => {
  if (hasRole({ user, role: 'admin' })) return true
  const editor = canEditContent(user)
  const reviewer = canReview(user)
  if (editor && reviewer) return true
  if (editor) return { _status: { not_equals: 'published' } }
  if (reviewer) return { _status: { equals: 'published' } }
  return false
}
