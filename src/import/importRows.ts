import type { Payload, PayloadRequest } from 'payload'

import type { Hint, Question } from '../payload-types'

/**
 * Bulk path for new drafts: one row and its first version through the
 * database adapter, inside the import's transaction. The Local API costs
 * 10-20 ms a document in hooks and read-backs; an import of thousands of
 * questions cannot afford that, and a brand-new draft has no review
 * history to check. Callers pass every derived field, computed with the
 * same functions the collection hooks use.
 */
export const insertDraftRow = async <Slug extends 'questions' | 'hints'>({
  payload,
  req,
  collection,
  data,
}: {
  payload: Payload
  req: PayloadRequest
  collection: Slug
  data: Record<string, unknown>
}): Promise<Slug extends 'questions' ? Question : Hint> => {
  const now = new Date().toISOString()
  const doc = await payload.db.create({
    collection,
    data: { ...data, _status: 'draft', createdAt: now, updatedAt: now },
    req,
  })
  await payload.db.createVersion({
    autosave: false,
    collectionSlug: collection,
    createdAt: now,
    updatedAt: now,
    parent: doc.id,
    req,
    returning: false,
    versionData: doc as never,
  })
  return doc as Slug extends 'questions' ? Question : Hint
}
