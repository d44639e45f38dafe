/**
 * Import cases: the same generated questions (one hint each) written into a
 * fresh SQLite database by four tools.
 *
 * - prepbank: importDocument on the bank as Prepbank Markdown (parse, plan,
 *   then every new draft and its version through payload.db, in one transaction).
 * - plugin-csv / plugin-json: @payloadcms/plugin-import-export's import, driven
 *   through its own Local API (a document in its `imports` upload collection,
 *   processed synchronously): one file of questions, then one file of hints
 *   (rich text as Lexical JSON, the plugin's format), each row a payload.create
 *   in its own transaction.
 * - payload-create: payload.create one by one, question then hint, as a
 *   script would (drafts, the collection hooks run).
 * - libsql-raw: the floor: the rows Prepbank writes (question, tags, hint and
 *   both version rows) as plain INSERTs through Payload's libsql client, in one
 *   transaction, with every derived value computed beforehand.
 *
 * The slow baselines (plugin, payload-create) import at most `sample`
 * questions: when the bank is larger, that sample (generated with another
 * seed) is imported into a copy of the database already holding the whole
 * bank, so the rate is the one at that size. The report says so.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import type { Level, Role } from '../../src/payload-types'
import type { BenchBank } from '../lib/data'
import type { CaseArgs, CaseResult } from '../lib/types'

import { importDocument } from '../../src/import/importDocument'
import { markdownToLexical } from '../../src/content/lexicalMarkdown'
import { createUser } from '../../test/helpers/payload'
import type { BankLayout } from '../lib/data'
import { bankDocument, bankLayouts, benchSeed, generateBank } from '../lib/data'
import { floorInserts, floorRows, writeFloorLibsql, writeFloorPg } from '../lib/floor'
import { measure, stepFigures } from '../lib/measure'
import { bootPayload, freshDir } from '../lib/payload'
import { countRows, ensureRoleAndLevels, libsqlOf, publishRoleBank } from '../lib/seed'

const fail = (message: string): never => {
  throw new Error(message)
}

export const importPrepbank = async (args: CaseArgs): Promise<CaseResult> => {
  const { size, templateOut, format } = args
  const layout = (format ?? 'export') as BankLayout
  if (!bankLayouts.includes(layout)) fail(`--format takes one of ${bankLayouts.join(', ')}`)
  const bank = generateBank({ size })
  const document = await bankDocument({ bank, layout })
  const dir = freshDir(`import-prepbank-${layout}-${size}`)
  const { payload, close, file } = await bootPayload({ config: 'app', dir, database: args.database })
  const step = await measure(() => importDocument({ payload, input: document, fileName: 'benchmark-bank.md', maxBytes: Buffer.byteLength(document) }))
  const report = step.value
  if (report.outcome !== 'imported' || report.errors > 0 || report.counts.created !== size) {
    fail(
      `Prepbank import of ${size} questions (${layout}): ${report.outcome}, ${report.counts.created} created, ${report.errors} errors: ${JSON.stringify(report.diagnostics.slice(0, 3))}`,
    )
  }
  const questions = await countRows({ payload, table: 'questions' })
  const hints = await countRows({ payload, table: 'hints' })
  if (questions !== size || hints !== size) fail(`Prepbank import of ${size}: ${questions} questions and ${hints} hints in the database`)

  // The database becomes the template of the export cases: the whole bank approved and published.
  if (templateOut) {
    await publishRoleBank({ payload, roleId: report.role!.id! })
    const published = await countRows({ payload, table: 'questions', where: `WHERE _status = 'published'` })
    if (published !== size) fail(`Publishing the ${size}-question template left ${published} published`)
    await close()
    // On PostgreSQL the database itself is the template: the orchestrator copies it with CREATE DATABASE … TEMPLATE.
    if (!args.database) {
      fs.copyFileSync(file, templateOut)
      fs.copyFileSync(`${file}.mode`, `${templateOut}.mode`)
    }
  } else await close()
  return {
    kind: 'import',
    tool: layout === 'export' ? 'prepbank' : `prepbank-${layout}`,
    size,
    measured: size,
    ...stepFigures(step),
    bytes: Buffer.byteLength(document),
    rows: questions + hints,
    note: `${report.warnings} warnings`,
  }
}

/** The slow baselines' bank: the whole bank up to `sample`, else a sample (another seed) imported into the full bank. */
const sampleFor = ({ size, sample, template }: CaseArgs): { bank: BenchBank; preloaded: number } => {
  if (size <= sample) return { bank: generateBank({ size }), preloaded: 0 }
  if (!template) fail(`A ${size}-question bank is larger than the sample (${sample}): a template database is needed`)
  return { bank: generateBank({ size: sample, seed: benchSeed + 1 }), preloaded: size }
}

