import type { Payload, PayloadRequest, TypedUser } from 'payload'

import type { ReviewStatus } from './fields/reviewStatus'

import { reviewStatusValues } from './fields/reviewStatus'
import { isExportable } from './exportable'
import { idOf } from './facts'

export type StatusCounts = Record<ReviewStatus, number>

export type RoleProgress = {
  role: { id: number | string; name: string; slug: string }
  /** By each item's newest version: what editors and reviewers are working on. */
  questions: StatusCounts
  hints: StatusCounts
  /** Questions with no prompt yet: the wording workbench's work. */
  needsWording: number
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
    payload.find({ collection: 'roles', sort: 'name', select: { name: true, slug: true }, ...as }),
    payload.find({ collection: 'questions', draft: true, select: { role: true, reviewStatus: true, needsWording: true }, ...as }),
    payload.find({ collection: 'hints', draft: true, select: { question: true, reviewStatus: true }, ...as }),
    payload.find({
      collection: 'questions',
      draft: false,
      where: { and: [{ _status: { equals: 'published' } }, { reviewStatus: { equals: 'approved' } }] },
      select: { role: true, prompt: true, reviewStatus: true, _status: true },
      ...as,
    }),
    payload.find({ collection: 'hints', draft: false, select: { question: true, reviewStatus: true, _status: true }, ...as }),
  ])

  const byRole = new Map<string, RoleProgress>(
    roles.docs.map((role) => [
      String(role.id),
      { role: { id: role.id, name: role.name, slug: role.slug ?? '' }, questions: emptyCounts(), hints: emptyCounts(), needsWording: 0, exportable: 0, total: 0 },
    ]),
  )
  const roleOfQuestion = new Map<string, string>()
  for (const question of latestQuestions.docs) {
    const progress = byRole.get(String(idOf(question.role)))
    roleOfQuestion.set(String(question.id), String(idOf(question.role)))
    if (!progress) continue
    progress.questions[question.reviewStatus] += 1
    if (question.needsWording) progress.needsWording += 1
    progress.total += 1
  }
  for (const hint of latestHints.docs) {
    const progress = byRole.get(roleOfQuestion.get(String(idOf(hint.question))) ?? '')
    if (progress) progress.hints[hint.reviewStatus] += 1
  }
  const hintsByQuestion = new Map<string, typeof mainHints.docs>()
  for (const hint of mainHints.docs) {
    const key = String(idOf(hint.question))
    hintsByQuestion.set(key, [...(hintsByQuestion.get(key) ?? []), hint])
  }
  for (const question of publishedQuestions.docs) {
    const progress = byRole.get(String(idOf(question.role)))
    if (progress && isExportable({ question, hints: hintsByQuestion.get(String(question.id)) ?? [] })) progress.exportable += 1
  }
  return [...byRole.values()]
}
