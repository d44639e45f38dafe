/**
 * The import floor: the rows Prepbank's importer writes for a bank
 * (question and its version, tags on both, hint and its version, the review
 * trail's `create` events and their changed fields), as one plain INSERT per
 * row in one transaction. The rows come from one generator, `floorInserts`;
 * two drivers execute them: libsql (SQLite) and pg (PostgreSQL), each
 * through the client Payload's adapter holds, so both floors write exactly
 * the same rows.
 */
import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'

import type { Level, Role } from '../../src/payload-types'
import type { BenchBank, BenchQuestion } from './data'

import { hintFormsFromMarkdown, workingTitleFor } from '../../src/content/derivedFields'
import { inPgTransaction, libsqlOf } from './seed'

/** One row: its table, columns and values; `id` when a later row needs the id it gets. */
export type FloorInsert = { table: string; columns: readonly string[]; values: unknown[]; id: boolean }

/** Everything derived (Lexical JSON, plain text, Markdown, titles, stable ids), computed before the timing. */
export type FloorRow = {
  question: BenchQuestion
  stableId: string
  text: string
  forms: { plainText: string; markdown: string }
  title: { workingTitle: string; needsWording: boolean }
}

export const floorRows = async ({ payload, bank }: { payload: Payload; bank: BenchBank }): Promise<FloorRow[]> => {
  const rows: FloorRow[] = []
  for (const question of bank.questions) {
    const { text, ...forms } = await hintFormsFromMarkdown({ config: payload.config, markdown: question.hint })
    rows.push({ question, stableId: randomUUID(), text: JSON.stringify(text), forms, title: workingTitleFor({ prompt: question.prompt }) })
  }
  return rows
}

const questionColumns = [
  'role_id',
  'level_id',
  'position',
  'prompt',
  'working_title',
  'needs_wording',
  'review_status',
  'review_status_changed_at',
  'stable_id',
  'provenance_source_file',
  'provenance_line',
  'provenance_column',
  'updated_at',
  'created_at',
  '_status',
]
const hintColumns = [
  'question_id',
  'position',
  'text',
  'plain_text',
  'markdown',
  'review_status',
  'review_status_changed_at',
  'updated_at',
  'created_at',
  '_status',
]
const eventColumns = [
  'subject',
  'action',
  'to_status',
  'question_id',
  'hint_id',
  'document_id',
  'published',
  'wording',
  'approved_wording',
  'diff',
  'updated_at',
  'created_at',
]
const textColumns = ['order', 'parent_id', 'path', 'text']
const versioned = (columns: string[]) => ['parent_id', ...columns.map((column) => `version_${column}`), 'latest', 'created_at', 'updated_at']
const questionVersionColumns = versioned(questionColumns)
const hintVersionColumns = versioned(hintColumns)

const diffOf = (wording: string) => JSON.stringify(wording ? [{ type: 'insert', text: wording }] : [])

/**
 * The rows of the whole bank, in the order the importer writes them. Each
 * `yield` hands a row to the driver and receives the id the database gave it.
 */
export function* floorInserts({
  rows,
  role,
  levels,
  now,
}: {
  rows: FloorRow[]
  role: Role
  levels: Map<string, Level>
  now: string
}): Generator<FloorInsert, void, number> {
  for (const [index, { question, stableId, text, forms, title }] of rows.entries()) {
    const questionValues = [
      role.id,
      levels.get(question.levelSlug)!.id,
      question.position,
      question.prompt,
      title.workingTitle,
      title.needsWording,
      'draft',
      now,
      stableId,
      'benchmark-bank.md',
      index + 1,
      1,
      now,
      now,
      'draft',
    ]
    const questionId = yield { table: 'questions', columns: questionColumns, values: questionValues, id: true }
    const questionVersionId = yield {
      table: '_questions_v',
      columns: questionVersionColumns,
      values: [questionId, ...questionValues, true, now, now],
      id: true,
    }
    for (const [order, tag] of question.tags.entries()) {
      yield { table: 'questions_texts', columns: textColumns, values: [order + 1, questionId, 'tags', tag], id: false }
      yield { table: '_questions_v_texts', columns: textColumns, values: [order + 1, questionVersionId, 'version.tags', tag], id: false }
    }
    const hintValues = [questionId, 1, text, forms.plainText, forms.markdown, 'draft', now, now, now, 'draft']
    const hintId = yield { table: 'hints', columns: hintColumns, values: hintValues, id: true }
    yield { table: '_hints_v', columns: hintVersionColumns, values: [hintId, ...hintValues, true, now, now], id: false }
    // The review trail's `create` entries, as the hooks (and the bulk import) write them.
    const changed = { question: ['prompt', 'role', 'level', 'position', ...(question.tags.length ? ['tags'] : [])], hint: ['text', 'question', 'position'] }
    const questionEvent = yield {
      table: 'review_events',
      columns: eventColumns,
      values: ['question', 'create', 'draft', questionId, null, String(questionId), false, question.prompt, '', diffOf(question.prompt), now, now],
      id: true,
    }
    const hintEvent = yield {
      table: 'review_events',
      columns: eventColumns,
      values: ['hint', 'create', 'draft', questionId, hintId, String(hintId), false, forms.markdown, '', diffOf(forms.markdown), now, now],
      id: true,
    }
    for (const [order, field] of changed.question.entries())
      yield { table: 'review_events_texts', columns: textColumns, values: [order + 1, questionEvent, 'changedFields', field], id: false }
    for (const [order, field] of changed.hint.entries())
      yield { table: 'review_events_texts', columns: textColumns, values: [order + 1, hintEvent, 'changedFields', field], id: false }
  }
}

/** Runs every row through `execute` (which returns the row's id), one at a time; the number of rows written. */
const drive = async (inserts: Generator<FloorInsert, void, number>, execute: (insert: FloorInsert) => Promise<number>): Promise<number> => {
  let written = 0
  for (let step = inserts.next(0); !step.done; step = inserts.next(await execute(step.value))) written += 1
  return written
}

const columnList = (columns: readonly string[]) => columns.map((column) => `"${column}"`).join(', ')

/** SQLite: one INSERT per row through Payload's libsql client, one write transaction. */
export const writeFloorLibsql = async (payload: Payload, inserts: Generator<FloorInsert, void, number>): Promise<number> => {
  const transaction = await libsqlOf(payload).transaction('write')
  try {
    const written = await drive(inserts, async ({ table, columns, values }) => {
      const sql = `INSERT INTO ${table} (${columnList(columns)}) VALUES (${columns.map(() => '?').join(', ')})`
      return Number((await transaction.execute({ sql, args: values as never })).lastInsertRowid)
    })
    await transaction.commit()
    return written
  } finally {
    transaction.close()
  }
}

/**
 * PostgreSQL: one INSERT per row through a client of Payload's pg pool, in
 * one transaction; `RETURNING id` where a later row needs it. Each statement
 * is a named prepared statement (parsed once per table), the fastest a plain
 * driver does one row per statement.
 */
export const writeFloorPg = (payload: Payload, inserts: Generator<FloorInsert, void, number>): Promise<number> =>
  inPgTransaction(payload, (client) =>
    drive(inserts, async ({ table, columns, values, id }) => {
      const name = `floor_${table}${id ? '_id' : ''}`
      const text = `INSERT INTO ${table} (${columnList(columns)}) VALUES (${columns.map((_column, index) => `$${index + 1}`).join(', ')})${id ? ' RETURNING id' : ''}`
      const result = await client.query<{ id: number }>({ name, text, values })
      return id ? Number(result.rows[0].id) : 0
    }),
  )
