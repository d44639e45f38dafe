import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { User } from '../payload-types'
import type { Bank, Layout } from '../../format/model'
import type { Diagnostic, ImportReport } from './report'

import { sha256 } from '../../format/content-hash'
import { deriveWorkingTitle } from '../../importers/hint-lead-in'
import { storedPromptFor } from '../content/derivedFields'
import { readEnv } from '../config/env'
import { applyImportPlan } from './applyImportPlan'
import { findImportDuplicates, skipDuplicates } from './findDuplicates'
import { acquireImportLock } from './importLock'
import { parseInWorker } from './parseInWorker'
import { parseSlotsOf } from './parseSlots'
import { planImport, planNewBank } from './planImport'
import { validateBankFields } from './validateFields'

export type ImportDocumentOptions = {
  payload: Payload
  input: Uint8Array | string
  fileName: string
  /** The editor importing; absent for trusted server code (CLI, seeding). */
  user?: (User & { collection: 'users' }) | null
  dryRun?: boolean
  layout?: Layout | 'auto'
  roleName?: string
  maxBytes?: number
  /** A dry run against a database that does not exist yet (the CLI's preview): every question is new, nothing is read. */
  emptyDatabase?: boolean
  onProgress?: (progress: { done: number; total: number }) => void
  /** How long to wait for another import of the same database (default PREPBANK_IMPORT_WAIT_MS). */
  lockWaitMs?: number
  /** Told once when another import holds the database and this one waits. */
  onLockWait?: (message: string) => void
  /** Leave out new questions that likely duplicate stored ones: all of them (true) or those at these "line:column" keys. */
  skipDuplicates?: boolean | readonly string[]
}

const emptyCounts = () => ({ created: 0, updated: 0, unchanged: 0, proposed: 0 })

const previewLimit = 500

/** The parsed bank as the admin's Import view shows it before the editor confirms. */
const previewBank = (bank: Bank): NonNullable<ImportReport['preview']> => {
  let budget = previewLimit
  return bank.levels.map((level) => {
    const questions = level.questions.slice(0, Math.max(0, budget))
    budget -= questions.length
    return {
      name: level.name,
      questions: questions.map((question) => ({
        line: question.position.start.line,
        column: question.position.start.column,
        title: question.prompt ?? (question.hints[0] ? deriveWorkingTitle({ hint: question.hints[0].text }) : 'Needs wording'),
        needsWording: question.prompt === null,
        hints: question.hints.map((hint) => hint.text),
      })),
    }
  })
}

/** The report of an import refused because the server is busy with others: nothing parsed, nothing written. */
const busyReport = ({
  fileName,
  documentHash,
  dryRun,
  ruleId,
  message,
}: {
  fileName: string
  documentHash: string
  dryRun: boolean
  ruleId: 'import-busy' | 'parse-busy'
  message: string
}): ImportReport => ({
  fileName,
  documentHash,
  layout: null,
  outcome: 'failed',
  dryRun,
  role: null,
  levels: [],
  questions: 0,
  counts: emptyCounts(),
  errors: 1,
  warnings: 0,
  diagnostics: [{ line: null, column: null, severity: 'error', ruleId, message }],
  importRunId: null,
})

/**
 * The bank with every prompt as it is stored (code and options under the
 * wording, src/content/derivedFields.ts), once, before validation, content
 * hashes, planning and both write paths read it.
 */
const withStoredPrompts = (bank: Bank): Bank => ({
  ...bank,
  levels: bank.levels.map((level) => ({
    ...level,
    questions: level.questions.map((question) => ({ ...question, prompt: storedPromptFor(question) })),
  })),
})

const describeLevels = (bank: Bank | null) =>
  bank?.levels.map((level) => ({ name: level.name, questions: level.questions.length, declared: level.declaredCount })) ?? []

/**
 * Parses one document and writes it as draft questions, all or nothing.
 * The same document imported again changes nothing and says so.
 */
