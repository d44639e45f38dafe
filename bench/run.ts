/**
 * The benchmark suite: Prepbank against what a Payload user would pick
 * instead (@payloadcms/plugin-import-export, payload.create one by one) and
 * against the floor of the machine (raw libsql inserts), in one run, on the
 * same generated banks. Every measurement runs in its own process on its
 * own SQLite file (bench/case.ts); this orchestrator collects the results,
 * prints one table with ratios and writes results.md, results.json and a
 * PNG chart.
 *
 *   npm run bench                      # 1k, 10k and 50k questions (~22 min on 2 cores)
 *   npm run bench -- --smoke           # CI: 1k only, small samples, no timing asserted
 *   npm run bench -- --sizes 1000,10000 --sample 500 --no-http --out bench/out
 *   npm run bench -- --from bench/results.json   # re-render the report of a run
 *   npm run bench -- --only export --sizes 10000 --no-http --export-formats anki,apkg,moodle,gift,qti
 *                                      # only those Prepbank formats (no plugin baselines)
 *   npm run bench -- --db postgres --sizes 1000 --only import,export --no-http
 *                                      # the PostgreSQL cases alone (server: PREPBANK_BENCH_POSTGRES_URI
 *                                      # or PREPBANK_TEST_POSTGRES_URI)
 *
 * Exit status: 0 when every case ran and produced complete output, 1
 * otherwise. Times are never asserted: targets are reported, not enforced.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { HttpOutcome } from './http'
import type { ChildOutcome } from './lib/child'
import type { CaseResult } from './lib/types'
import type { Failure, Suite } from './report'

import { chartPng, chartSvg } from './chart'
import { benchHttp } from './http'
import { runCase } from './lib/child'
import { benchDatabasePrefix, benchDatabases, createDatabase, databaseUri, dropDatabase, dropLeftoverBenchDatabases, postgresServer } from './lib/postgres'
import { formatMs, growthRows, renderMarkdown, renderText, targets } from './report'

const root = path.resolve(import.meta.dirname, '..')

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    sample: { type: 'string' },
    'export-sample': { type: 'string' },
    'no-http': { type: 'boolean', default: false },
    'http-seconds': { type: 'string' },
    'http-questions': { type: 'string', default: '50,10000' },
    connections: { type: 'string', default: '1,32' },
    help: { type: 'boolean', default: false },
    only: { type: 'string' },
    /** Databases of the import and export cases: sqlite, postgres (default: both when a PostgreSQL server is set). */
    db: { type: 'string' },
    /** Prepbank export formats to measure; naming some leaves out the plugin's export baselines. */
    'export-formats': { type: 'string' },
    out: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    /** Re-render results.md and results.png from a results.json, without measuring anything. */
    from: { type: 'string' },
  },
})

if (values.help) {
  process.stdout.write(`npm run bench -- [options]

  --smoke                 what CI runs: 1k only, small samples, 3 s HTTP runs, no time asserted
  --sizes 1000,10000      bank sizes of the import and export cases (default 1000,10000,50000)
  --only micro,import,export,http   run only these parts (comma-separated; default all)
  --db sqlite,postgres    databases of the import and export cases (default: both when
                          PREPBANK_BENCH_POSTGRES_URI or PREPBANK_TEST_POSTGRES_URI names a
                          server where the user may CREATE DATABASE, else sqlite; smoke: sqlite)
  --no-http               leave out the HTTP load test
  --http-questions 50,10000   bank sizes of the HTTP load test (a server each; smoke: 50)
  --connections 1,32      autocannon connection counts of the HTTP load test
  --http-seconds 10       duration of each HTTP run (smoke: 3)
  --sample 1000           questions the slow import baselines write per size
  --export-sample 1000    questions plugin-import-export exports per size
  --out bench/out         where results.md, results.json and results.png go
  --from results.json     re-render a run's report without measuring
  --verbose               show each case's output

Only the export and HTTP parts, e.g.:
  npm run bench -- --only export --sizes 1000,10000 --no-http --out bench/out/export
  npm run bench -- --only http --out bench/out/http
`)
  process.exit(0)
}

