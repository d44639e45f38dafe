import type { Access } from 'payload'

import { canEditContent, canReview } from './userRoles'

/** Reviewers update too, but only to record decisions: the review hooks police which fields. */
export const isEditorOrReviewer: Access = ({ req: { user } }) =>
  canEditContent(user) || canReview(user)