type Prepared = {
  bank: BenchBank
  preloaded: number
  role: Role
  levels: Map<string, Level>
  lexical: Awaited<ReturnType<typeof markdownToLexical>>[]
}

const csvCell = (value: unknown): string => {
  if (value === undefined || value === null) return ''
  const text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const toCsv = (rows: Record<string, unknown>[]): string => {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))]
  return [columns.join(','), ...rows.map((row) => columns.map((column) => csvCell(row[column])).join(','))].join('\n') + '\n'
}

/**
 * The two files a plugin user imports: questions, then hints pointing at the
 * ids those questions will get (SQLite hands out max(id)+1 in order; checked
 * afterwards). CSV flattens hasMany text as tags_0, tags_1… and carries rich
 * text as a JSON cell, as the plugin's own export and import do.
 */
const pluginFiles = ({ prepared, firstQuestionId, format }: { prepared: Prepared; firstQuestionId: number; format: 'csv' | 'json' }) => {
  const { bank, role, levels, lexical } = prepared
  const questions = bank.questions.map((question) => ({
    role: role.id,
    level: levels.get(question.levelSlug)!.id,
    position: question.position,
    prompt: question.prompt,
    ...(format === 'csv' ? Object.fromEntries(question.tags.map((tag, index) => [`tags_${index}`, tag])) : { tags: question.tags }),
    _status: 'draft',
  }))
  const hints = bank.questions.map((_question, index) => ({ question: firstQuestionId + index, position: 1, text: lexical[index], _status: 'draft' }))
  const encode = (rows: Record<string, unknown>[]) => Buffer.from(format === 'csv' ? toCsv(rows) : JSON.stringify(rows))
  return { questions: encode(questions), hints: encode(hints) }
}

const prepare = async ({ args, config }: { args: CaseArgs; config: 'app' | 'plugin' }) => {
  const { bank, preloaded } = sampleFor(args)
  const dir = freshDir(`import-${args.caseName}-${args.size}`)
  const booted = await bootPayload({ config, dir, template: preloaded > 0 ? args.template : undefined })
  const { payload } = booted
  const { role, levels } = await ensureRoleAndLevels({ payload, bank })
  const lexical = []
  for (const question of bank.questions) lexical.push(await markdownToLexical({ config: payload.config, markdown: question.hint }))
  const prepared: Prepared = { bank, preloaded, role, levels, lexical }
  return { ...booted, prepared }
}

/** After a baseline's timed step: the sample's questions are all there, each with its one hint and its tags. */
const checkSample = async ({ payload, prepared, before }: { payload: Payload; prepared: Prepared; before: { questions: number; hints: number } }) => {
  const n = prepared.bank.questions.length
  const newQuestions = { where: 'WHERE q.id > ?', args: [before.questions] }
  const questions = await countRows({ payload, table: 'questions q', ...newQuestions })
  const hints = await countRows({ payload, table: 'hints', where: 'WHERE id > ?', args: [before.hints] })
  const linked = await countRows({
    payload,
    table: 'questions q',
    where: 'WHERE q.id > ? AND (SELECT count(*) FROM hints h WHERE h.question_id = q.id) = 1',
    args: [before.questions],
  })
  const tags = await countRows({ payload, table: "questions_texts t JOIN questions q ON q.id = t.parent_id AND t.path = 'tags'", ...newQuestions })
  const expectedTags = prepared.bank.questions.reduce((sum, question) => sum + question.tags.length, 0)
  if (questions !== n || hints !== n || linked !== n || tags !== expectedTags) {
    fail(
      `expected ${n} new questions, each with its hint, and ${expectedTags} tags: found ${questions} questions, ${hints} hints, ${linked} with their hint, ${tags} tags`,
    )
  }
  return questions + hints
}