const smoke = values.smoke
const sizes = (values.sizes ?? (smoke ? '1000' : '1000,10000,50000')).split(',').map(Number)
if (sizes.some((size) => !Number.isInteger(size) || size < 10)) throw new Error(`--sizes takes whole numbers ≥ 10, got ${values.sizes}`)
sizes.sort((a, b) => a - b)
/** Questions the slow import baselines (plugin, payload.create) write per size. */
const sample = Number(values.sample ?? (smoke ? 100 : 1000))
/** Questions the plugin exports per size (its cost per row grows with the bank). */
const exportSample = Number(values['export-sample'] ?? 1000)
const httpSeconds = Number(values['http-seconds'] ?? (smoke ? 3 : 10))
const httpQuestions = (smoke && process.argv.every((arg) => !arg.startsWith('--http-questions')) ? '50' : values['http-questions']).split(',').map(Number)
const connections = values.connections.split(',').map(Number)
const allExportFormats = ['json', 'md', 'csv', 'anki', 'apkg', 'moodle', 'gift', 'qti']
const exportFormats = values['export-formats']?.split(',') ?? allExportFormats
const exportPluginBaselines = values['export-formats'] === undefined
const only = new Set((values.only ?? 'micro,import,export,duplicates,dashboard,http').split(','))
const outDir = path.resolve(root, values.out ?? (smoke ? 'bench/out' : 'bench'))
const httpSkipped = values['no-http'] ? 'turned off with --no-http' : !only.has('http') ? 'not in --only' : null
const verbose = values.verbose

/**
 * The databases the import and export cases run on, and why one is left out.
 * PostgreSQL needs a server URI; --smoke stays on SQLite (CI's two minutes)
 * unless --db asks for PostgreSQL.
 */
const server = postgresServer()
const requestedDbs = values.db?.split(',') ?? null
for (const db of requestedDbs ?? [])
  if (!(benchDatabases as readonly string[]).includes(db)) throw new Error(`--db takes ${benchDatabases.join(',')}, got ${values.db}`)
const notMeasured: Record<string, string> = {}
if (requestedDbs && !requestedDbs.includes('sqlite')) notMeasured.sqlite = 'not in --db'
if (requestedDbs && !requestedDbs.includes('postgres')) notMeasured.postgres = 'not in --db'
else if (!requestedDbs && smoke) notMeasured.postgres = 'smoke runs measure SQLite only (--db postgres to add it)'
else if (!server) notMeasured.postgres = 'no PostgreSQL server: set PREPBANK_BENCH_POSTGRES_URI or PREPBANK_TEST_POSTGRES_URI'
const dbs = benchDatabases.filter((db) => !notMeasured[db])
const onSqlite = dbs.includes('sqlite')
/** Set when PostgreSQL is measured (a --db postgres without a server fails the run below). */
const pgServer = dbs.includes('postgres') ? server?.uri : undefined

/** What the numbers say, from the run's own figures; the causes are in bench/README.md. */
function findings(suite: Suite): string {
  const lines = ['## Reading the results', '']
  const wrong = suite.results.filter((result) => result.failed)
  if (wrong.length > 0) {
    lines.push(
      `- WRONG OUTPUT: every export file is read back after the timing; ${wrong.map((result) => `${result.tool} at ${result.size.toLocaleString('en-US')}${result.db === 'postgres' ? ' on PostgreSQL' : ''}`).join(', ')} held fewer questions than asked for (${wrong[0].failed}). Their times are not comparable and the run failed.`,
    )
  }
  const superlinear = growthRows(suite).filter((row) => row[row.length - 1].startsWith('grows'))
  if (superlinear.length > 0) {
    lines.push(
      `- Cost per question grows with the bank for: ${superlinear.map((row) => `${row[2]} (${row[0]}, ${row[1]}, ${row[row.length - 2]})`).join('; ')}. See bench/README.md, "What limits it".`,
    )
  }
  const missed = targets(suite).filter((target) => target.met === false)
  if (missed.length > 0)
    lines.push(`- Targets missed in this run: ${missed.map((target) => target.target).join('; ')}. bench/README.md explains what limits each one.`)
  lines.push('- How each case is measured, and why: bench/README.md.')
  return lines.join('\n')
}

