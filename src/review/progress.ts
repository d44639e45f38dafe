import type { Payload, PayloadRequest, TypedUser } from 'payload'

import type { ReviewStatus } from './fields/reviewStatus'

import { isStaffUser } from '../access/userRoles'
import { reviewStatusValues } from './fields/reviewStatus'
import { hintsByQuestion } from '../content/hintsByQuestion'
import { idKey } from '../content/ids'
import { approvedRowsWhere, isExportable } from './exportable'

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

type Row = Record<string, unknown> & { id: number | string }

/**
 * Review progress per role, for editors, reviewers and admins (anyone else
 * gets nothing). Staff may read every question and hint, so the rows are
 * read through the database adapter (`payload.db`, adapter-agnostic), which
 * skips the per-document afterRead work of the Local API: the dashboard only
 * shows counts, and reading 10k questions with their hints through
 * `payload.find` took seconds. Four reads in all, aggregated here.
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
  if (!isStaffUser(user as Parameters<typeof isStaffUser>[0])) return []
  const all = { limit: 0, pagination: false, req } as const
  const [roles, latestQuestions, latestHints, publishedQuestions, mainHints] = await Promise.all([
    payload.find({ collection: 'roles', sort: 'name', select: { name: true, slug: true }, depth: 0, overrideAccess: false, user, ...all }),
    // The newest version of each (draft: true in the Local API).
    payload.db.queryDrafts({ collection: 'questions', select: { parent: true, version: { role: true, reviewStatus: true, needsWording: true } }, ...all }),
    payload.db.queryDrafts({ collection: 'hints', select: { parent: true, version: { question: true, reviewStatus: true } }, ...all }),
    payload.db.find({
      collection: 'questions',
      where: approvedRowsWhere,
      select: { role: true, prompt: true, reviewStatus: true, _status: true },
      ...all,
    }),
    payload.db.find({ collection: 'hints', select: { question: true, reviewStatus: true, _status: true }, ...all }),
  ]) as unknown as [
    { docs: { id: number | string; name: string; slug?: string | null }[] },
    { docs: (Row & { role: unknown; reviewStatus: ReviewStatus; needsWording?: boolean | null })[] },
    { docs: (Row & { question: unknown; reviewStatus: ReviewStatus })[] },
    { docs: (Row & { role: unknown; prompt?: string | null; reviewStatus: ReviewStatus; _status?: string | null })[] },
    { docs: (Row & { question: unknown; reviewStatus: ReviewStatus; _status?: string | null })[] },
  ]

  const byRole = new Map<string, RoleProgress>(
    roles.docs.map((role) => [
      String(role.id),
      { role: { id: role.id, name: role.name, slug: role.slug ?? '' }, questions: emptyCounts(), hints: emptyCounts(), needsWording: 0, exportable: 0, total: 0 },
    ]),
  )
  const roleOfQuestion = new Map<string, string>()
  for (const question of latestQuestions.docs) {
    const progress = byRole.get(idKey(question.role))
    roleOfQuestion.set(idKey(question.id), idKey(question.role))
    if (!progress) continue
    progress.questions[question.reviewStatus] += 1
    if (question.needsWording) progress.needsWording += 1
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