/** The highest ids before a timed step: SQLite hands out the next ones in order, so what the step wrote is what lies above. */
const idsBefore = async (payload: Payload) => ({ questions: await maxId({ payload, table: 'questions' }), hints: await maxId({ payload, table: 'hints' }) })

const maxId = async ({ payload, table }: { payload: Payload; table: string }): Promise<number> => {
  const result = await libsqlOf(payload).execute(`SELECT coalesce(max(id), 0) AS id FROM ${table}`)
  return Number(result.rows[0]?.id ?? 0)
}

const baselineResult = ({
  args,
  tool,
  prepared,
  step,
  rows,
}: {
  args: CaseArgs
  tool: string
  prepared: Prepared
  step: Awaited<ReturnType<typeof measure>>
  rows: number
}): CaseResult => ({
  kind: 'import',
  tool,
  size: args.size,
  measured: prepared.bank.questions.length,
  preloaded: prepared.preloaded,
  ...stepFigures(step),
  rows,
})

export const importPlugin = async (args: CaseArgs): Promise<CaseResult> => {
  const format = args.format === 'json' ? 'json' : 'csv'
  const { payload, close, prepared } = await prepare({ args, config: 'plugin' })
  // The plugin imports as a user (its access rules apply); the first user of a database is made admin.
  if ((await countRows({ payload, table: 'users' })) === 0) await createUser({ payload, roles: ['admin'] })
  const editor = await createUser({ payload, roles: ['editor'] })
  const before = await idsBefore(payload)
  const files = pluginFiles({ prepared, firstQuestionId: before.questions + 1, format })
  const mimetype = format === 'csv' ? 'text/csv' : 'application/json'

  /**
   * The plugin's own flow: creating an `imports` document with the file runs the
   * import (synchronously here), one payload.create per row, each in its own
   * transaction. disableTransaction: the upload itself must not hold SQLite's
   * write lock while those row transactions run: with it, every row fails
   * with SQLITE_BUSY (and the job-queue mode fails the same way queueing its job).
   */
  const importFile = async (collectionSlug: 'questions' | 'hints', data: Buffer) => {
    const doc = (await payload.create({
      collection: 'imports' as never,
      data: { collectionSlug, importMode: 'create' } as never,
      file: { data, mimetype, name: `${collectionSlug}.${format}`, size: data.byteLength },
      user: editor,
      disableTransaction: true,
    })) as unknown as { status?: string; summary?: { imported?: number; issues?: number; issueDetails?: unknown[] } }
    const expected = prepared.bank.questions.length
    if (doc.status !== 'completed' || doc.summary?.imported !== expected) {
      fail(
        `plugin ${format} import of ${collectionSlug}: ${doc.status}, ${doc.summary?.imported} of ${expected} imported: ${JSON.stringify(doc.summary?.issueDetails?.slice(0, 2))}`,
      )
    }
  }
  const step = await measure(async () => {
    await importFile('questions', files.questions)
    await importFile('hints', files.hints)
  })
  const rows = await checkSample({ payload, prepared, before })
  await close()
  return { ...baselineResult({ args, tool: `plugin-${format}`, prepared, step, rows }), bytes: files.questions.byteLength + files.hints.byteLength }
}

export const importPayloadCreate = async (args: CaseArgs): Promise<CaseResult> => {
  const { payload, close, prepared } = await prepare({ args, config: 'app' })
  const before = await idsBefore(payload)
  const { bank, role, levels } = prepared
  const step = await measure(async () => {
    for (const question of bank.questions) {
      const created = await payload.create({
        collection: 'questions',
        data: {
          role: role.id,
          level: levels.get(question.levelSlug)!.id,
          position: question.position,
          prompt: question.prompt,
          tags: question.tags,
        },
        draft: true,
        depth: 0,
      })
      await payload.create({
        collection: 'hints',
        data: { question: created.id, position: 1, text: await markdownToLexical({ config: payload.config, markdown: question.hint }) },
        draft: true,
        depth: 0,
      })
    }
  })
  const rows = await checkSample({ payload, prepared, before })
  await close()
  return { ...baselineResult({ args, tool: 'payload-create', prepared, step, rows }), note: 'Markdown → Lexical inside the timing, as the importer does' }
}