/** results.json, results.md and results.png in outDir, and the table on stdout. */
function writeReport(suite: Suite): void {
  fs.mkdirSync(outDir, { recursive: true })
  const date = suite.finishedAt.slice(0, 10)
  const subtitle = `${suite.command} · ${date} · ${suite.machine.CPU ?? ''} · solid: whole bank timed; dashed, hollow: sample, drawn at size ÷ measured rate${suite.results.some((result) => result.failed) ? '; ×: incomplete output, not comparable' : ''}`
  fs.writeFileSync(path.join(outDir, 'results.png'), chartPng(chartSvg({ results: suite.results, subtitle })))
  fs.writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify(suite, null, 2)}\n`)
  fs.writeFileSync(path.join(outDir, 'results.md'), renderMarkdown({ suite, chartFile: 'results.png', findings: findings(suite) }))
  process.stdout.write(`\n${renderText(suite)}\n\n`)
}

const startedAt = new Date()
const results: CaseResult[] = []
const failures: Failure[] = []

const log = (message: string) => process.stdout.write(`[bench] ${message}\n`)

let pgDatabases = 0
/**
 * A PostgreSQL case: the orchestrator makes its database (empty, or a copy of
 * `template`), passes its URI, and drops it once the case's process has ended
 * (Payload's pool holds a connection while it lives), unless `keep` (a
 * template for later cases). Returns the database's name when kept.
 */
const runOnPostgres = async ({
  what,
  caseName,
  args,
  template,
  keep = false,
}: {
  what: string
  caseName: string
  args: string[]
  template?: string
  keep?: boolean
}): Promise<string | null> => {
  const name = `${benchDatabasePrefix}${process.pid}_${(pgDatabases += 1)}_${caseName.replace(/-/g, '_')}`
  try {
    await createDatabase({ server: pgServer!, name, template })
  } catch (error) {
    failures.push({ what, error: `could not create the database: ${String(error)}` })
    log(`${what}: FAILED: could not create the database: ${String(error)}`)
    return null
  }
  const outcome = await run(what, caseName, [...args, '--database', databaseUri({ server: pgServer!, name })])
  if (keep && !outcome.error) return name
  await dropDatabase({ server: pgServer!, name }).catch((error: unknown) => log(`could not drop ${name}: ${String(error)}`))
  return null
}

if (values.from) {
  const suite = JSON.parse(fs.readFileSync(path.resolve(values.from), 'utf8')) as Suite
  writeReport(suite)
  log(`re-rendered the report of ${suite.command} (${suite.finishedAt}) into ${path.relative(root, outDir) || '.'}`)
  process.exit(suite.failures.length > 0 ? 1 : 0)
}

const templates = fs.mkdtempSync(path.join(os.tmpdir(), 'prepbank-bench-templates-'))
const templateOf = (size: number) => path.join(templates, `bank-${size}.db`)
/** PostgreSQL: the published bank of each size, the database the Prepbank import case left. */
const pgTemplates = new Map<number, string>()

/** Runs one case, records its results or its failure under `what`. */
const run = async (what: string, caseName: string, args: string[], env: Record<string, string> = {}): Promise<ChildOutcome> => {
  log(`${what} …`)
  const outcome = await runCase({ caseName, args, env, verbose })
  if (outcome.error) {
    failures.push({ what, error: outcome.error })
    log(`${what}: FAILED after ${formatMs(outcome.wallMs)}\n${outcome.error}`)
  } else {
    for (const result of outcome.results) {
      results.push(result)
      if (result.failed) failures.push({ what, error: `wrong output: ${result.failed}` })
    }
    const main = outcome.results[0]
    log(
      `${what}: ${outcome.results.map((result) => `${result.tool} ${formatMs(result.ms)}${result.failed ? ` WRONG OUTPUT (${result.failed})` : ''}`).join(', ')}` +
        `${main && main.measured !== main.size && main.kind !== 'parse' ? ` (${main.measured} of ${main.size})` : ''} [process ${formatMs(outcome.wallMs)}]`,
    )
  }
  return outcome
}

const sh = (command: string, args: string[]): string => {
  try {
    return execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return 'unknown'
  }
}

/** The installed version, at the top of node_modules or, for drizzle-orm, inside the SQLite adapter. */
const versionOf = (name: string): string => {
  for (const dir of [path.join(root, 'node_modules', name), path.join(root, 'node_modules/@payloadcms/db-sqlite/node_modules', name)]) {
    try {
      return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version
    } catch {
      // not here
    }
  }
  return 'not installed'
}

const machine = (): Record<string, string> => ({
  CPU: `${os.cpus()[0]?.model ?? 'unknown'} × ${os.availableParallelism()} (nproc ${sh('nproc', [])})`,
  memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
  OS: `${os.type()} ${os.release()} ${os.arch()}`,
  'load average at start (1, 5, 15 min)': loadAtStart,
  'load average at end': os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(', '),
  Node: process.version,
  npm: sh('npm', ['-v']),
  'git commit': commitAtStart,
  storage: `temporary SQLite files under ${os.tmpdir()}${pgServer ? `; PostgreSQL ${pgVersion} at ${new URL(pgServer).host} (a database per case)` : ''}`,
})

const pgVersion = pgServer ? sh('psql', [pgServer, '-tAc', 'SHOW server_version']) : ''

// Read when the run starts: the code it measures, even if commits land while it runs.
const commitAtStart = `${sh('git', ['rev-parse', '--short', 'HEAD'])}${sh('git', ['status', '--porcelain']) === '' ? '' : ' + uncommitted changes'} (at the start)`
const loadAtStart = os
  .loadavg()
  .map((load) => load.toFixed(2))
  .join(', ')

const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`

