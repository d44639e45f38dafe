import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { ReviewStatus } from './fields/reviewStatus'
import type { ReviewState } from './review'
import type { ReviewAction } from './transitions'
import type { ReviewedCollection } from './wording'

import { loadReviewState, performReviewAction } from './review'
import { transitionForAction } from './transitions'

/**
 * One review round per question: a question and its hints go through review
 * together. Each item is still its own save through performReviewAction, so
 * the transition table, four-eyes and access decide per item, and an item the
 * rules refuse leaves the others done, with its reason.
 */

export type RoundItemResult = {
  collection: ReviewedCollection
  id: number | string
  ok: boolean
  status: number
  message?: string
  reviewStatus?: ReviewStatus
}

export type RoundResult = { questionId: number | string; results: RoundItemResult[] }

/** Payload's errors carry a 4xx status; anything else is a bug and is rethrown. */
export const clientStatusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown })?.status
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined
}

type RoundItem = { collection: ReviewedCollection; id: number | string; reviewStatus: ReviewStatus }

/** The question and its hints, newest versions, with the user's access. */
const loadRoundItems = async ({ req, questionId }: { req: PayloadRequest; questionId: number | string }): Promise<RoundItem[]> => {
  const question = await req.payload.findByID({ collection: 'questions', id: questionId, depth: 0, draft: true, overrideAccess: false, req })
  const hints = await req.payload.find({
    collection: 'hints',
    where: { question: { equals: question.id } },
    sort: 'position',
    select: { reviewStatus: true },
    depth: 0,
    draft: true,
    limit: 0,
    pagination: false,
    overrideAccess: false,
    req,
  })
  return [
    { collection: 'questions', id: question.id, reviewStatus: question.reviewStatus },
    ...hints.docs.map((hint) => ({ collection: 'hints' as const, id: hint.id, reviewStatus: hint.reviewStatus })),
  ]
}

/**
 * Takes `action` on every item of the question's round it applies to from the
 * item's state: submitting a question submits its draft hints; approving it
 * approves its hints in review. Refuses (400) when it applies to none.
 */
export const performRoundAction = async ({
  req,
  questionId,
  action,
  comment,
}: {
  req: PayloadRequest
  questionId: number | string
  action: ReviewAction
  comment?: string
}): Promise<RoundResult> => {
  const items = (await loadRoundItems({ req, questionId })).filter((item) => transitionForAction({ action, from: item.reviewStatus }))
  if (items.length === 0) {
    throw new APIError(`Cannot ${action}: neither the question nor any of its hints is in a state that allows it.`, 400, undefined, true)
  }
  const results: RoundItemResult[] = []
  for (const item of items) {
    try {
      const doc = await performReviewAction({ req, collection: item.collection, id: item.id, action, comment })
      results.push({ collection: item.collection, id: doc.id, ok: true, status: 200, reviewStatus: doc.reviewStatus })
    } catch (error) {
      const status = clientStatusOf(error)
      if (!status) throw error
      results.push({ collection: item.collection, id: item.id, ok: false, status, message: (error as Error).message })
    }
  }
  return { questionId, results }
}

export type RoundState = { question: ReviewState; hints: ReviewState[] }

/** The review state (wording, diff against the approved version, open actions) of a question and each of its hints. */
export const loadRoundState = async ({ req, questionId }: { req: PayloadRequest; questionId: number | string }): Promise<RoundState> => {
  const [question, ...hints] = await loadRoundItems({ req, questionId })
  return {
    question: await loadReviewState({ req, collection: 'questions', id: question.id }),
    hints: await Promise.all(hints.map((hint) => loadReviewState({ req, collection: 'hints', id: hint.id }))),
  }
}

/** All done: 200. Nothing done: the first refusal's status. Some done: 207. */
export const summaryStatus = (results: RoundItemResult[]): number => {
  const failed = results.filter((result) => !result.ok)
  return failed.length === 0 ? 200 : failed.length === results.length ? failed[0].status : 207
}
