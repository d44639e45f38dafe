import type { Payload, PayloadRequest } from 'payload'

import type { Hint, Level, Question } from '../payload-types'

import { idOf } from './facts'

export type ExportableQuestion = {
  /** The published row: the wording approval published, never a newer draft. */
  question: Question
  level: Level
  /** The question's published hints in position order. */
  hints: Hint[]
}

type StatusFields = { _status?: string | null; reviewStatus?: string | null }

const isApprovedRow = (row: StatusFields): boolean => row._status === 'published' && row.reviewStatus === 'approved'

/**
 * The export rule on published rows: the question is approved and has a
 * prompt, and every one of its hints has an approved published version. A
 * hint whose newer wording is still in review counts by its approved version;
 * a hint that was never approved holds its question back.
 */
export const isExportable = ({ question, hints }: { question: StatusFields & { prompt?: string | null }; hints: StatusFields[] }): boolean =>
  isApprovedRow(question) && Boolean(question.prompt?.trim()) && hints.every(isApprovedRow)

/**
 * A role's exportable questions, level rank then position order, each with
 * its published hints. For the exporters: reads main rows only (draft:
 * false), which hold what approval published.
 */
export const findExportableQuestions = async ({
  payload,
  roleId,
  req,
}: {
  payload: Payload
  roleId: number | string
  req?: Partial<PayloadRequest>
}): Promise<ExportableQuestion[]> => {
  const read = { depth: 0, draft: false, limit: 0, pagination: false, overrideAccess: true, req } as const
  const questions = (
    await payload.find({
      collection: 'questions',
      where: { and: [{ role: { equals: roleId } }, { _status: { equals: 'published' } }, { reviewStatus: { equals: 'approved' } }] },
      ...read,
    })
  ).docs.filter((question) => question.prompt?.trim())
  if (questions.length === 0) return []

  const hints = (
    await payload.find({
      collection: 'hints',
      where: { question: { in: questions.map((question) => question.id) } },
      sort: 'position',
      ...read,
    })
  ).docs
  const hintsByQuestion = new Map<string, Hint[]>()
  for (const hint of hints) {
    const key = String(idOf(hint.question))
    hintsByQuestion.set(key, [...(hintsByQuestion.get(key) ?? []), hint])
  }

  const levelIds = [...new Set(questions.map((question) => String(idOf(question.level))))]
  const levels = new Map(
    (await payload.find({ collection: 'levels', where: { id: { in: levelIds } }, ...read })).docs.map((level) => [String(level.id), level]),
  )

  return questions
    .flatMap((question) => {
      const level = levels.get(String(idOf(question.level)))
      const ownHints = hintsByQuestion.get(String(question.id)) ?? []
      return level && isExportable({ question, hints: ownHints }) ? [{ question, level, hints: ownHints }] : []
    })
    .sort(
      (left, right) =>
        left.level.rank - right.level.rank ||
        String(left.level.id).localeCompare(String(right.level.id)) ||
        left.question.position - right.question.position ||
        String(left.question.id).localeCompare(String(right.question.id), undefined, { numeric: true }),
    )
}
