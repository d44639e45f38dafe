import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { idOf } from '../content/ids'
import { takeReviewPlan } from './reviewPlan'

const actorNameOf = (user: unknown): string | null => {
  if (!user || typeof user !== 'object') return null
  const { name, email } = user as { name?: string | null; email?: string | null }
  return name?.trim() || email || null
}

/** Who an audit entry names: the request's user, or nobody for trusted server code. */
export const actorOf = (req: PayloadRequest): { actor: number | null; actorName: string | null } => {
  const user = req.user?.collection === 'users' ? req.user : null
  return { actor: user ? (user.id as number) : null, actorName: actorNameOf(user) }
}

/**
 * Writes the audit entry that enforceReviewRules planned for this save, in
 * the same request and so the same transaction: a save and its record
 * stand or fall together.
 */
export const recordReviewEvent: CollectionAfterChangeHook = async ({ data, doc, req }) => {
  const plan = takeReviewPlan(data)
  if (!plan) return doc
  const isHint = plan.collection === 'hints'
  await req.payload.create({
    collection: 'review-events',
    data: {
      subject: isHint ? 'hint' : 'question',
      documentId: String(doc.id),
      question: (isHint ? idOf(doc.question) : doc.id) as number,
      hint: isHint ? doc.id : null,
      action: plan.action,
      fromStatus: plan.fromStatus,
      toStatus: plan.toStatus,
      ...actorOf(req),
      comment: plan.comment,
      changedFields: plan.changedFields,
      wording: plan.wording,
      approvedWording: plan.approvedWording,
      diff: plan.diff,
      published: plan.published,
    },
    overrideAccess: true,
    req,
  })
  return doc
}