log(`${command}: sizes ${sizes.join(', ')}, baseline sample ${sample}, plugin export sample ${exportSample}, results to ${path.relative(root, outDir) || '.'}`)
log(
  `databases: ${dbs.join(', ') || 'none'}${Object.entries(notMeasured)
    .map(([db, why]) => `; ${db} not measured: ${why}`)
    .join('')}`,
)
if (requestedDbs?.includes('postgres') && !server) failures.push({ what: 'postgres', error: notMeasured.postgres })
// Databases a killed run left behind; the ones a live process still holds stay (no FORCE).
if (pgServer) await dropLeftoverBenchDatabases(pgServer)

if (only.has('micro')) {
  await run('parse throughput (20 MB documents)', 'micro-parse-large', [])
  for (const size of sizes) await run(`parse throughput ${size}`, 'micro-parse', ['--size', String(size)])
  for (const size of sizes) await run(`exporters alone ${size}`, 'micro-exporters', ['--size', String(size)])
}

if (only.has('duplicates')) {
  // Near-duplicates (src/duplicates): index build, one check, and the check's share of a 1k import, at each size.
  for (const size of sizes) await run(`duplicates ${size}`, 'duplicates', ['--size', String(size)])
}

const needsTemplates = only.has('import') || only.has('export')
if (needsTemplates && onSqlite) {
  // Prepbank's importer on each size; its database, then published, is the template of the other cases.
  for (const size of sizes) await run(`import prepbank ${size}`, 'import-prepbank', ['--size', String(size), '--template-out', templateOf(size)])
}
if (needsTemplates && pgServer) {
  // The same on PostgreSQL: the database the import left, published, is kept as the export cases' template.
  for (const size of sizes) {
    const kept = await runOnPostgres({
      what: `import prepbank ${size} on postgres`,
      caseName: 'import-prepbank',
      args: ['--size', String(size), '--template-out', 'database'],
      keep: true,
    })
    if (kept) pgTemplates.set(size, kept)
  }
}
if (only.has('import') && pgServer) {
  for (const size of sizes) await runOnPostgres({ what: `import pg-raw ${size} on postgres`, caseName: 'import-pg-raw', args: ['--size', String(size)] })
}

if (only.has('import') && onSqlite) {
  // The banks users have, not only Prepbank's own export layout.
  for (const layout of ['markdown', 'qa', 'seed']) {
    for (const size of sizes) await run(`import prepbank-${layout} ${size}`, 'import-prepbank', ['--size', String(size), '--format', layout])
  }
  for (const size of sizes) await run(`import libsql-raw ${size}`, 'import-libsql-raw', ['--size', String(size)])
  await run('CLI dry run and import of 100 questions', 'import-cli', ['--size', '100'])
  for (const size of sizes) {
    const common = ['--size', String(size), '--sample', String(sample), '--template', templateOf(size)]
    if (size > sample && !fs.existsSync(templateOf(size))) {
      for (const tool of ['payload-create', 'plugin-csv', 'plugin-json'])
        failures.push({ what: `import ${tool} ${size}`, error: 'no template database (the Prepbank import of this size failed)' })
      continue
    }
    await run(`import payload-create ${size}`, 'import-payload-create', common)
    await run(`import plugin-csv ${size}`, 'import-plugin', [...common, '--format', 'csv'])
    await run(`import plugin-json ${size}`, 'import-plugin', [...common, '--format', 'json'])
  }
}

