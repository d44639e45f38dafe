/**
 * One measurement in its own process (a fresh Payload on its own SQLite
 * file, or on the PostgreSQL database `--database` names), started by bench/run.ts; prints one BENCH_RESULT line of JSON.
 *
 *   NODE_OPTIONS=--conditions=production npx tsx bench/case.ts import-prepbank --size 1000
 */
import { parseArgs } from 'node:util'

import type { CaseArgs, CaseResult } from './lib/types'

import { duplicatesCase } from './cases/duplicates'
import { dashboard } from './cases/dashboard'
import { exportPlugin, exportPrepbank } from './cases/export'
import { importCli, importLibsqlRaw, importPayloadCreate, importPgRaw, importPlugin, importPrepbank } from './cases/import'
import { microExporters, microParse, microParseLarge } from './cases/micro'
import { seedHttp } from './cases/seed-http'
import { emitResult } from './lib/measure'

export const cases: Record<string, (args: CaseArgs) => Promise<CaseResult | CaseResult[]>> = {
  'import-prepbank': importPrepbank,
  'import-plugin': importPlugin,
  'import-payload-create': importPayloadCreate,
  'import-libsql-raw': importLibsqlRaw,
  'import-pg-raw': importPgRaw,
  'import-cli': importCli,
  'export-prepbank': exportPrepbank,
  'export-plugin': exportPlugin,
  'seed-http': seedHttp,
  'micro-parse': microParse,
  'micro-parse-large': microParseLarge,
  'micro-exporters': microExporters,
  duplicates: duplicatesCase,
  dashboard,
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    size: { type: 'string', default: '1000' },
    sample: { type: 'string', default: '1000' },
    format: { type: 'string' },
    template: { type: 'string' },
    'template-out': { type: 'string' },
    dir: { type: 'string' },
    /** A PostgreSQL database URI: run the case there (the orchestrator made the database and drops it afterwards). */
    database: { type: 'string' },
  },
})
const caseName = positionals[0] ?? ''
const run = cases[caseName]
if (!run) {
  console.error(`Unknown case "${caseName}"; one of: ${Object.keys(cases).join(', ')}`)
  process.exit(2)
}
const results = await run({
  caseName,
  size: Number(values.size),
  sample: Number(values.sample),
  format: values.format,
  template: values.template,
  templateOut: values['template-out'],
  dir: values.dir,
  database: values.database,
})
const db = values.database ? 'postgres' : 'sqlite'
for (const result of [results].flat()) emitResult(['import', 'export', 'dashboard'].includes(result.kind) ? { ...result, db } : result)
// Payload keeps handles open (libsql, timers): the measurement is done, leave now.
process.exit(0)
