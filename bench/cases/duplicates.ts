/**
 * Near-duplicate detection (src/duplicates), at a bank of `size` questions:
 *
 * - build: the index rebuilt from the database (every question, the hints of
 *   hint-only drafts, MinHash + LSH), the median of three;
 * - check: one incoming question checked, 1,000 times over questions of
 *   another seed: through checkIncomingQuestions (with the look at the
 *   database for changes, as the admin and the import do) and against the
 *   built index alone;
 * - import: a 1,000-question document imported into that bank, against the
 *   duplicate step alone on the same document (index refresh + 1,000 checks):
 *   the share of the import that the check costs.
 *
 * Setup (untimed): the bank's rows written straight through libsql as the
 * bulk importer leaves them (draft question and hint with their version
 * rows); one question in five is a hint-only draft, as in examples/.
 */
import type { CaseArgs, CaseResult } from '../lib/types'

import { workingTitleFor } from '../../src/content/derivedFields'
import { deriveWorkingTitle } from '../../importers/hint-lead-in'
import { findImportDuplicates } from '../../src/import/findDuplicates'
import { importDocument } from '../../src/import/importDocument'
import { planImport } from '../../src/import/planImport'
import { parseBank } from '../../importers/parse'
import { createDuplicateIndex } from '../../src/duplicates/index'
import { checkIncomingQuestions, freshDuplicateIndex, rebuildDuplicateIndex } from '../../src/duplicates/service'
import { bankMarkdown, benchSeed, generateBank } from '../lib/data'
import { measure } from '../lib/measure'
import { bootPayload, freshDir } from '../lib/payload'
import { countRows, ensureRoleAndLevels, libsqlOf } from '../lib/seed'

const checks = 1000
const importSize = 1000

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** This process's CPU time, ms: on a loaded machine it says what a step costs better than the wall clock. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