if (only.has('export') && onSqlite) {
  for (const size of sizes) {
    if (!fs.existsSync(templateOf(size))) {
      for (const tool of [...exportFormats.map((format) => `prepbank-${format}`), ...(exportPluginBaselines ? ['plugin-json', 'plugin-csv'] : [])]) {
        failures.push({ what: `export ${tool} ${size}`, error: 'no template database (the Prepbank import of this size failed)' })
      }
      continue
    }
    const common = ['--size', String(size), '--template', templateOf(size)]
    for (const format of exportFormats) await run(`export prepbank-${format} ${size}`, 'export-prepbank', [...common, '--format', format])
    if (exportPluginBaselines) {
      for (const format of ['json', 'csv'])
        await run(`export plugin-${format} ${size}`, 'export-plugin', [...common, '--format', format, '--sample', String(exportSample)])
    }
  }
}
if (only.has('export') && pgServer) {
  for (const size of sizes) {
    const template = pgTemplates.get(size)
    for (const format of exportFormats) {
      const what = `export prepbank-${format} ${size} on postgres`
      if (!template) failures.push({ what, error: 'no template database (the Prepbank import of this size on PostgreSQL failed)' })
      else await runOnPostgres({ what, caseName: 'export-prepbank', args: ['--size', String(size), '--format', format], template })
    }
  }
}
fs.rmSync(templates, { recursive: true, force: true })
for (const name of pgTemplates.values())
  await dropDatabase({ server: pgServer!, name }).catch((error: unknown) => log(`could not drop ${name}: ${String(error)}`))

if (only.has('dashboard')) {
  for (const size of sizes) await run(`dashboard ${size}`, 'dashboard', ['--size', String(size)])
}

let http: HttpOutcome | { skipped: string }
if (httpSkipped) {
  http = { skipped: httpSkipped }
  log(`HTTP load test SKIPPED: ${httpSkipped}`)
} else {
  log(
    `HTTP load test: production build, ${httpQuestions.join(' and ')}-question banks, autocannon ${connections.join(' and ')} connections × ${httpSeconds} s …`,
  )
  http = await benchHttp({ sizes: httpQuestions, connections, durationS: httpSeconds, verbose })
  if (http.error) {
    failures.push({ what: 'http load test', error: http.error })
    log(`HTTP load test FAILED:\n${http.error}`)
  } else
    for (const loadRun of http.runs)
      log(
        `HTTP ${loadRun.questions} questions, ${loadRun.connections} connections, ${loadRun.scenario}: ${Math.round(loadRun.requestsPerSecond)} req/s, p50 ${loadRun.p50Ms} ms, p99 ${loadRun.p99Ms} ms`,
      )
}

const finishedAt = new Date()
const versions = Object.fromEntries(
  [
    'payload',
    '@payloadcms/db-sqlite',
    '@payloadcms/db-postgres',
    '@payloadcms/drizzle',
    '@payloadcms/plugin-import-export',
    '@payloadcms/richtext-lexical',
    '@libsql/client',
    'libsql',
    'pg',
    'drizzle-orm',
    'next',
    'react',
    'autocannon',
    '@resvg/resvg-js',
    'tsx',
    'typescript',
  ].map((name) => [name, versionOf(name)]),
)
const suite: Suite = {
  startedAt: startedAt.toISOString(),
  finishedAt: finishedAt.toISOString(),
  command,
  smoke,
  sizes,
  sample,
  exportSample,
  databases: { measured: [...dbs], notMeasured },
  machine: machine(),
  versions,
  results,
  failures,
  http,
  wallSeconds: (finishedAt.getTime() - startedAt.getTime()) / 1000,
}

writeReport(suite)
log(
  `wrote ${['results.md', 'results.json', 'results.png'].map((file) => path.relative(root, path.join(outDir, file))).join(', ')} in ${Math.round(suite.wallSeconds)} s`,
)
if (failures.length > 0) {
  log(`${failures.length} failure(s):\n${failures.map((failure) => `  - ${failure.what}: ${failure.error.split('\n')[0]}`).join('\n')}`)
  process.exit(1)
}
process.exit(0)
