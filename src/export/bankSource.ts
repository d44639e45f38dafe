import type { Payload, Where } from 'payload'

import type { ExportLevelEntry, ExportQuestion, ExportSource } from '../../exporters'
import type { Hint, Level, Question } from '../payload-types'
import type { ExportRole } from './bankFingerprint'
import type { SqlAdapter } from '../config/sqlAdapter'

import { sql } from '@payloadcms/db-sqlite'

import { hintsByQuestion } from '../content/hintsByQuestion'
import { idKey } from '../content/ids'
import { approvedRow, approvedRowsWhere, isExportable } from '../review/exportable'
import { sqlAdapterOf, sqlRows } from '../config/sqlAdapter'

const pageSize = 1000

export type BankSelection = {
  /** Level slugs to include; all levels when absent or empty. */
  levels?: string[]
  /** Keep questions that carry at least one of these tags. */
  tags?: string[]
}

/** A question row as both read paths give it: what the export carries and what the review rule needs. */
type QuestionRow = Pick<Question, 'id' | 'stableId' | 'prompt' | 'tags' | '_status' | 'reviewStatus'>
type HintRow = Pick<Hint, 'question' | 'markdown' | 'plainText' | '_status' | 'reviewStatus'>

/**
 * The exportable questions of a page with their hints (hints in position
 * order): the review rule, isExportable, decides. Main rows are what approval
 * published, so a newer draft never leaks in.
 */
