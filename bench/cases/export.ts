/**
 * Export cases: the same approved bank (a copy of the template database the
 * Prepbank import case left, every question and hint published) written to a
 * file by each tool, after one warm-up pass on the first part of the bank.
 * Prepbank's exports and the read floor are timed three times and report the
 * median (every run is in the note); the plugin's, seconds each, once.
 *
 * - prepbank-<format> (json, md, csv, anki, apkg, moodle, gift, qti):
 *   bankSourceFromPayload (the role's approved bank, streamed a page at a
 *   time from Payload) into exportBank, piped to a file.
 * - plugin-csv / plugin-json: @payloadcms/plugin-import-export's export of the
 *   role's published questions, driven through its own Local API (a document
 *   in its `exports` collection, processed synchronously). Its questions carry
 *   their hints through the `hints` join at depth 1, so one export holds the
 *   same content.
 *
 * Every output file is read back afterwards (untimed) and must hold every
 * question: the interop text formats through Prepbank's own importer, the
 * .apkg's collection with SQLite, the QTI package by its item files.
 */
import { parse } from 'csv-parse/sync'
import { unzipSync } from 'fflate'
import fs from 'node:fs'
import initSqlJs from 'sql.js'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import type { Payload } from 'payload'

import type { ExportFormat } from '../../exporters/index'
import type { Role } from '../../src/payload-types'
import type { CaseArgs, CaseResult } from '../lib/types'

import { exportBank } from '../../exporters/index'
import { parseBank } from '../../importers/parse'
import { bankSourceFromPayload } from '../../src/export/bankSource'
import { createUser } from '../../test/helpers/payload'
import { generateBank } from '../lib/data'
import type { MeasuredRuns } from '../lib/measure'
import { measure, measureMedian, stepFigures } from '../lib/measure'
import { bootPayload, freshDir } from '../lib/payload'
import { countRows, findRole, onPostgres, queryRows } from '../lib/seed'

const roleSlug = generateBank({ size: 1 }).role.slug

const fail = (message: string): never => {
  throw new Error(message)
}

/** Questions in an export file, counted by reading the file back in its own format. */
const questionsIn = async ({ file, format }: { file: string; format: string }): Promise<number> => {
  if (format === 'apkg') {
    const SQL = await initSqlJs()
    const db = new SQL.Database(unzipSync(fs.readFileSync(file))['collection.anki2'])
    try {
      return Number(db.exec('SELECT count(*) FROM notes')[0].values[0][0])
    } finally {
      db.close()
    }
  }
  if (format === 'qti') return Object.keys(unzipSync(fs.readFileSync(file))).filter((name) => name.startsWith('items/')).length
  if (format === 'anki' || format === 'moodle' || format === 'gift') {
    const { bank } = parseBank(fs.readFileSync(file), { path: file, maxBytes: 1024 * 1024 * 1024 })
    return bank?.levels.reduce((sum, level) => sum + level.questions.length, 0) ?? 0
  }
  const text = fs.readFileSync(file, 'utf8')
  switch (format) {
    case 'json': {
      const parsed = JSON.parse(text) as { levels?: { questions: unknown[] }[] } | unknown[]
      return Array.isArray(parsed) ? parsed.length : (parsed.levels ?? []).reduce((sum, level) => sum + level.questions.length, 0)
    }
    case 'md':
      return text.match(/^<!-- id: /gm)?.length ?? 0
    default:
      return (parse(text, { bom: true, columns: true, relax_column_count: false }) as unknown[]).length
  }
}

/** Timed exports per case, after the warm-up: the median is reported, every run in the note. */
const exportRuns = 3

const runsNote = ({ runsMs, cpuMs }: MeasuredRuns<unknown>) =>
  `median of ${runsMs.length} runs (${runsMs.map((ms) => Math.round(ms)).join(', ')} ms; ${Math.round(cpuMs)} ms CPU)`

const templateOf = ({ template, size }: CaseArgs): string => template ?? fail(`The ${size}-question export needs a template database`)

/**
 * The export's floor: the same approved rows (questions, their tags, their
 * hints, in export order) read with three plain SELECTs through the raw
 * driver Payload's adapter holds (libsql or pg), and nothing rendered. What
 * an export costs above it is Prepbank's (paging, the review rule,
 * validation, rendering, writing the file).
 */
