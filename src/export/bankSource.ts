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

/** Questions per page read: memory stays flat, and a page of JSON is a few hundred KB. */
const defaultPageSize = 1000

export type BankSelection = {
  /** Level slugs to include; all levels when absent or empty. */
  levels?: string[]
  /** Keep questions that carry at least one of these tags. */
  tags?: string[]
}

/** A question row as both read paths give it: what the export carries and what the review rule needs. */
type QuestionRow = Pick<Question, 'id' | 'stableId' | 'prompt' | 'tags' | '_status' | 'reviewStatus'>
type HintRow = Pick<Hint, 'question' | 'markdown' | 'plainText' | '_status' | 'reviewStatus'>

/** The export's item of one question with its hints (in position order), or null when the review rule holds it back. */
const exportableQuestion = ({ question, hints }: { question: QuestionRow; hints: HintRow[] }): ExportQuestion | null => {
  if (!question.prompt || !isExportable({ question, hints })) return null
  return {
    id: question.stableId ?? idKey(question.id),
    prompt: question.prompt,
    tags: question.tags ?? [],
    hints: hints.map((hint) => ({ markdown: hint.markdown ?? hint.plainText ?? '', plainText: hint.plainText ?? '' })),
  }
}

type LevelQuery = { payload: Payload; role: ExportRole; level: Level; selection: BankSelection; pageSize: number }

/**
 * Pages of a level's questions through the database adapter (MongoDB; and
 * the reference the SQL path is tested against): no Local API hooks, no
 * count per page, the hints join left out by the select.
 */
async function* adapterPages({ payload, role, level, selection, pageSize }: LevelQuery): AsyncGenerator<ExportQuestion[]> {
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
    const byQuestion = hintsByQuestion(hints)
    yield docs.flatMap((question) => exportableQuestion({ question, hints: byQuestion.get(idKey(question.id)) ?? [] }) ?? [])
    if (docs.length < pageSize) return
  }
}

/** A question of a page as the SQL read gives it: its row's fields, then its tags and its hints, in order. */
type PageEntry = [id: number | string, stableId: string | null, prompt: string | null, position: number, status: string | null, reviewStatus: string | null,
  tags: string[], hints: [markdown: string | null, plainText: string | null, status: string | null, reviewStatus: string | null][]]

/**
 * The same pages on SQL databases, one SELECT per page that returns the page
 * as one JSON array: each question with its tags and hints nested in order.
 * Payload's adapter reads each row through drizzle's relational query and a
 * per-field transform, and even plain rows cost libsql an object with a
 * property defined per column: a JSON text parsed once is about a third of
 * that. Pages follow (position, id) from the last row (keyset), so a page
 * costs the same at the end of a bank as at its start. The JSON functions
 * are each dialect's own (SQLite's json_group_array, PostgreSQL's json_agg);
 * test/export and test/foundation/postgres hold both equal to the adapter's read.
 */
