/**
 * Seeds the database the HTTP load test's production server reads: run with
 * NODE_ENV=production, so that Payload applies the committed migrations (as
 * `next start` does) instead of pushing a schema, then imports the bank with
 * Prepbank's importer and publishes it (bench/lib/seed.ts).
 */
import type { CaseArgs, CaseResult } from '../lib/types'

import { importDocument } from '../../src/import/importDocument'
import { bankMarkdown, generateBank } from '../lib/data'
import { measure } from '../lib/measure'
import { bootPayload } from '../lib/payload'
import { countRows, publishRoleBank } from '../lib/seed'

export const seedHttp = async ({ size, dir }: CaseArgs): Promise<CaseResult> => {
  if (process.env.NODE_ENV !== 'production') throw new Error('seed-http runs with NODE_ENV=production (migrations, as the server)')
  if (!dir) throw new Error('seed-http needs --dir')
  const bank = generateBank({ size })
  const { payload, close } = await bootPayload({ config: 'app', dir })
  const step = await measure(async () => {
    const report = await importDocument({ payload, input: await bankMarkdown(bank), fileName: 'benchmark-bank.md' })
    if (report.outcome !== 'imported' || !report.role?.id) throw new Error(`seeding the HTTP bank: ${report.outcome}`)
    await publishRoleBank({ payload, roleId: report.role.id })
  })
  const published = await countRows({ payload, table: 'questions', where: `WHERE _status = 'published'` })
  if (published !== size) throw new Error(`seeding the HTTP bank: ${published} of ${size} published`)
  await close()
  return { kind: 'seed', tool: 'seed-http', size, measured: size, ms: step.ms, peakRssMb: step.peakRssMb, startRssMb: step.startRssMb, peakIsStepOnly: step.peakIsStepOnly }
}
