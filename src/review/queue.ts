import type { Payload, TypedUser, Where } from 'payload'

import type { ReviewedCollection } from './wording'

import { idOf } from '../content/ids'

export type QueueItem = {
  collection: ReviewedCollection
  id: number | string
  title: string
  questionId: number | string
  roleId: number | string
  levelId: number | string
  /** When the item entered review. */
  since: string
}

const titleLength = 140

const clip = (text: string | null | undefined): string => {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim()
  return flat.length > titleLength ? `${flat.slice(0, titleLength - 1)}…` : flat
}

/**
 * Everything in review, questions and hints together, oldest first,
 * optionally of one role and/or level (a hint by its question's). Read with
 * the user's access and newest versions (draft: true).
 */
export const loadReviewQueue = async ({
  payload,
  user,
  role,
  level,
}: {
  payload: Payload
  user: TypedUser
  role?: string
  level?: string
}): Promise<QueueItem[]> => {
  const as = { depth: 0, draft: true, limit: 0, pagination: false, overrideAccess: false, user } as const
  const scope: Where[] = [
    ...(role ? [{ role: { equals: role } }] : []),
    ...(level ? [{ level: { equals: level } }] : []),
  ]
  const questions = await payload.find({
    collection: 'questions',
    where: { and: [{ reviewStatus: { equals: 'inReview' } }, ...scope] },
    select: { workingTitle: true, role: true, level: true, reviewStatusChangedAt: true, updatedAt: true },
    ...as,
  })
  // Hints carry no role or level: find them through the questions in scope.
  const scopedQuestionIds = scope.length
    ? (await payload.find({ collection: 'questions', where: { and: scope }, select: { position: true }, ...as })).docs.map((question) => question.id)
    : null
  const hints =
    scopedQuestionIds?.length === 0
      ? []
      : (
          await payload.find({
            collection: 'hints',
            where: {
              and: [{ reviewStatus: { equals: 'inReview' } }, ...(scopedQuestionIds ? [{ question: { in: scopedQuestionIds } }] : [])],
            },
            select: { plainText: true, question: true, reviewStatusChangedAt: true, updatedAt: true },
            ...as,
          })
        ).docs
  const hintQuestionIds = [...new Set(hints.map((hint) => String(idOf(hint.question))))]
  const hintQuestions = new Map(
    hintQuestionIds.length
      ? (
          await payload.find({ collection: 'questions', where: { id: { in: hintQuestionIds } }, select: { role: true, level: true }, ...as })
        ).docs.map((question) => [String(question.id), question])
      : [],
  )

  const items: QueueItem[] = [
    ...questions.docs.map((question) => ({
      collection: 'questions' as const,
      id: question.id,
      title: clip(question.workingTitle),
      questionId: question.id,
      roleId: idOf(question.role),
      levelId: idOf(question.level),
      since: question.reviewStatusChangedAt ?? question.updatedAt,
    })),
    ...hints.flatMap((hint) => {
      const question = hintQuestions.get(String(idOf(hint.question)))
      if (!question) return []
      return [
        {
          collection: 'hints' as const,
          id: hint.id,
          title: clip(hint.plainText),
          questionId: question.id,
          roleId: idOf(question.role),
          levelId: idOf(question.level),
          since: hint.reviewStatusChangedAt ?? hint.updatedAt,
        },
      ]
    }),
  ]
  return items.sort(
    (left, right) =>
      left.since.localeCompare(right.since) || String(left.id).localeCompare(String(right.id), undefined, { numeric: true }),
  )
}