async function* sqlPages({ db, role, level, selection, pageSize }: LevelQuery & { db: SqlAdapter }): AsyncGenerator<ExportQuestion[]> {
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
  // The page's rows, then each row's own tags and hints as nested arrays (the outer query names the page's row "page_row").
  const rowsOf = (after: Key | null) =>
    sql`(select ${questions.id} as id, ${questions.stableId} as stable_id, ${questions.prompt} as prompt, ${questions.position} as position,
        ${questions._status} as status, ${questions.reviewStatus} as review_status
      from ${questions} where ${pageRows}${afterKey(after)} order by ${questions.position}, ${questions.id} limit ${pageSize}) page_row`
  const pageStatement = (after: Key | null) =>
    db.dialect === 'postgres'
      ? sql`select coalesce(json_agg(json_build_array(page_row.id, page_row.stable_id, page_row.prompt, page_row.position, page_row.status, page_row.review_status,
            (select coalesce(json_agg(${texts.text} order by ${texts.order}), '[]'::json) from ${texts} where ${texts.parent} = page_row.id and ${texts.path} = 'tags'),
            (select coalesce(json_agg(json_build_array(${hints.markdown}, ${hints.plainText}, ${hints._status}, ${hints.reviewStatus}) order by ${hints.position}, ${hints.id}), '[]'::json)
              from ${hints} where ${hints.question} = page_row.id))
          order by page_row.position, page_row.id), '[]'::json) as page from ${rowsOf(after)}`
      : sql`select json_group_array(json_array(page_row.id, page_row.stable_id, page_row.prompt, page_row.position, page_row.status, page_row.review_status,
            json((select json_group_array(${texts.text} order by ${texts.order}) from ${texts} where ${texts.parent} = page_row.id and ${texts.path} = 'tags')),
            json((select json_group_array(json_array(${hints.markdown}, ${hints.plainText}, ${hints._status}, ${hints.reviewStatus}) order by ${hints.position}, ${hints.id})
              from ${hints} where ${hints.question} = page_row.id)))
          order by page_row.position, page_row.id) as page from ${rowsOf(after)}`
  const readPage = async (after: Key | null): Promise<PageEntry[]> => {
    const [row] = await sqlRows({ db, statement: pageStatement(after) })
    // node-postgres parses json columns itself; libsql returns the text.
    return (typeof row?.page === 'string' ? JSON.parse(row.page) : (row?.page ?? [])) as PageEntry[]
  }
  // The next page is asked for before this one is handed on: a PostgreSQL server builds it while the writer works.
  let pending: Promise<PageEntry[]> | null = readPage(null)
  try {
    while (pending) {
      const entries: PageEntry[] = await pending
      const last = entries[entries.length - 1]
      pending = entries.length === pageSize ? readPage({ position: last[3], id: last[0] }) : null
      const page: ExportQuestion[] = []
      for (const [id, stableId, prompt, , status, reviewStatus, tags, hintEntries] of entries) {
        const question = exportableQuestion({
          question: { id: id as number, stableId, prompt, tags, _status: status as QuestionRow['_status'], reviewStatus: reviewStatus as QuestionRow['reviewStatus'] },
          hints: hintEntries.map(([markdown, plainText, hintStatus, hintReviewStatus]) => ({
            question: id as number,
            markdown,
            plainText,
            _status: hintStatus as HintRow['_status'],
            reviewStatus: hintReviewStatus as HintRow['reviewStatus'],
          })),
        })
        if (question) page.push(question)
      }
      yield page
    }
  } finally {
    // A reader that stops early leaves a page in flight: its failure is nobody's to handle.
    pending?.catch(() => undefined)
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
  pageSize = defaultPageSize,
}: {
  payload: Payload
  role: ExportRole
  selection?: BankSelection
  via?: 'fastest' | 'adapter'
  /** Tests page small banks to cross page boundaries. */
  pageSize?: number
}): Promise<ExportSource> => {
  const db = via === 'fastest' ? sqlAdapterOf(payload) : null
  const pagesOf = (level: Level) =>
    db ? sqlPages({ db, payload, role, level, selection, pageSize }) : adapterPages({ payload, role, level, selection, pageSize })
  const levels = await payload.find({
    collection: 'levels',
    where: selection.levels?.length ? { slug: { in: selection.levels } } : {},
    sort: 'rank',
    limit: 0,
    depth: 0,
    pagination: false,
  })

  type Started = { level: Level; pages: AsyncGenerator<ExportQuestion[]>; first: Promise<IteratorResult<ExportQuestion[]>> }
  const start = (level: Level | undefined): Started | null => {
    if (!level) return null
    const pages = pagesOf(level)
    return { level, pages, first: pages.next() }
  }

  async function* levelEntries(): AsyncGenerator<ExportLevelEntry> {
    // Each level's first page is asked for when the level before it starts, so that a database server builds it meanwhile.
    let upcoming = start(levels.docs[0])
    try {
      for (let index = 0; upcoming; index += 1) {
        const { level, pages, first } = upcoming
        upcoming = start(levels.docs[index + 1])
        // Look ahead to the first non-empty page so that empty levels never reach the output.
        // Iterated by hand: breaking out of a for-await would close the generator and lose its later pages.
        const buffered: ExportQuestion[][] = []
        for (let next = await first; !next.done; next = await pages.next()) {
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
    } finally {
      // A reader that stops early leaves the next level started: close it once its first page is in, and ignore how that ends.
      if (upcoming) {
        const { pages, first } = upcoming
        void first.then(() => pages.return(undefined)).catch(() => undefined)
      }
    }
  }

  return {
    role: { slug: role.slug ?? idKey(role.id), name: role.name, title: role.title ?? null, summary: role.summary ?? null },
    levels: levelEntries(),
  }
}
