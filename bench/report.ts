/**
 * Tables, ratios and targets from one run's results, as Markdown
 * (bench/results.md) and as the plain-text table the suite prints.
 */
import type { HttpOutcome } from './http'
import type { CaseResult } from './lib/types'

export type Failure = { what: string; error: string }

export type Suite = {
  startedAt: string
  finishedAt: string
  command: string
  smoke: boolean
  sizes: number[]
  sample: number
  exportSample: number
  /** Which databases the import and export cases ran on, and why one was not; runs before PostgreSQL have none: SQLite only. */
  databases?: { measured: string[]; notMeasured: Record<string, string> }
  machine: Record<string, string>
  versions: Record<string, string>
  results: CaseResult[]
  failures: Failure[]
  http: HttpOutcome | { skipped: string }
  wallSeconds: number
}

const toolNames: Record<string, string> = {
  prepbank: 'Prepbank importer',
  'plugin-csv': 'plugin-import-export, CSV',
  'plugin-json': 'plugin-import-export, JSON',
  'payload-create': 'payload.create one by one',
  'prepbank-markdown': 'Prepbank importer, generic Markdown',
  'prepbank-qa': 'Prepbank importer, Q/A text',
  'prepbank-seed': 'Prepbank importer, examples layout',
  'libsql-raw': 'raw libsql inserts, one transaction (floor)',
  'pg-raw': 'raw pg inserts, one transaction (floor)',
  'libsql-read': 'raw libsql SELECTs of the same rows (floor)',
  'pg-read': 'raw pg SELECTs of the same rows (floor)',
  'prepbank-json': 'Prepbank JSON',
  'prepbank-md': 'Prepbank Markdown',
  'prepbank-csv': 'Prepbank CSV',
  'prepbank-anki': 'Prepbank Anki text',
  'prepbank-apkg': 'Prepbank Anki package',
  'prepbank-moodle': 'Prepbank Moodle XML',
  'prepbank-gift': 'Prepbank GIFT',
  'prepbank-qti': 'Prepbank QTI 3.0',
}

export const importTools = [
  'prepbank',
  'prepbank-markdown',
  'prepbank-qa',
  'prepbank-seed',
  'plugin-csv',
  'plugin-json',
  'payload-create',
  'libsql-raw',
  'pg-raw',
]

export type Db = 'sqlite' | 'postgres'
export const dbNames: Record<Db, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' }
/** The raw-driver floor of each database's import. */
export const floorTools: Record<Db, string> = { sqlite: 'libsql-raw', postgres: 'pg-raw' }
/** The raw-driver floor of each database's export: reading the same approved rows, nothing rendered. */
export const exportFloorTools: Record<Db, string> = { sqlite: 'libsql-read', postgres: 'pg-read' }
const floorToolOf = ({ kind, db }: { kind: string; db: Db }): string | null => (kind === 'import' ? floorTools[db] : kind === 'export' ? exportFloorTools[db] : null)
/** A result's database: results of runs before PostgreSQL was measured have none, and ran on SQLite. */
export const dbOf = (result: CaseResult): Db => result.db ?? 'sqlite'
/** The databases with results in this run, SQLite first. */
export const dbsOf = (suite: Suite): Db[] =>
  (['sqlite', 'postgres'] as const).filter((db) =>
    suite.results.some((result) => dbOf(result) === db && (result.kind === 'import' || result.kind === 'export')),
  )
/** The label bench/run.ts records a case's failure under. */
export const caseLabel = (kind: string, tool: string, size: number, db: Db): string => `${kind} ${tool} ${size}${db === 'sqlite' ? '' : ` on ${db}`}`
export const exportTools = [
  'prepbank-json',
  'prepbank-md',
  'prepbank-csv',
  'prepbank-anki',
  'prepbank-apkg',
  'prepbank-moodle',
  'prepbank-gift',
  'prepbank-qti',
  'plugin-json',
  'plugin-csv',
  'libsql-read',
  'pg-read',
]

