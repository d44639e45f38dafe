import type { Payload, Where } from 'payload'

import type { ExportLevelEntry, ExportQuestion, ExportSource } from '../../exporters'
import type { Hint, Level, Question } from '../payload-types'
import type { ExportRole } from './bankFingerprint'

import { hintsByQuestion } from '../content/hintsByQuestion'
import { idKey } from '../content/ids'
import { approvedRowsWhere, isExportable } from '../review/exportable'

const pageSize = 1000

// Read only what an export carries and what the review rule needs.
const questionFields = { stableId: true, prompt: true, tags: true, position: true, _status: true, reviewStatus: true } as const
const hintFields = { question: true, position: true, markdown: true, plainText: true, _status: true, reviewStatus: true } as const

type QuestionRow = Pick<Question, 'id' | 'stableId' | 'prompt' | 'tags' | 'position' | '_status' | 'reviewStatus'>
type HintRow = Pick<Hint, 'id' | 'question' | 'position' | 'markdown' | 'plainText' | '_status' | 'reviewStatus'>

export type BankSelection = {
  /** Level slugs to include; all levels when absent or empty. */
  levels?: string[]
  /** Keep questions that carry at least one of these tags. */
  tags?: string[]
}

/**
 * The published rows of one page of questions with their published hints,
 * keeping only exportable ones (the review rule, isExportable). Main rows
 * are what approval published, so a newer draft never leaks in.
 */
const exportablePage = async ({ payload, questions }: { payload: Payload; questions: QuestionRow[] }): Promise<ExportQuestion[]> => {
  if (questions.length === 0) return []
  const hints = await payload.db.find<HintRow>({
    collection: 'hints',
    where: { question: { in: questions.map((question) => question.id) } },
    sort: ['position', 'id'],
    limit: 0,
    pagination: false,
    select: hintFields,
  })
  const byQuestion = hintsByQuestion(hints.docs)
  return questions.flatMap((question) => {
    const ownHints = byQuestion.get(idKey(question.id)) ?? []
    if (!question.prompt || !isExportable({ question, hints: ownHints })) return []
    return [
      {
        id: question.stableId ?? idKey(question.id),
        prompt: question.prompt,
        tags: question.tags ?? [],
        hints: ownHints.map((hint) => ({ markdown: hint.markdown ?? hint.plainText ?? '', plainText: hint.plainText ?? '' })),
      },
    ]
  })
}

/**
 * Pages of a level's questions, read through the database adapter: an export
 * reads every approved row as stored, so the Local API's per-document hooks and
 * the count query of each page would only add cost (a third of the time at 10k).
 */
async function* questionPages({ payload, where }: { payload: Payload; where: Where }): AsyncGenerator<ExportQuestion[]> {
  for (let page = 1; ; page += 1) {
    const { docs } = await payload.db.find<QuestionRow>({
      collection: 'questions',
      where,
      // Ties in position would make offset pages overlap; the id breaks them.
      sort: ['position', 'id'],
      limit: pageSize,
      page,
      pagination: false,
      // The select leaves out the hints join (a query per question); hints are read per page instead.
      select: questionFields,
    })
    yield await exportablePage({ payload, questions: docs })
    if (docs.length < pageSize) return
  }
}

const questionWhere = ({ role, level, selection }: { role: ExportRole; level: Level; selection: BankSelection }): Where => ({
  and: [
    { role: { equals: role.id } },
    { level: { equals: level.id } },
    approvedRowsWhere,
    ...(selection.tags?.length ? [{ tags: { in: selection.tags } }] : []),
  ],
})

/**
 * Streams a role's approved bank out of Payload, a page at a time: levels in
 * rank order, questions in position order. Levels with nothing approved are left out.
 */
export const bankSourceFromPayload = async ({
  payload,
  role,
  selection = {},
}: {
  payload: Payload
  role: ExportRole
  selection?: BankSelection
}): Promise<ExportSource> => {
  const levels = await payload.find({
    collection: 'levels',
    where: selection.levels?.length ? { slug: { in: selection.levels } } : {},
    sort: 'rank',
    limit: 0,
    depth: 0,
    pagination: false,
  })

  async function* levelEntries(): AsyncGenerator<ExportLevelEntry> {
    for (const level of levels.docs) {
      const pages = questionPages({ payload, where: questionWhere({ role, level, selection }) })
      // Look ahead to the first non-empty page so that empty levels never reach the output.
      // Iterated by hand: breaking out of a for-await would close the generator and lose its later pages.
      const buffered: ExportQuestion[][] = []
      for (let next = await pages.next(); !next.done; next = await pages.next()) {
        buffered.push(next.value)
        if (next.value.length > 0) break
      }
      if (!buffered.some((page) => page.length > 0)) continue
      yield {
        level: { slug: level.slug ?? idKey(level.id), name: level.name, rank: level.rank },
        questions: (async function* () {
          for (const page of buffered) yield* page
          for await (const page of pages) yield* page
        })(),
      }
    }
  }

  return {
    role: { slug: role.slug ?? idKey(role.id), name: role.name, title: role.title ?? null, summary: role.summary ?? null },
    levels: levelEntries(),
  }
}
