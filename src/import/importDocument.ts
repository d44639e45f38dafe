import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { User } from '../payload-types'
import type { Bank, Layout } from '../../format/model'
import type { Diagnostic, ImportReport } from './report'

import { sha256 } from '../../format/content-hash'
import { deriveWorkingTitle } from '../../importers/hint-lead-in'
import { diagnosticsToJson } from '../../importers/diagnostics'
import { parseBank } from '../../importers/parse'
import { applyImportPlan } from './applyImportPlan'
import { findImportDuplicates, skipDuplicates } from './findDuplicates'
import { planImport } from './planImport'

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
  onProgress?: (progress: { done: number; total: number }) => void
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

const describeLevels = (bank: Bank | null) =>
  bank?.levels.map((level) => ({ name: level.name, questions: level.questions.length, declared: level.declaredCount })) ?? []

/**
 * Parses one document and writes it as draft questions, all or nothing.
 * The same document imported again changes nothing and says so.
 */
export const importDocument = async ({
  payload,
  input,
  fileName,
  user = null,
  dryRun = false,
  layout = 'auto',
  roleName,
  maxBytes,
  onProgress,
  skipDuplicates: skip = false,
}: ImportDocumentOptions): Promise<ImportReport> => {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input
  const documentHash = sha256(bytes)
  const parsed = parseBank(bytes, { path: fileName, layout, roleName, maxBytes })
  const diagnostics: Diagnostic[] = diagnosticsToJson(parsed.file)
  const { bank } = parsed
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

  const planned = await planImport({ payload, bank })
  report.duplicates = await findImportDuplicates({ payload, plan: planned })
  const { plan, skipped } = skipDuplicates({ plan: planned, duplicates: report.duplicates, keys: Array.isArray(skip) ? skip : [], all: skip === true })
  report.skippedDuplicates = skipped
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
