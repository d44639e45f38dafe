import type { Payload, PayloadRequest, TypedUser } from 'payload'

import type { ReviewStatus } from './fields/reviewStatus'

import { reviewStatusValues } from './fields/reviewStatus'
import { hintsByQuestion } from '../content/hintsByQuestion'
import { idKey } from '../content/ids'
import { approvedRowsWhere, isExportable } from './exportable'

export type StatusCounts = Record<ReviewStatus, number>

export type RoleProgress = {
  role: { id: number | string; name: string }
  /** By each item's newest version: what editors and reviewers are working on. */
  questions: StatusCounts
  hints: StatusCounts
  /** Questions an export would carry now (published, approved, prompted, every hint approved). */
  exportable: number
  total: number
}

const emptyCounts = (): StatusCounts =>
  Object.fromEntries(reviewStatusValues.map((status) => [status, 0])) as StatusCounts

/**
 * Review progress per role, read with the user's own access. Four queries in
 * all, aggregated here: fine for banks of tens of thousands of items.
 */
export const loadReviewProgress = async ({
  payload,
  user,
  req,
}: {
  payload: Payload
  user?: TypedUser | null
  req?: Partial<PayloadRequest>
}): Promise<RoleProgress[]> => {
  const as = { depth: 0, limit: 0, pagination: false, overrideAccess: false, user, req } as const
  const [roles, latestQuestions, latestHints, publishedQuestions, mainHints] = await Promise.all([
    payload.find({ collection: 'roles', sort: 'name', select: { name: true }, ...as }),
    payload.find({ collection: 'questions', draft: true, select: { role: true, reviewStatus: true }, ...as }),
    payload.find({ collection: 'hints', draft: true, select: { question: true, reviewStatus: true }, ...as }),
    payload.find({
      collection: 'questions',
      draft: false,
      where: approvedRowsWhere,
      select: { role: true, prompt: true, reviewStatus: true, _status: true },
      ...as,
    }),
    payload.find({ collection: 'hints', draft: false, select: { question: true, reviewStatus: true, _status: true }, ...as }),
  ])

  const byRole = new Map<string, RoleProgress>(
    roles.docs.map((role) => [
      String(role.id),
      { role: { id: role.id, name: role.name }, questions: emptyCounts(), hints: emptyCounts(), exportable: 0, total: 0 },
    ]),
  )
  const roleOfQuestion = new Map<string, string>()
  for (const question of latestQuestions.docs) {
    const progress = byRole.get(idKey(question.role))
    roleOfQuestion.set(idKey(question.id), idKey(question.role))
    if (!progress) continue
    progress.questions[question.reviewStatus] += 1
    progress.total += 1
  }
  for (const hint of latestHints.docs) {
    const progress = byRole.get(roleOfQuestion.get(idKey(hint.question)) ?? '')
    if (progress) progress.hints[hint.reviewStatus] += 1
  }
  const hintsOf = hintsByQuestion(mainHints.docs)
  for (const question of publishedQuestions.docs) {
    const progress = byRole.get(idKey(question.role))
    if (progress && isExportable({ question, hints: hintsOf.get(idKey(question.id)) ?? [] })) progress.exportable += 1
  }
  return [...byRole.values()]
}