const importUnlocked = async ({
  payload,
  input,
  fileName,
  user = null,
  dryRun = false,
  layout = 'auto',
  roleName,
  maxBytes,
  emptyDatabase = false,
  onProgress,
  skipDuplicates: skip = false,
}: ImportDocumentOptions): Promise<ImportReport> => {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input
  const documentHash = sha256(bytes)
  // On a worker thread, within a time and memory budget: a document can never block the server.
  // A bounded number of workers at once: a burst of imports waits, or is refused when too many wait.
  const releaseSlot = await parseSlotsOf(payload).acquire()
  if (!releaseSlot) return busyReport({ fileName, documentHash, dryRun, ruleId: 'parse-busy', message: 'The server is parsing as many documents as it may at once, and more are waiting. Nothing was written. Try again in a few seconds.' })
  const parsed = await parseInWorker({ input: bytes, options: { path: fileName, layout, roleName, maxBytes } }).finally(releaseSlot)
  const diagnostics: Diagnostic[] = parsed.diagnostics
  const bank = parsed.bank && withStoredPrompts(parsed.bank)
  const report: ImportReport = {
    fileName,
    documentHash,
    layout: parsed.layout,
    outcome: 'failed',
    dryRun,
    role: bank ? { id: null, name: bank.role.name, slug: '' } : null,
    levels: describeLevels(bank),
    questions: bank?.levels.reduce((sum, level) => sum + level.questions.length, 0) ?? 0,
    counts: emptyCounts(),
    errors: parsed.errors,
    warnings: parsed.warnings,
    diagnostics,
    importRunId: null,
  }

  const recordRun = async ({ req, outcome }: { req?: PayloadRequest; outcome: 'imported' | 'unchanged' | 'failed' }) =>
    payload.create({
      collection: 'import-runs',
      data: {
        fileName,
        documentHash,
        layout: parsed.layout,
        role: report.role?.id ? (report.role.id as number) : undefined,
        startedBy: user?.id,
        outcome,
        counts: report.counts,
        diagnostics: report.diagnostics,
      },
      overrideAccess: true,
      req,
    })

  if (!bank || parsed.errors > 0) {
    if (!dryRun) report.importRunId = (await recordRun({ outcome: 'failed' })).id
    return report
  }

  // The admin's field validation (lengths, required values) before anything is planned or written.
  const invalid = await validateBankFields({ payload, bank, req: await createLocalReq({ user: user ?? undefined }, payload) })
  if (invalid.length > 0) {
    report.diagnostics.push(...invalid)
    report.errors += invalid.length
    if (!dryRun) report.importRunId = (await recordRun({ outcome: 'failed' })).id
    return report
  }

  const planned = emptyDatabase && dryRun ? planNewBank({ bank }) : await planImport({ payload, bank })
  // With no database yet there is nothing to duplicate.
  report.duplicates = emptyDatabase && dryRun ? [] : await findImportDuplicates({ payload, plan: planned })
  const { plan, skipped } = skipDuplicates({ plan: planned, duplicates: report.duplicates, keys: Array.isArray(skip) ? skip : [], all: skip === true })
  report.skippedDuplicates = skipped
  report.diagnostics.push(...plan.diagnostics)
  report.warnings += plan.diagnostics.length
  report.counts = plan.counts
  report.role = { id: plan.role.existing?.id ?? null, name: plan.role.name, slug: plan.role.slug }
  if (dryRun) {
    report.outcome = 'dry-run'
    report.preview = previewBank(bank)
    return report
  }
  if (plan.counts.created + plan.counts.updated + plan.counts.proposed === 0 && plan.role.existing) {
    report.outcome = 'unchanged'
    report.importRunId = (await recordRun({ outcome: 'unchanged' })).id
    return report
  }

  const req = await createLocalReq({ user: user ?? undefined }, payload)
  await initTransaction(req)
  try {
    const run = await recordRun({ req, outcome: 'imported' })
    const { roleId } = await applyImportPlan({
      payload,
      plan,
      req,
      provenance: { fileName, documentHash, importRunId: run.id },
      roleMeta: { title: bank.role.title, summary: bank.role.summary },
      onProgress,
    })
    await payload.update({ collection: 'import-runs', id: run.id, data: { role: roleId as number }, overrideAccess: true, req })
    await commitTransaction(req)
    report.outcome = 'imported'
    report.role = { ...report.role, id: roleId }
    report.importRunId = run.id
    return report
  } catch (error) {
    await killTransaction(req)
    report.outcome = 'failed'
    report.errors += 1
    report.counts = emptyCounts()
    report.diagnostics.push({
      line: null,
      column: null,
      severity: 'error',
      ruleId: 'write-failed',
      message: `Nothing was written: ${error instanceof Error ? error.message : String(error)}`,
    })
    report.importRunId = (await recordRun({ outcome: 'failed' })).id
    return report
  }
}

/**
 * One import at a time per database (src/import/importLock.ts): a second one
 * waits, then is refused with a message naming the first. Dry runs write
 * nothing and need no lock.
 */
export const importDocument = async (options: ImportDocumentOptions): Promise<ImportReport> => {
  if (options.dryRun) return importUnlocked(options)
  const lock = await acquireImportLock({
    payload: options.payload,
    fileName: options.fileName,
    waitMs: options.lockWaitMs ?? readEnv().PREPBANK_IMPORT_WAIT_MS,
    onWait: options.onLockWait,
  })
  if ('refused' in lock) {
    const bytes = typeof options.input === 'string' ? new TextEncoder().encode(options.input) : options.input
    return busyReport({ fileName: options.fileName, documentHash: sha256(bytes), dryRun: false, ruleId: 'import-busy', message: lock.refused })
  }
  try {
    return await importUnlocked(options)
  } finally {
    lock.release()
  }
}
