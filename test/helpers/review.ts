import type { Payload } from 'payload'

import type { TestUser } from './payload'

/** The editorial path through the Local API: an editor words and submits, a reviewer approves (which publishes). */
export const wordAndApprove = async ({
  payload,
  questionId,
  prompt,
  editor,
  reviewer,
}: {
  payload: Payload
  questionId: number | string
  prompt: string
  editor: TestUser
  reviewer: TestUser
}): Promise<void> => {
  const asEditor = { overrideAccess: false, user: editor, draft: true } as const
  const asReviewer = { overrideAccess: false, user: reviewer } as const
  await payload.update({ collection: 'questions', id: questionId, data: { prompt }, ...asEditor })
  await payload.update({ collection: 'questions', id: questionId, data: { reviewStatus: 'inReview' }, ...asEditor })
  await payload.update({ collection: 'questions', id: questionId, data: { reviewStatus: 'approved', _status: 'published' }, ...asReviewer })
  const hints = await payload.find({ collection: 'hints', where: { question: { equals: questionId } }, draft: true, limit: 0 })
  for (const hint of hints.docs) {
    if (hint.reviewStatus === 'approved') continue
    await payload.update({ collection: 'hints', id: hint.id, data: { reviewStatus: 'inReview' }, ...asEditor })
    await payload.update({ collection: 'hints', id: hint.id, data: { reviewStatus: 'approved', _status: 'published' }, ...asReviewer })
  }
}
