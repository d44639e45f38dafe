import type { CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import type { ReviewedCollection } from '../wording'

import { idOf } from '../../content/ids'
import { actorOf } from '../recordReviewEvent'
import { wordDiff } from '../wordDiff'
import { isReviewedCollection, wordingOf } from '../wording'

const readRow = ({ req, collection, id, draft }: { req: PayloadRequest; collection: ReviewedCollection; id: number | string; draft: boolean }) =>
  req.payload.findByID({ collection, id, depth: 0, draft, overrideAccess: true, disableErrors: true, req })

/**
 * A deletion is part of the audit trail: one `delete` review event per
 * question or hint, with the wording that went and, for published content,
 * the approved wording it removes from readers and exports. Who may delete
 * what is the collection's delete access (src/access/deleteReviewed.ts):
 * removing published content is a reviewer's decision. A question's hints
 * go with it, each with its own event, in the same transaction, so no hint
 * is left published without its question.
 */
export const recordDeletion: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const slug = collection.slug
  if (!isReviewedCollection(slug)) return
  const latest = await readRow({ req, collection: slug, id, draft: true })
  if (!latest) return
  const main = await readRow({ req, collection: slug, id, draft: false })
  const { config } = req.payload
  const published = main?._status === 'published'
  const wording = await wordingOf({ collection: slug, doc: latest as unknown as Record<string, unknown>, config })
  const approvedWording = published ? await wordingOf({ collection: slug, doc: main as unknown as Record<string, unknown>, config }) : ''
  const isHint = slug === 'hints'
  await req.payload.create({
    collection: 'review-events',
    data: {
      subject: isHint ? 'hint' : 'question',
      documentId: String(id),
      question: (isHint ? idOf((latest as { question?: unknown }).question) : id) as number,
      hint: isHint ? (id as number) : null,
      action: 'delete',
      fromStatus: latest.reviewStatus,
      toStatus: null,
      ...actorOf(req),
      changedFields: [],
      wording,
      approvedWording,
      diff: wordDiff({ before: approvedWording || wording, after: '' }),
      published: false,
    },
    overrideAccess: true,
    req,
  })
  if (!isHint) {
    // Trusted: deleting the question was allowed, and its hints cannot stand without it.
    await req.payload.delete({ collection: 'hints', where: { question: { equals: id } }, overrideAccess: true, depth: 0, req })
  }
}
