import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'

import type { ImportReport } from '../import/report'

import { layoutSchema } from '../../format/model'
import { counted } from '../../importers/diagnostics'
import { importDocument } from '../import/importDocument'
import { startCliPayload } from './payload'
import { progressBar } from './progress'
import { UsageError } from './usage'

const importArgsSchema = z.object({
  files: z.array(z.string()).min(1, 'give at least one file to import'),
  dryRun: z.boolean(),
  json: z.boolean(),
  role: z.string().min(1).optional(),
  layout: z.union([layoutSchema, z.literal('auto')]),
  skipDuplicates: z.boolean(),
})

const parseImportArgs = (argv: string[]) => {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        role: { type: 'string' },
        layout: { type: 'string', default: 'auto' },
        'skip-duplicates': { type: 'boolean', default: false },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const result = importArgsSchema.safeParse({
    files: parsed.positionals,
    dryRun: parsed.values['dry-run'],
    json: parsed.values.json,
    role: parsed.values.role,
    layout: parsed.values.layout,
    skipDuplicates: parsed.values['skip-duplicates'],
  })
  if (!result.success) throw new UsageError(result.error.issues.map((issue) => `${issue.path.join('.') || 'arguments'}: ${issue.message}`).join('; '))
  return result.data
}

/** 1 GiB: far above any bank (50k questions are about 20 MB), still a bound on what is read into memory. */
const cliMaxBytes = 1024 * 1024 * 1024

const formatReport = (report: ImportReport): string => {
  const lines = report.diagnostics.map((diagnostic) => {
    const place = diagnostic.line ? `${report.fileName}:${diagnostic.line}:${diagnostic.column ?? 1}` : report.fileName
    return `${place}: ${diagnostic.severity}: ${diagnostic.message} [${diagnostic.ruleId}]`
  })
  const { created, updated, unchanged, proposed } = report.counts
  const verdict = {
    imported: `imported ${counted({ count: report.questions, noun: 'question' })} into "${report.role?.name}"`,
    unchanged: `unchanged: "${report.role?.name}" already holds this document, nothing written`,
    'dry-run': `dry run: would import ${counted({ count: report.questions, noun: 'question' })} into "${report.role?.name}"`,
    failed: 'failed: nothing written',
  }[report.outcome]
  const counts = report.outcome === 'failed' ? '' : ` (${created} created, ${updated} updated, ${proposed} proposed over approved wording, ${unchanged} unchanged)`
  const duplicates = (report.duplicates ?? []).map(
    (duplicate) =>
      `${report.fileName}:${duplicate.line}:${duplicate.column}: likely duplicate: ${duplicate.matches.map((match) => `#${match.id} "${match.title}" (${match.score.toFixed(2)})`).join(', ')}`,
  )
  const skipped = report.skippedDuplicates ? `; ${report.skippedDuplicates} likely duplicates skipped` : ''
  return [...lines, ...duplicates, `${report.fileName}: ${verdict}${counts}${skipped}; ${counted({ count: report.errors, noun: 'error' })}, ${counted({ count: report.warnings, noun: 'warning' })}`].join('\n')
}

export const runImportCommand = async (argv: string[]): Promise<number> => {
  const args = parseImportArgs(argv)
  const missing = args.files.filter((file) => !fs.existsSync(file) || !fs.statSync(file).isFile())
  if (missing.length) throw new UsageError(`no such file: ${missing.join(', ')}`)

  const { payload, emptyDatabase } = await startCliPayload({ preview: args.dryRun })
  const reports: ImportReport[] = []
  try {
    for (const file of args.files) {
      const bar = progressBar({ label: path.basename(file) })
      const report = await importDocument({
        payload,
        input: fs.readFileSync(file),
        fileName: path.basename(file),
        dryRun: args.dryRun,
        layout: args.layout,
        roleName: args.role,
        // The HTTP endpoint keeps its limit; a file on the importer's own disk may be as large as a bank gets.
        maxBytes: cliMaxBytes,
        emptyDatabase,
        onProgress: bar.update,
        onLockWait: (message) => process.stderr.write(`${path.basename(file)}: ${message}\n`),
        skipDuplicates: args.skipDuplicates,
      })
      reports.push(report)
      if (!args.json) process.stdout.write(`${formatReport(report)}\n`)
    }
  } finally {
    await payload.destroy()
  }
  if (args.json) process.stdout.write(`${JSON.stringify(args.files.length === 1 ? reports[0] : reports, null, 2)}\n`)
  return reports.some((report) => report.outcome === 'failed') ? 1 : 0
}