export const duplicatesCase = async ({ size }: CaseArgs): Promise<CaseResult[]> => {
  const bank = generateBank({ size })
  const dir = freshDir(`duplicates-${size}`)
  const { payload, close } = await bootPayload({ config: 'app', dir })
  const { role, levels } = await ensureRoleAndLevels({ payload, bank })

  const now = new Date().toISOString()
  const questionColumns = ['role_id', 'level_id', 'position', 'prompt', 'working_title', 'hint_title', 'needs_wording', 'review_status', 'stable_id', 'updated_at', 'created_at', '_status']
  const hintColumns = ['question_id', 'position', 'text', 'plain_text', 'markdown', 'review_status', 'updated_at', 'created_at', '_status']
  const insert = (table: string, columns: string[]) => `INSERT INTO ${table} (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`
  const versioned = (columns: string[]) => ['parent_id', ...columns.map((column) => `version_${column}`), 'latest', 'created_at', 'updated_at']
  const transaction = await libsqlOf(payload).transaction('write')
  try {
    for (const [index, question] of bank.questions.entries()) {
      const hintOnly = index % 5 === 4
      const hintTitle = hintOnly ? deriveWorkingTitle({ hint: question.hint }) : null
      const title = workingTitleFor({ prompt: hintOnly ? null : question.prompt, hintTitle })
      const values = [role.id, levels.get(question.levelSlug)!.id, question.position, hintOnly ? null : question.prompt, title.workingTitle, hintTitle, title.needsWording ? 1 : 0, 'draft', question.stableId, now, now, 'draft']
      const questionId = Number((await transaction.execute({ sql: insert('questions', questionColumns), args: values })).lastInsertRowid)
      await transaction.execute({ sql: insert('_questions_v', versioned(questionColumns)), args: [questionId, ...values, 1, now, now] })
      const hintValues = [questionId, 1, '{"root":{"type":"root","children":[],"direction":null,"format":"","indent":0,"version":1}}', question.hint, question.hint, 'draft', now, now, 'draft']
      const hintId = Number((await transaction.execute({ sql: insert('hints', hintColumns), args: hintValues })).lastInsertRowid)
      await transaction.execute({ sql: insert('_hints_v', versioned(hintColumns)), args: [hintId, ...hintValues, 1, now, now] })
    }
    await transaction.commit()
  } finally {
    transaction.close()
  }
  if ((await countRows({ payload, table: 'questions' })) !== size) throw new Error(`seeding ${size} questions failed`)

  // The index alone, built from the generated texts without reading the database.
  let cpu = cpuMs()
  const inMemory = await measure(async () => {
    const index = createDuplicateIndex()
    bank.questions.forEach((question, position) =>
      index.upsert({ id: position, title: '', text: position % 5 === 4 ? { prompt: null, hints: [question.hint] } : { prompt: question.prompt } }),
    )
    return index.size
  })
  const inMemoryCpu = cpuMs() - cpu

  const builds: { ms: number; cpu: number; questions: number }[] = []
  for (let run = 0; run < 3; run += 1) {
    const cpu = cpuMs()
    const built = await rebuildDuplicateIndex({ payload })
    builds.push({ ms: built.milliseconds, cpu: cpuMs() - cpu, questions: built.questions })
  }
  if (builds[0].questions !== size) throw new Error(`the index holds ${builds[0].questions} of ${size} questions`)
  const buildMs = median(builds.map((build) => build.ms))

  const incoming = generateBank({ size: checks, seed: benchSeed + 1 }).questions.map((question, index) =>
    index % 5 === 4 ? { prompt: null, hints: [question.hint] } : { prompt: question.prompt, hints: [question.hint] },
  )
  cpu = cpuMs()
  const viaService = await measure(async () => {
    for (const question of incoming) await checkIncomingQuestions({ payload, questions: [question] })
  })
  const viaServiceCpu = cpuMs() - cpu
  const { index } = await freshDuplicateIndex({ payload })
  cpu = cpuMs()
  const indexOnly = await measure(async () => {
    let found = 0
    for (const question of incoming) found += index.check({ text: question }).length
    return found
  })
  const indexOnlyCpu = cpuMs() - cpu

  // The import: a document of another seed and another role, into the bank.
  const document = (await bankMarkdown(generateBank({ size: importSize, seed: benchSeed + 2 }))).replaceAll('Benchmark Specialist', 'Imported Specialist').replaceAll('benchmark-specialist', 'imported-specialist')
  const parsed = parseBank(new TextEncoder().encode(document), { path: 'incoming.md', maxBytes: Buffer.byteLength(document) })
  const plan = await planImport({ payload, bank: parsed.bank! })
  cpu = cpuMs()
  const checkStep = await measure(() => findImportDuplicates({ payload, plan }))
  const checkCpu = cpuMs() - cpu
  cpu = cpuMs()
  const importStep = await measure(() => importDocument({ payload, input: document, fileName: 'incoming.md', maxBytes: Buffer.byteLength(document) }))
  const importCpu = cpuMs() - cpu
  if (importStep.value.outcome !== 'imported' || importStep.value.counts.created !== importSize) {
    throw new Error(`import of ${importSize} into the ${size} bank: ${importStep.value.outcome}, ${importStep.value.counts.created} created`)
  }
  await close()

  const base = { kind: 'duplicates', size, peakIsStepOnly: true, startRssMb: 0 }
  const share = checkStep.ms / (importStep.ms - checkStep.ms)
  return [
    { ...base, tool: 'duplicates-build-memory', measured: inMemory.value, ms: inMemory.ms, peakRssMb: inMemory.peakRssMb, note: `index built from the texts alone; CPU ${Math.round(inMemoryCpu)} ms` },
    { ...base, tool: 'duplicates-build', measured: size, ms: buildMs, peakRssMb: 0, note: `rebuild from the database, median of ${builds.map((build) => Math.round(build.ms)).join(', ')} ms; CPU ${builds.map((build) => Math.round(build.cpu)).join(', ')} ms` },
    { ...base, tool: 'duplicates-check', measured: checks, ms: viaService.ms / checks, peakRssMb: viaService.peakRssMb, note: `ms per incoming question, with the refresh from the database; CPU ${(viaServiceCpu / checks).toFixed(2)} ms` },
    { ...base, tool: 'duplicates-check-index', measured: checks, ms: indexOnly.ms / checks, peakRssMb: indexOnly.peakRssMb, note: `ms per incoming question, index alone; CPU ${(indexOnlyCpu / checks).toFixed(3)} ms; ${indexOnly.value} matches` },
    { ...base, tool: 'duplicates-import-check', measured: importSize, ms: checkStep.ms, peakRssMb: checkStep.peakRssMb, note: `duplicate step of a ${importSize}-question import; CPU ${Math.round(checkCpu)} ms` },
    {
      ...base,
      tool: 'duplicates-import',
      measured: importSize,
      preloaded: size,
      ms: importStep.ms,
      peakRssMb: importStep.peakRssMb,
      note: `whole import including the check (CPU ${Math.round(importCpu)} ms); the check adds ${(share * 100).toFixed(1)}% to the rest by the wall clock, ${((checkCpu / (importCpu - checkCpu)) * 100).toFixed(1)}% by CPU (${importStep.value.duplicates?.length ?? 0} incoming questions flagged)`,
    },
  ]
}
