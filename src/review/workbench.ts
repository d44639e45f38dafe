import type { Payload, TypedUser, Where } from 'payload'

import type { ReviewStatus } from './fields/reviewStatus'

import { idOf } from '../content/ids'

export type WorkbenchHint = { id: number | string; position: number; markdown: string }

export type WorkbenchItem = {
  id: number | string
  roleId: number | string
  levelId: number | string
  position: number
  reviewStatus: ReviewStatus
  /** What the importer derived from the first hint: a starting point for the prompt. */
  workingTitle: string
  hints: WorkbenchHint[]
}

export type WordingWork = {
  /** Questions in scope that still need wording. */
  remaining: number
  /** All questions in scope. */
  total: number
  /** The first `limit` of them, role, level, position order. */
  items: WorkbenchItem[]
  /** Questions the user worded that are still drafts: "submit the ones I worded". */
  wordedByUser: (number | string)[]
}

/**
 * The wording workbench's work list: hint-only questions (no prompt yet),
 * newest versions, read with the user's access, each with its hints'
 * Markdown, optionally of one role and/or level.
 */
export const loadWordingWork = async ({
  payload,
  user,
  role,
  level,
  limit = 100,
}: {
  payload: Payload
  user: TypedUser
  role?: string
  level?: string
  limit?: number
}): Promise<WordingWork> => {
  const as = { depth: 0, draft: true, overrideAccess: false, user } as const
  const scope: Where[] = [...(role ? [{ role: { equals: role } }] : []), ...(level ? [{ level: { equals: level } }] : [])]
  const needsWording: Where = { and: [{ needsWording: { equals: true } }, ...scope] }
  const [page, total, worded] = await Promise.all([
    payload.find({
      collection: 'questions',
      where: needsWording,
      sort: ['role', 'level', 'position'],
      select: { role: true, level: true, position: true, reviewStatus: true, workingTitle: true },
      limit,
      ...as,
    }),
    payload.count({ collection: 'questions', where: scope.length ? { and: scope } : undefined, ...as }),
    payload.find({
      collection: 'questions',
      where: { and: [{ needsWording: { equals: false } }, { reviewStatus: { equals: 'draft' } }, { wordingEditedBy: { in: [user.id] } }, ...scope] },
      select: { reviewStatus: true },
      limit: 0,
      pagination: false,
      ...as,
    }),
  ])
  const questionIds = page.docs.map((question) => question.id)
  const hints = questionIds.length
    ? (
        await payload.find({
          collection: 'hints',
          where: { question: { in: questionIds } },
          sort: 'position',
          select: { question: true, position: true, markdown: true },
          limit: 0,
          pagination: false,
          ...as,
        })
      ).docs
    : []
  const hintsByQuestion = new Map<string, WorkbenchHint[]>()
  for (const hint of hints) {
    const key = String(idOf(hint.question))
    hintsByQuestion.set(key, [...(hintsByQuestion.get(key) ?? []), { id: hint.id, position: hint.position, markdown: hint.markdown ?? '' }])
  }
  return {
    remaining: page.totalDocs,
    total: total.totalDocs,
    items: page.docs.map((question) => ({
      id: question.id,
      roleId: idOf(question.role),
      levelId: idOf(question.level),
      position: question.position,
      reviewStatus: question.reviewStatus,
      workingTitle: question.workingTitle ?? '',
      hints: hintsByQuestion.get(String(question.id)) ?? [],
    })),
    wordedByUser: worded.docs.map((question) => question.id),
  }
}