const readFloor = async ({ payload, role, size }: { payload: Payload; role: Role; size: number }): Promise<CaseResult> => {
  const approved = `q.role_id = ? and q._status = 'published' and q.review_status = 'approved'`
  const statements = [
    `select q.id, q.stable_id, q.prompt, q.position, q.level_id from questions q where ${approved} order by q.level_id, q.position, q.id`,
    `select t.parent_id, t.text from questions_texts t join questions q on q.id = t.parent_id where ${approved} and t.path = 'tags' order by t.parent_id, t."order"`,
    `select h.question_id, h.markdown, h.plain_text, h._status, h.review_status from hints h join questions q on q.id = h.question_id where ${approved} order by h.question_id, h.position, h.id`,
  ]
  const readAll = async () => {
    const [questions, ...rest] = await Promise.all(statements.map((sql) => queryRows(payload, { sql, args: [role.id as number] })))
    // Every value is touched, as a writer would.
    let characters = 0
    for (const rows of [questions, ...rest]) for (const row of rows) for (const value of Object.values(row)) characters += String(value ?? '').length
    return { questions: questions.length, characters }
  }
  await readAll()
  const step = await measureMedian({ step: readAll, runs: exportRuns })
  return {
    kind: 'export',
    tool: onPostgres(payload) ? 'pg-read' : 'libsql-read',
    size,
    measured: size,
    ...stepFigures(step),
    note: runsNote(step),
    bytes: step.value.characters,
    ...(step.value.questions === size ? {} : { failed: `read ${step.value.questions} of the ${size} approved questions` }),
  }
}

export const exportPrepbank = async (args: CaseArgs): Promise<CaseResult | CaseResult[]> => {
  const format = (args.format ?? 'json') as ExportFormat
  const dir = freshDir(`export-prepbank-${format}-${args.size}`)
  const { payload, close } = await bootPayload({ config: 'app', dir, ...(args.database ? { database: args.database } : { template: templateOf(args) }) })
  const role = await findRole({ payload, slug: roleSlug })
  const chunks = async function* () {
    yield* exportBank({ source: await bankSourceFromPayload({ payload, role }), format })
  }
  // Warm-up: the first 256 KB (a few hundred questions), so the timed run is not the JIT's first.
  let warm = 0
  for await (const chunk of chunks()) if ((warm += chunk.length) > 256 * 1024) break

  const file = path.join(dir, `bank.${format}`)
  const step = await measureMedian({ step: () => pipeline(Readable.from(chunks()), fs.createWriteStream(file)), runs: exportRuns })
  const bytes = fs.statSync(file).size
  const questions = await questionsIn({ file, format })
  // The JSON case also measures the read floor, in the same process and database.
  const floor = format === 'json' ? await readFloor({ payload, role, size: args.size }) : null
  await close()
  const result: CaseResult = {
    kind: 'export',
    tool: `prepbank-${format}`,
    size: args.size,
    measured: args.size,
    ...stepFigures(step),
    note: runsNote(step),
    bytes,
    ...(questions === args.size ? {} : { failed: `the file holds ${questions} of the ${args.size} approved questions` }),
  }
  return floor ? [result, floor] : result
}

export const exportPlugin = async (args: CaseArgs): Promise<CaseResult> => {
  const format = args.format === 'json' ? 'json' : 'csv'
  const dir = freshDir(`export-plugin-${format}-${args.size}`)
  const { payload, close } = await bootPayload({ config: 'plugin', dir, template: templateOf(args) })
  const role = await findRole({ payload, slug: roleSlug })
  if ((await countRows({ payload, table: 'users' })) > 0) fail('The template database should hold no users')
  const admin = await createUser({ payload, roles: ['admin'] })
  const exportOnce = async (limit?: number) =>
    (await payload.create({
      collection: 'exports' as never,
      data: { collectionSlug: 'questions', format, drafts: 'no', where: { role: { equals: role.id } }, ...(limit ? { limit } : {}) } as never,
      user: admin,
    })) as unknown as { filename?: string }
  await exportOnce(100)

  // The plugin's cost per row grows with the bank (bench/README.md): above `sample`, it exports the first
  // `sample` rows of the full bank. Its later pages cost more (offset pagination), so the sample flatters it.
  const measured = Math.min(args.size, args.sample)
  const step = await measure(() => exportOnce(measured < args.size ? measured : undefined))
  const file = path.join(dir, 'exports', step.value.filename ?? fail('The plugin export stored no file'))
  const bytes = fs.statSync(file).size
  const questions = await questionsIn({ file, format })
  await close()
  return {
    kind: 'export',
    tool: `plugin-${format}`,
    size: args.size,
    measured,
    preloaded: measured < args.size ? args.size : 0,
    ...stepFigures(step),
    bytes,
    ...(questions === measured ? {} : { failed: `the file holds ${questions} of the ${measured} questions asked for` }),
  }
}