/** The Prepbank row each tool is compared with. */
const referenceOf = (kind: string, tool: string): string | null => {
  if (kind === 'import') return tool === 'prepbank' || tool.startsWith('prepbank-') || Object.values(floorTools).includes(tool) ? null : 'prepbank'
  if (tool === 'plugin-csv') return 'prepbank-csv'
  if (tool === 'plugin-json') return 'prepbank-json'
  return null
}

export const rate = (result: CaseResult): number => result.measured / (result.ms / 1000)

const find = (results: CaseResult[], kind: string, tool: string, size: number, db: Db = 'sqlite') =>
  results.find((result) => result.kind === kind && result.tool === tool && result.size === size && dbOf(result) === db)

/** How many times faster Prepbank is than `result` (questions/s over questions/s, same database), or null. */
export const speedup = (results: CaseResult[], result: CaseResult): number | null => {
  const reference = referenceOf(result.kind, result.tool)
  if (!reference) return null
  const prepbank = find(results, result.kind, reference, result.size, dbOf(result))
  if (!prepbank || prepbank.failed || result.failed) return null
  return rate(prepbank) / rate(result)
}

/** An import's or export's time per question over its own database's raw floor's at the same size (1 = the floor), or null. */
export const overFloor = (results: CaseResult[], result: CaseResult): number | null => {
  const floorTool = floorToolOf({ kind: result.kind, db: dbOf(result) })
  if (!floorTool || result.failed) return null
  const floor = find(results, result.kind, floorTool, result.size, dbOf(result))
  if (!floor || floor.failed) return null
  return rate(floor) / rate(result)
}

