import fs from 'node:fs'
import type { Writable } from 'node:stream'
import { parseArgs } from 'node:util'
import { z } from 'zod'

import type { ExportChunk } from '../../exporters'

import { csvProfiles, exportBank, exportFormats, lossReportFor } from '../../exporters'
import { bankSourceFromPayload } from '../export/bankSource'
import { sourceFromSnapshot } from '../release/releaseSource'
import { startCliPayload } from './payload'
import { UsageError } from './usage'

const list = z
  .string()
  .optional()
  .transform((value) => (value ? value.split(',').map((item) => item.trim()).filter(Boolean) : []))

const exportArgsSchema = z.object({
  role: z.string({ error: '--role <slug> is required' }).min(1),
  report: z.boolean().default(false),
  format: z.enum(exportFormats, { error: `--format must be one of ${exportFormats.join(', ')}` }),
  release: z.coerce.number().int().positive().optional(),
  levels: list,
  tags: list,
  csvProfile: z.enum(csvProfiles).default('standard'),
  out: z.string().min(1).optional(),
})

const parseExportArgs = (argv: string[]) => {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        role: { type: 'string' },
        format: { type: 'string', default: 'json' },
        release: { type: 'string' },
        levels: { type: 'string' },
        tags: { type: 'string' },
        'csv-profile': { type: 'string' },
        out: { type: 'string' },
        report: { type: 'boolean' },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  // The loss report describes a format, not a bank: it needs no role.
  const values = parsed.values.report && parsed.values.role === undefined ? { ...parsed.values, role: '-' } : parsed.values
  const result = exportArgsSchema.safeParse({ ...values, csvProfile: parsed.values['csv-profile'] })
  if (!result.success) throw new UsageError(result.error.issues.map((issue) => issue.message).join('; '))
  return result.data
}

/** Writes chunks with backpressure, to a file or to stdout. */
const writeAll = async ({ chunks, target }: { chunks: AsyncIterable<ExportChunk>; target: Writable }) => {
  for await (const chunk of chunks) {
    if (!target.write(chunk)) await new Promise((resolve) => target.once('drain', resolve))
  }
}

export const runExportCommand = async (argv: string[]): Promise<number> => {
  const args = parseExportArgs(argv)
  if (args.report) {
    // What the format cannot carry, as JSON (exporters/loss.ts); nothing is exported.
    process.stdout.write(`${JSON.stringify(lossReportFor({ format: args.format }), null, 2)}\n`)
    return 0
  }
  const { payload } = await startCliPayload()
  try {
    const { docs } = await payload.find({ collection: 'roles', where: { slug: { equals: args.role } }, limit: 1, depth: 0 })
    const role = docs[0]
    if (!role) {
      process.stderr.write(`prepbank: no role with slug "${args.role}"\n`)
      return 1
    }
    let source
    if (args.release) {
      const releases = await payload.find({
        collection: 'releases',
        where: { and: [{ role: { equals: role.id } }, { version: { equals: args.release } }] },
        limit: 1,
        depth: 0,
      })
      const release = releases.docs[0]
      if (!release) {
        process.stderr.write(`prepbank: "${args.role}" has no release ${args.release}\n`)
        return 1
      }
      source = sourceFromSnapshot({ snapshot: release.snapshot })
    } else {
      source = await bankSourceFromPayload({ payload, role, selection: { levels: args.levels, tags: args.tags } })
    }
    const target = args.out ? fs.createWriteStream(args.out) : process.stdout
    await writeAll({ chunks: exportBank({ source, format: args.format, csvProfile: args.csvProfile }), target })
    if (args.out) await new Promise<void>((resolve, reject) => (target as fs.WriteStream).end((error?: Error | null) => (error ? reject(error) : resolve())))
    return 0
  } finally {
    await payload.destroy()
  }
}
