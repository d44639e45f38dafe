/**
 * The dashboard's review progress (src/review/progress.ts) on a bank of
 * --size questions, read as a reviewer with access enforced, as the admin's
 * dashboard reads it on every visit. Untimed setup: the bank imported by
 * Prepbank's importer and half of it approved and published, the other half
 * left as drafts with every third prompt removed (needs wording), so every
 * count is exercised. One warm-up read, then the median of five, beside the
 * floor: the cheapest read of the same bank, `payload.count` of its
 * questions, measured the same way (the ratio is what a loaded machine
 * cannot blur).
 */
import type { CaseArgs, CaseResult } from '../lib/types'

import { importDocument } from '../../src/import/importDocument'
import { loadReviewProgress } from '../../src/review/progress'
import { createUser } from '../../test/helpers/payload'
import { bankMarkdown, generateBank } from '../lib/data'
import { measureMedian, stepFigures } from '../lib/measure'
import { bootPayload, freshDir } from '../lib/payload'
import { libsqlOf, publishRoleBank } from '../lib/seed'

export const dashboard = async ({ size }: CaseArgs): Promise<CaseResult> => {
  const dir = freshDir(`dashboard-${size}`)
  const { payload, close } = await bootPayload({ config: 'app', dir })
  const document = await bankMarkdown(generateBank({ size }))
  // A 50k bank (about 20 MB) is past the endpoint's default limit, as for the import cases.
  const report = await importDocument({ payload, input: document, fileName: 'benchmark-bank.md', maxBytes: Buffer.byteLength(document) })
  if (report.outcome !== 'imported' || !report.role?.id)
    throw new Error(`seeding the dashboard bank: ${report.outcome}: ${JSON.stringify(report.diagnostics.slice(0, 3))}`)
  await publishRoleBank({ payload, roleId: report.role.id })
  // Mixed states without a save per row (setup only): the newer half back to draft, every third of those without a prompt.
  const db = libsqlOf(payload)
  const half = Math.floor(size / 2)
  await db.execute({ sql: `UPDATE questions SET review_status = 'draft', _status = 'draft' WHERE id > ?`, args: [half] })
  await db.execute({ sql: `UPDATE _questions_v SET version_review_status = 'draft', version__status = 'draft' WHERE parent_id > ?`, args: [half] })
  await db.execute({ sql: `UPDATE questions SET prompt = NULL, needs_wording = 1 WHERE id > ? AND id % 3 = 0`, args: [half] })
  await db.execute({ sql: `UPDATE _questions_v SET version_prompt = NULL, version_needs_wording = 1 WHERE parent_id > ? AND parent_id % 3 = 0`, args: [half] })
  const reviewer = await createUser({ payload, roles: ['reviewer'] })

  const read = () => loadReviewProgress({ payload, user: reviewer })
  const warm = await read()
  const median = await measureMedian({ step: read, runs: 5 })
  await payload.count({ collection: 'questions' })
  const floor = await measureMedian({ step: () => payload.count({ collection: 'questions' }), runs: 5 })
  const [progress] = warm
  await close()
  const failed =
    progress?.total !== size
      ? `the dashboard counted ${progress?.total} of ${size} questions`
      : progress.needsWording === 0 || progress.exportable === 0
        ? 'the mixed states did not show in the counts'
        : undefined
  return {
    kind: 'dashboard',
    tool: 'review-progress',
    size,
    measured: size,
    ...stepFigures(median),
    note:
      `median of 5 warm reads, ${Math.round(median.cpuMs)} ms CPU; ×${(median.ms / floor.ms).toFixed(1)} the floor ` +
      `(payload.count of the questions, ${floor.ms.toFixed(1)} ms); ${progress?.exportable} exportable, ${progress?.needsWording} need wording`,
    failed,
  }
}