export const formatMs = (ms: number): string =>
  ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`
const formatRate = (value: number): string => (value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1))
const formatSize = (size: number): string => (size >= 1000 && size % 1000 === 0 ? `${size / 1000}k` : size.toLocaleString('en-US'))
const formatRatio = (ratio: number | null): string => (ratio === null ? '—' : ratio >= 10 ? `×${Math.round(ratio)}` : `×${ratio.toFixed(ratio < 1 ? 2 : 1)}`)

const timedCell = (result: CaseResult): string =>
  result.measured < result.size
    ? `${result.measured.toLocaleString('en-US')} of ${result.size.toLocaleString('en-US')}¹`
    : result.measured.toLocaleString('en-US')

type Row = string[]

/** The side-by-side table: one row per (operation, size, tool). */
export function mainRows(suite: Suite): Row[] {
  const rows: Row[] = []
  const dbs: Db[] = ['sqlite', 'postgres']
  for (const [kind, tools] of [
    ['import', importTools],
    ['export', exportTools],
  ] as const) {
    for (const db of dbs) {
      for (const size of suite.sizes) {
        for (const tool of tools) {
          const result = find(suite.results, kind, tool, size, db)
          const failure = suite.failures.find((entry) => entry.what === caseLabel(kind, tool, size, db))
          if (!result && !failure) continue
          if (!result) {
            rows.push([
              kind,
              dbNames[db],
              formatSize(size),
              toolNames[tool] ?? tool,
              '—',
              `FAILED: ${failure!.error.split('\n')[0].slice(0, 120)}`,
              '—',
              '—',
              '—',
              '—',
            ])
            continue
          }
          const ratio = speedup(suite.results, result)
          const floor = overFloor(suite.results, result)
          rows.push([
            kind,
            dbNames[db],
            formatSize(size),
            toolNames[tool] ?? tool,
            timedCell(result),
            result.failed ? `${formatMs(result.ms)} — WRONG OUTPUT: ${result.failed}` : formatMs(result.ms),
            result.failed ? '—' : formatRate(rate(result)),
            `${Math.round(result.peakRssMb)}`,
            formatRatio(ratio),
            tool === floorToolOf({ kind, db }) ? 'floor' : floor === null ? '—' : `×${floor.toFixed(2)}`,
          ])
        }
      }
    }
  }
  return rows
}

export const mainHeader = [
  'operation',
  'database',
  'bank',
  'tool',
  'questions timed',
  'time',
  'questions/s',
  'peak RSS MB',
  'Prepbank speed-up',
  'time ÷ raw floor (same database)',
]

/** Cost per question at each size, and its growth from the smallest to the largest bank. */
export function growthRows(suite: Suite): Row[] {
  const rows: Row[] = []
  if (suite.sizes.length < 2) return rows
  const [first, last] = [suite.sizes[0], suite.sizes[suite.sizes.length - 1]]
  for (const [kind, tools] of [
    ['import', importTools],
    ['export', exportTools],
  ] as const) {
    for (const db of dbsOf(suite))
      for (const tool of tools) {
        const perQuestion = suite.sizes.map((size) => {
          const result = find(suite.results, kind, tool, size, db)
          return result && !result.failed ? (result.ms * 1000) / result.measured : null
        })
        if (perQuestion.every((value) => value === null)) continue
        const [a, b] = [perQuestion[0], perQuestion[perQuestion.length - 1]]
        const growth = a !== null && b !== null ? b / a : null
        rows.push([
          kind,
          dbNames[db],
          toolNames[tool] ?? tool,
          ...perQuestion.map((value) => (value === null ? '—' : `${Math.round(value).toLocaleString('en-US')}`)),
          growth === null ? '—' : `×${growth.toFixed(2)}`,
          growth === null ? '—' : growth <= 1.5 ? 'linear' : `grows ${growth.toFixed(1)}× faster than the bank (${formatSize(first)} → ${formatSize(last)})`,
        ])
      }
  }
  return rows
}

export const growthHeader = (sizes: number[]) => [
  'operation',
  'database',
  'tool',
  ...sizes.map((size) => `µs/question at ${formatSize(size)}`),
  'per-question cost, largest ÷ smallest',
  'verdict',
]

export type Target = { target: string; measured: string; met: boolean | null }

/** Why a database has no results in this run, or null when it has some. */
const dbSkipped = (suite: Suite, db: Db): string | null => {
  if (suite.results.some((result) => dbOf(result) === db && (result.kind === 'import' || result.kind === 'export'))) return null
  return suite.databases?.notMeasured[db] ?? (db === 'postgres' ? 'this run predates the PostgreSQL cases' : 'no import or export case ran')
}

const listSizes = (sizes: number[]) => sizes.map(formatSize).join(' and ')

/**
 * The targets of issues #11 and #14, from this run's figures. Every figure is
 * a ratio measured side by side in the run, or a time of one of its cases.
 */
export function targets(suite: Suite): Target[] {
  const out: Target[] = []
  const dbs: Db[] = ['sqlite', 'postgres']
  const notMeasured = (target: string, why: string) => out.push({ target, measured: `not measured: ${why}`, met: null })

  // Issue #11: import within 3× of the raw floor of the same database, at 10k and 50k.
  for (const db of dbs) {
    const target = `Import (${dbNames[db]}) at 10k and 50k within 3× of the raw ${db === 'sqlite' ? 'libsql' : 'pg'} floor of the same run`
    const skipped = dbSkipped(suite, db)
    if (skipped) {
      notMeasured(target, skipped)
      continue
    }
    const sizes = [10_000, 50_000].filter((size) => suite.sizes.includes(size))
    if (sizes.length === 0) {
      notMeasured(target, `neither 10k nor 50k is in --sizes (${listSizes(suite.sizes)})`)
      continue
    }
    const cells = sizes.map((size) => {
      const result = find(suite.results, 'import', 'prepbank', size, db)
      const ratio = result ? overFloor(suite.results, result) : null
      return { size, ratio, text: `${formatSize(size)}: ${ratio === null ? 'no comparison (a case failed)' : `×${ratio.toFixed(2)} the floor's time`}` }
    })
    out.push({ target, measured: cells.map((cell) => cell.text).join(', '), met: cells.every((cell) => cell.ratio !== null && cell.ratio <= 3) })
  }

  // Issue #11: peak RSS of the 50k import under 1 GB.
  for (const db of dbs) {
    const target = `Peak RSS of the 50k import (${dbNames[db]}) < 1 GB`
    const skipped = dbSkipped(suite, db)
    const result = find(suite.results, 'import', 'prepbank', 50_000, db)
    if (skipped) notMeasured(target, skipped)
    else if (!suite.sizes.includes(50_000)) notMeasured(target, `50k is not in --sizes (${listSizes(suite.sizes)})`)
    else if (!result) out.push({ target, measured: 'the 50k import failed', met: false })
    else
      out.push({
        target,
        measured: `${Math.round(result.peakRssMb).toLocaleString('en-US')} MB (whole process; ${Math.round(result.startRssMb)} MB at the start of the step)`,
        met: result.peakRssMb < 1024 && !result.failed,
      })
  }

  // Issue #11: export ≥ 20× plugin-import-export on the same rows; the lowest ratio decides.
  {
    const target = 'Export ≥ 20× plugin-import-export on the same rows (CSV vs CSV, JSON vs JSON)'
    const compared = suite.results.filter((result) => result.kind === 'export' && ['plugin-csv', 'plugin-json'].includes(result.tool))
    const known = compared
      .map((result) => ({ result, ratio: speedup(suite.results, result) }))
      .filter((entry): entry is { result: CaseResult; ratio: number } => entry.ratio !== null)
    const wrong = suite.results.some((result) => result.kind === 'export' && result.failed)
    if (compared.length === 0) notMeasured(target, 'no plugin-import-export export in this run')
    else if (known.length === 0) out.push({ target, measured: 'no comparison could be made', met: false })
    else {
      const low = known.reduce((a, b) => (b.ratio < a.ratio ? b : a))
      out.push({
        target,
        measured: `lowest ×${low.ratio.toFixed(low.ratio < 10 ? 2 : 1)} (${toolNames[low.result.tool]}, ${formatSize(low.result.size)} bank, ${dbNames[dbOf(low.result)]}) over ${known.length} comparison${known.length === 1 ? '' : 's'}${wrong ? ' (rows with incomplete output cannot be compared)' : ''}`,
        met: low.ratio >= 20 && !wrong,
      })
    }
  }

  // Issue #11: export of 10k questions < 300 ms per format; issue #14: the new formats < 1 s at 10k. Per database.
  const exportTargets = [
    { formats: ['json', 'md', 'csv'], limitMs: 300, label: 'Export of 10k questions < 300 ms, each format (JSON, Markdown, CSV; issue #11)' },
    {
      formats: ['anki', 'apkg', 'moodle', 'gift', 'qti'],
      limitMs: 1000,
      label: 'Export of 10k questions < 1 s, each new format (Anki text and package, Moodle XML, GIFT, QTI; issue #14)',
    },
  ]
  for (const { formats, limitMs, label } of exportTargets) {
    for (const db of dbs) {
      const target = `${label}, ${dbNames[db]}`
      const skipped = dbSkipped(suite, db)
      const tenK = formats.map((format) => ({ format, result: find(suite.results, 'export', `prepbank-${format}`, 10_000, db) }))
      const ran = tenK.filter((entry) => entry.result)
      if (skipped) notMeasured(target, skipped)
      else if (!suite.sizes.includes(10_000)) notMeasured(target, `10k is not in --sizes (${listSizes(suite.sizes)})`)
      else if (ran.length === 0) notMeasured(target, 'no export of these formats in this run')
      else {
        const missing = tenK.filter((entry) => !entry.result).map((entry) => entry.format)
        const wrong = ran.filter((entry) => entry.result!.failed).map((entry) => entry.format)
        out.push({
          target,
          measured: `${ran.map(({ format, result }) => `${format} ${formatMs(result!.ms)}`).join(', ')}${missing.length ? `; not measured: ${missing.join(', ')}` : ''}${wrong.length ? ` (incomplete output: ${wrong.join(', ')})` : ''}`,
          met: ran.every((entry) => entry.result!.ms < limitMs) && wrong.length === 0 && missing.length === 0,
        })
      }
    }
  }

  const dashboardTenK = suite.results.find((result) => result.kind === 'dashboard' && result.size === 10_000)
  out.push(
    dashboardTenK
      ? {
          target: 'Dashboard review progress of 10k questions < 1 s warm',
          measured: `${formatMs(dashboardTenK.ms)} (${dashboardTenK.note ?? ''})${dashboardTenK.failed ? `, wrong output: ${dashboardTenK.failed}` : ''}`,
          met: dashboardTenK.ms < 1000 && !dashboardTenK.failed,
        }
      : { target: 'Dashboard review progress of 10k questions < 1 s warm', measured: 'not measured in this run', met: null },
  )
  if ('runs' in suite.http && suite.http.runs.length > 0) {
    const http = suite.http
    // The issue's target: a 50-question bank at 32 connections, ≥ 80 % of the minimal REST read's rate, p99 < 100 ms.
    for (const run of http.runs.filter(
      (entry) => !entry.scenario.startsWith('reference') && (entry.questions ?? http.questions) === 50 && entry.connections === 32,
    )) {
      const reference = restReferenceOf({ http, run })
      const share = reference ? run.requestsPerSecond / reference.requestsPerSecond : null
      out.push({
        target: `HTTP export of 50 questions at 32 connections (${run.scenario}): ≥ 80 % of the minimal REST read's req/s, p99 < 100 ms`,
        measured: `${Math.round(run.requestsPerSecond)} req/s${share === null ? '' : ` (${Math.round(share * 100)} % of ${Math.round(reference!.requestsPerSecond)})`}, p99 ${run.p99Ms} ms, p50 ${run.p50Ms} ms`,
        met: share !== null && share >= 0.8 && run.p99Ms < 100 && run.errors === 0,
      })
    }
  } else
    out.push({
      target: 'HTTP export endpoint p99 < 100 ms at 32 connections',
      measured: 'skipped' in suite.http ? `not measured: ${suite.http.skipped}` : `failed: ${suite.http.error?.split('\n')[0]}`,
      met: null,
    })

  // Issue #11: "Markdown of any shape at 20 MB/s or faster". The remark-parse floor is what the Markdown reader
  // stands on, not a reader of ours: shown beside, out of the verdict.
  const markdownTarget = 'Markdown parse ≥ 20 MB/s, every Markdown shape'
  const markdown = suite.results.filter((result) => result.kind === 'parse' && result.tool.includes('markdown') && !result.tool.includes('remark-parse-floor'))
  const remark = suite.results.filter((result) => result.kind === 'parse' && result.tool.includes('remark-parse-floor'))
  if (markdown.length > 0) {
    const slowest = markdown.reduce((a, b) => (mbPerS(a) < mbPerS(b) ? a : b))
    out.push({
      target: markdownTarget,
      measured: `${markdown.map((result) => `${result.tool.replace('parse-', '')} ${mbPerS(result).toFixed(1)} MB/s`).join(', ')}${remark.length ? `; beside, not judged: ${remark.map((result) => `${result.tool.replace('parse-', '')} ${mbPerS(result).toFixed(1)} MB/s`).join(', ')}` : ''}`,
      met: mbPerS(slowest) >= 20,
    })
  } else notMeasured(markdownTarget, 'no parse case in this run (micro not in --only)')
  return out
}