/**
 * The floor of a database: the importer's rows as plain INSERTs through the adapter's own client
 * (libsql or pg), one transaction; the rows come from bench/lib/floor.ts, the same for both.
 */
const importFloor = async ({ args, tool, write }: { args: CaseArgs; tool: string; write: typeof writeFloorLibsql }): Promise<CaseResult> => {
  const bank = generateBank({ size: args.size })
  const dir = freshDir(`import-${tool}-${args.size}`)
  const { payload, close } = await bootPayload({ config: 'app', dir, database: args.database })
  const { role, levels } = await ensureRoleAndLevels({ payload, bank })
  const rows = await floorRows({ payload, bank })
  const step = await measure(() => write(payload, floorInserts({ rows, role, levels, now: new Date().toISOString() })))
  const questions = await countRows({ payload, table: 'questions' })
  const hints = await countRows({ payload, table: 'hints' })
  if (questions !== args.size || hints !== args.size) fail(`${tool} floor: ${questions} questions, ${hints} hints`)
  await close()
  return {
    kind: 'import',
    tool,
    size: args.size,
    measured: args.size,
    ...stepFigures(step),
    rows: step.value,
    note: 'the rows Prepbank writes (questions, tags, hints, versions, review events), one INSERT each; derived values computed before the timing',
  }
}

/** SQLite's floor: libsql, Payload's own client. */
export const importLibsqlRaw = (args: CaseArgs): Promise<CaseResult> => importFloor({ args, tool: 'libsql-raw', write: writeFloorLibsql })

/** PostgreSQL's floor: pg, a client of Payload's own pool. */
export const importPgRaw = (args: CaseArgs): Promise<CaseResult> => {
  if (!args.database) fail('The pg floor needs --database <postgres URI>')
  return importFloor({ args, tool: 'pg-raw', write: writeFloorPg })
}

/**
 * The CLI as a user runs it (`bin/prepbank.js`, a fresh process each time) on a
 * document of `size` questions in the generic Markdown layout: a dry run with
 * no database yet, then a real import into a new SQLite file. Wall time of
 * each whole process, boot included.
 */
export const importCli = async ({ size }: CaseArgs): Promise<CaseResult[]> => {
  const dir = freshDir(`import-cli-${size}`)
  const document = path.join(dir, 'bank.md')
  fs.writeFileSync(document, await bankDocument({ bank: generateBank({ size }), layout: 'markdown' }))
  const env = {
    ...process.env,
    NODE_OPTIONS: '',
    DATABASE_URI: `file:${path.join(dir, 'cli.db')}`,
    PAYLOAD_SECRET: 'prepbank-bench-secret-0123456789',
    PREPBANK_DATA_DIR: dir,
  }
  const cli = (args: string[]) => {
    const started = performance.now()
    const result = spawnSync(process.execPath, [path.resolve(import.meta.dirname, '../../bin/prepbank.js'), 'import', ...args, document], {
      env,
      encoding: 'utf8',
    })
    const ms = performance.now() - started
    if (result.status !== 0) fail(`prepbank import ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(-2000)}`)
    return { ms, report: JSON.parse(result.stdout) as { outcome: string; counts: { created: number } } }
  }
  const dry = cli(['--dry-run', '--json'])
  if (dry.report.outcome !== 'dry-run' || dry.report.counts.created !== size) fail(`dry run: ${JSON.stringify(dry.report).slice(0, 300)}`)
  if (fs.existsSync(path.join(dir, 'cli.db'))) fail('the dry run created a database file')
  const real = cli(['--json'])
  if (real.report.outcome !== 'imported' || real.report.counts.created !== size) fail(`import: ${JSON.stringify(real.report).slice(0, 300)}`)
  const result = (tool: string, ms: number): CaseResult => ({
    kind: 'cli',
    tool,
    size,
    measured: size,
    ms,
    peakRssMb: 0,
    startRssMb: 0,
    peakIsStepOnly: false,
    note: 'wall time of the whole process (bin/prepbank.js), boot included',
  })
  return [result('cli-dry-run', dry.ms), result('cli-import', real.ms)]
}