const exportableQuestions = ({ questions, hints }: { questions: QuestionRow[]; hints: HintRow[] }): ExportQuestion[] => {
  const byQuestion = hintsByQuestion(hints)
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

type LevelQuery = { payload: Payload; role: ExportRole; level: Level; selection: BankSelection }

/**
 * Pages of a level's questions through the database adapter (MongoDB; and
 * the reference the SQL path is tested against): no Local API hooks, no
 * count per page, the hints join left out by the select.
 */
async function* adapterPages({ payload, role, level, selection }: LevelQuery): AsyncGenerator<ExportQuestion[]> {
  for (let page = 1; ; page += 1) {
    const { docs } = await payload.db.find<QuestionRow>({
      collection: 'questions',
      where: questionWhere({ role, level, selection }),
      // Ties in position would make offset pages overlap; the id breaks them.
      sort: ['position', 'id'],
      limit: pageSize,
      page,
      pagination: false,
      select: { stableId: true, prompt: true, tags: true, _status: true, reviewStatus: true },
    })
    const hints =
      docs.length === 0
        ? []
        : (
            await payload.db.find<HintRow>({
              collection: 'hints',
              where: { question: { in: docs.map((question) => question.id) } },
              sort: ['position', 'id'],
              limit: 0,
              pagination: false,
              select: { question: true, markdown: true, plainText: true, _status: true, reviewStatus: true },
            })
          ).docs
    yield exportableQuestions({ questions: docs, hints })
    if (docs.length < pageSize) return
  }
}

/**
 * The same pages in three plain SELECTs per page (questions, their tags,
 * their hints) on SQL databases: Payload's adapter reads each row through
 * drizzle's relational query and a per-field transform, which was most of a
 * 10k export's time and garbage. Pages follow (position, id) from the last
 * row (keyset), so a page costs the same at the end of a bank as at its
 * start; tags and hints are read for the page's range of (position, id)
 * rather than a list of a thousand ids, which drizzle would build one
 * parameter at a time.
 */
async function* sqlPages({ db, role, level, selection }: LevelQuery & { db: SqlAdapter }): AsyncGenerator<ExportQuestion[]> {
  const { questions, questions_texts: texts, hints } = db.tables
  const tagFilter = selection.tags?.length
    ? sql` and exists (select 1 from ${texts} where ${texts.parent} = ${questions.id} and ${texts.path} = 'tags' and ${texts.text} in (${sql.join(
        selection.tags.map((tag) => sql`${tag}`),
        sql`, `,
      )}))`
    : sql``
  const pageRows = sql`${questions.role} = ${role.id} and ${questions.level} = ${level.id}
    and ${questions._status} = ${approvedRow._status} and ${questions.reviewStatus} = ${approvedRow.reviewStatus}${tagFilter}`
  type Key = { position: unknown; id: unknown }
  const afterKey = (key: Key | null) =>
    key ? sql` and (${questions.position} > ${key.position} or (${questions.position} = ${key.position} and ${questions.id} > ${key.id}))` : sql``
  const upToKey = (key: Key) =>
    sql` and (${questions.position} < ${key.position} or (${questions.position} = ${key.position} and ${questions.id} <= ${key.id}))`
  let after: Key | null = null
  for (;;) {
    const rows = await sqlRows({
      db,
      statement: sql`select ${questions.id} as id, ${questions.stableId} as stable_id, ${questions.prompt} as prompt, ${questions.position} as position,
          ${questions._status} as status, ${questions.reviewStatus} as review_status
        from ${questions} where ${pageRows}${afterKey(after)}
        order by ${questions.position}, ${questions.id} limit ${pageSize}`,
    })
    if (rows.length === 0) return
    const last = rows[rows.length - 1]
    const page = sql`${pageRows}${afterKey(after)}${upToKey({ position: last.position, id: last.id })}`
    const [tagRows, hintRows] = await Promise.all([
      sqlRows({
        db,
        statement: sql`select ${texts.parent} as parent, ${texts.text} as text from ${texts} join ${questions} on ${questions.id} = ${texts.parent}
          where ${page} and ${texts.path} = 'tags' order by ${texts.parent}, ${texts.order}`,
      }),
      sqlRows({
        db,
        statement: sql`select ${hints.question} as question, ${hints.markdown} as markdown, ${hints.plainText} as plain_text,
            ${hints._status} as status, ${hints.reviewStatus} as review_status
          from ${hints} join ${questions} on ${questions.id} = ${hints.question}
          where ${page} order by ${hints.position}, ${hints.id}`,
      }),
    ])
    const tagsOf = new Map<string, string[]>()
    for (const row of tagRows) {
      const key = idKey(row.parent)
      const own = tagsOf.get(key)
      if (own) own.push(String(row.text))
      else tagsOf.set(key, [String(row.text)])
    }
    const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value))
    yield exportableQuestions({
      questions: rows.map((row) => ({
        id: row.id as number,
        stableId: text(row.stable_id),
        prompt: text(row.prompt),
        tags: tagsOf.get(idKey(row.id)) ?? [],
        _status: text(row.status) as QuestionRow['_status'],
        reviewStatus: text(row.review_status) as QuestionRow['reviewStatus'],
      })),
      hints: hintRows.map((row) => ({
        question: row.question as number,
        markdown: text(row.markdown),
        plainText: text(row.plain_text),
        _status: text(row.status) as HintRow['_status'],
        reviewStatus: text(row.review_status) as HintRow['reviewStatus'],
      })),
    })
    if (rows.length < pageSize) return
    after = { position: last.position, id: last.id }
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
 * rank order, questions in position order. Levels with nothing approved are
 * left out. SQL databases are read with plain SELECTs; `via: 'adapter'` reads
 * through Payload's adapter, as MongoDB always is (tests hold the two equal).
 */
export const bankSourceFromPayload = async ({
  payload,
  role,
  selection = {},
  via = 'fastest',
}: {
  payload: Payload
  role: ExportRole
  selection?: BankSelection
  via?: 'fastest' | 'adapter'
}): Promise<ExportSource> => {
  const db = via === 'fastest' ? sqlAdapterOf(payload) : null
  const pagesOf = (level: Level) => (db ? sqlPages({ db, payload, role, level, selection }) : adapterPages({ payload, role, level, selection }))
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
      const pages = pagesOf(level)
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