export const mbPerS = (result: CaseResult): number => (result.bytes ?? 0) / (1024 * 1024) / (result.ms / 1000)

const markdownTable = (header: string[], rows: Row[]): string =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`),
  ].join('\n')

/** Aligned plain text for the terminal. */
export const textTable = (header: string[], rows: Row[]): string => {
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => (row[index] ?? '').length)))
  const line = (row: string[]) => row.map((cell, index) => cell.padEnd(widths[index])).join('  ')
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n')
}

/** The reference run (minimal REST read) on the same server at the same connections. */
const restReferenceOf = ({ http, run }: { http: HttpOutcome; run: HttpOutcome['runs'][number] }) =>
  http.runs.find(
    (entry) =>
      entry.scenario.startsWith('reference') &&
      (entry.questions ?? http.questions) === (run.questions ?? http.questions) &&
      entry.connections === run.connections,
  )

export function httpRows(suite: Suite): Row[] {
  if (!('runs' in suite.http)) return []
  const http = suite.http
  return http.runs.map((run) => {
    const reference = restReferenceOf({ http, run })
    return [
      `${(run.questions ?? http.questions).toLocaleString('en-US')} (${((run.bodyBytes ?? http.bodyBytes) / 1024).toFixed(0)} KB)`,
      run.scenario,
      String(run.connections),
      `${run.durationS} s`,
      run.requests.toLocaleString('en-US'),
      Math.round(run.requestsPerSecond).toLocaleString('en-US'),
      `${run.p50Ms} ms`,
      `${run.p99Ms} ms`,
      `${run.maxMs} ms`,
      reference && !run.scenario.startsWith('reference') ? `${Math.round((run.requestsPerSecond / reference.requestsPerSecond) * 100)} %` : '',
      Object.entries(run.statusCounts)
        .map(([code, count]) => `${code}: ${count}`)
        .join(', '),
      String(run.errors + run.timeouts),
    ]
  })
}

export const httpHeader = [
  'bank (JSON)',
  'scenario',
  'connections',
  'duration',
  'requests',
  'req/s',
  'p50',
  'p99',
  'max',
  'req/s vs REST read',
  'status codes',
  'errors + timeouts',
]

const targetRows = (suite: Suite): Row[] =>
  targets(suite).map((target) => [target.target, target.measured, target.met === null ? 'not measured' : target.met ? 'met' : 'MISSED'])

export function renderText(suite: Suite): string {
  const parts = [[textTable(mainHeader, mainRows(suite)), '', ...databaseLines(suite)].join('\n').trimEnd()]
  const growth = growthRows(suite)
  if (growth.length > 0) parts.push(textTable(growthHeader(suite.sizes), growth))
  if ('runs' in suite.http) parts.push(textTable(httpHeader, httpRows(suite)))
  parts.push(textTable(['target', 'measured', 'verdict'], targetRows(suite)))
  return parts.join('\n\n')
}

/** Which databases the run measured, and why one was left out. */
const databaseLines = (suite: Suite): string[] => {
  const skipped = (['sqlite', 'postgres'] as const).map((db) => ({ db, why: dbSkipped(suite, db) })).filter((entry) => entry.why !== null)
  return skipped.length === 0 ? [] : [...skipped.map(({ db, why }) => `${dbNames[db]}: not measured: ${why}.`), '']
}

export function renderMarkdown({ suite, chartFile, findings }: { suite: Suite; chartFile: string; findings: string }): string {
  const micro = suite.results.filter((result) => result.kind === 'parse' || result.kind === 'exporter')
  const sampled = suite.results.some((result) => result.measured < result.size)
  const lines = [
    '# Benchmark results',
    '',
    `Generated by \`${suite.command}\` (bench/run.ts) on ${suite.finishedAt}; the run took ${Math.round(suite.wallSeconds / 60)} min.${suite.smoke ? ' **Smoke run**: smallest size only, small samples, no timing asserted.' : ''}`,
    '',
    `![time against bank size per tool](${chartFile})`,
    '',
    '## Machine and versions',
    '',
    markdownTable(['', ''], Object.entries(suite.machine)),
    '',
    markdownTable(['package', 'version'], Object.entries(suite.versions)),
    '',
    '## Import and export, side by side',
    '',
    `Same generated bank for every tool (fixed seed; ${suite.sizes.map(formatSize).join(', ')} questions, one hint each). Each row says the database it ran on. "Prepbank speed-up" is Prepbank's questions/s over the tool's on the same database, in this run (for exports, against Prepbank's export in the same format). "Time ÷ raw floor" is an import's time per question over the raw-driver floor of its own database in this run (libsql for SQLite, pg for PostgreSQL; 1 is the floor). Each import is timed once; Prepbank's exports and the export floor are the median of three timed runs after a warm-up (results.json's notes list every run), the plugin's exports are timed once. Peak RSS is the whole process's resident high-water mark during the timed step (Payload included; for exports, the highest of the three runs).`,
    '',
    ...databaseLines(suite),
    markdownTable(mainHeader, mainRows(suite)),
    '',
    ...(sampled
      ? [
          `¹ Sampled: the slow baselines import at most ${suite.sample.toLocaleString('en-US')} questions and the plugin exports at most ${suite.exportSample.toLocaleString('en-US')}. For a larger bank, the sample is imported into (or exported from) a copy of the database that already holds the whole bank, so the rate is the one at that size; the time is the sample's, and the speed-up compares rates. The chart draws these at size ÷ rate, dashed.`,
          '',
        ]
      : []),
    ...(growthRows(suite).length > 0
      ? [
          '## How cost grows with the bank',
          '',
          'Time per question at each size; linear growth keeps it flat (verdict "linear" up to ×1.5).',
          '',
          markdownTable(growthHeader(suite.sizes), growthRows(suite)),
          '',
        ]
      : []),
    '## HTTP export endpoint under load',
    '',
    'skipped' in suite.http
      ? `Not measured in this run: ${suite.http.skipped}.`
      : suite.http.error
        ? `FAILED: ${suite.http.error.split('\n').slice(0, 3).join(' ')}`
        : `\`GET /api/roles/<slug>/export?format=json\` for published banks of ${(suite.http.sizes ?? [suite.http.questions]).map((size) => size.toLocaleString('en-US')).join(' and ')} questions (a server each), production build (\`next start\`) on 127.0.0.1, autocannon in a separate process. Without revalidation each request after the first is served from the export cache for the bank's fingerprint (one query); with \`If-None-Match\` set to the ETag it answers 304 after the same query. The reference row is the cheapest Payload REST read (\`GET /api/levels?limit=1&depth=0\`) on the same server: what Next.js and Payload cost per request before any export work.\n\n${markdownTable(httpHeader, httpRows(suite))}`,
    '',
    '## Targets',
    '',
    markdownTable(['target', 'measured', 'verdict'], targetRows(suite)),
    '',
    ...(micro.length > 0
      ? [
          '## Parser and exporters alone (no database)',
          '',
          'bench/parse.ts (≥ 20 MB generated documents) and bench/export.ts (a generated in-memory bank streamed to a byte counter), each in its own process. They tell the parsing and writing share of an import or export from the database share.',
          '',
          markdownTable(
            ['benchmark', 'questions', 'MB', 'time', 'MB/s', 'RSS growth MB'],
            micro.map((result) => [
              result.tool,
              result.measured.toLocaleString('en-US'),
              ((result.bytes ?? 0) / (1024 * 1024)).toFixed(1),
              formatMs(result.ms),
              mbPerS(result).toFixed(1),
              result.kind === 'exporter' ? String(result.peakRssMb) : '—',
            ]),
          ),
          '',
        ]
      : []),
    ...(suite.failures.length > 0
      ? [
          '## Failures',
          '',
          ...suite.failures.map((failure) => `- **${failure.what}**: \`${failure.error.split('\n').slice(0, 4).join(' ').slice(0, 600)}\``),
          '',
        ]
      : []),
    findings,
  ]
  return `${lines.join('\n').trimEnd()}\n`
}
