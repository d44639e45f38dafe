import type { Payload } from 'payload'

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { importDocument } from '../import/importDocument'

const examplesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples')

/**
 * A newcomer's first run should show real banks, as drafts, straight away:
 * the example documents are imported into an empty development database.
 */
export const seedExampleBanks = async ({ payload }: { payload: Payload }): Promise<void> => {
  if (process.env.NODE_ENV === 'production' || process.env.PREPBANK_SEED_EXAMPLES === 'false') return
  const { totalDocs } = await payload.count({ collection: 'roles' })
  if (totalDocs > 0 || !fs.existsSync(examplesDir)) return
  const names = fs.readdirSync(examplesDir).sort()
  const started = Date.now()
  // The first run waits on this: say what is going on.
  payload.logger.info(`First run: importing ${names.length} example banks from examples/ as drafts…`)
  for (const [index, name] of names.entries()) {
    const report = await importDocument({ payload, input: fs.readFileSync(path.join(examplesDir, name)), fileName: name })
    payload.logger.info(
      `Example bank ${index + 1}/${names.length} ${name}: ${report.outcome}, ${report.questions} questions, ${report.warnings} warnings`,
    )
  }
  payload.logger.info(`Example banks imported in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
