import { parseArgs } from 'node:util'
import { z } from 'zod'

import { changelogMarkdown, changelogOfReleases } from '../release/changelog'
import { startCliPayload } from './payload'
import { UsageError } from './usage'

const diffArgsSchema = z.object({
  role: z.string({ error: '--role <slug> is required' }).min(1),
  from: z.coerce.number({ error: 'give two release numbers: <from> <to>' }).int().positive(),
  to: z.coerce.number({ error: 'give two release numbers: <from> <to>' }).int().positive(),
  json: z.boolean().default(false),
})

const parseDiffArgs = (argv: string[]) => {
  let parsed
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { role: { type: 'string' }, json: { type: 'boolean' } } })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  if (parsed.positionals.length !== 2) throw new UsageError('release diff takes two release numbers: <from> <to>')
  const [from, to] = parsed.positionals
  const result = diffArgsSchema.safeParse({ ...parsed.values, from, to })
  if (!result.success) throw new UsageError(result.error.issues.map((issue) => issue.message).join('; '))
  return result.data
}

/** `prepbank release diff --role <slug> <from> <to> [--json]`: the changelog between two releases of a role. */
export const runReleaseCommand = async (argv: string[]): Promise<number> => {
  const [subcommand, ...rest] = argv
  if (subcommand !== 'diff') throw new UsageError(`unknown release command "${subcommand ?? ''}" (try: release diff)`)
  const args = parseDiffArgs(rest)
  const { payload } = await startCliPayload()
  try {
    const { docs: roles } = await payload.find({ collection: 'roles', where: { slug: { equals: args.role } }, limit: 1, depth: 0 })
    const role = roles[0]
    if (!role) {
      process.stderr.write(`prepbank: no role with slug "${args.role}"\n`)
      return 1
    }
    const releaseNumbered = async (version: number) => {
      const { docs } = await payload.find({
        collection: 'releases',
        where: { and: [{ role: { equals: role.id } }, { version: { equals: version } }] },
        limit: 1,
        depth: 0,
      })
      return docs[0] ?? null
    }
    const [from, to] = [await releaseNumbered(args.from), await releaseNumbered(args.to)]
    const missing = [from ? null : args.from, to ? null : args.to].filter((version) => version !== null)
    if (!from || !to) {
      process.stderr.write(`prepbank: "${args.role}" has no release ${missing.join(' or ')}\n`)
      return 1
    }
    const changelog = changelogOfReleases({ from, to })
    process.stdout.write(args.json ? `${JSON.stringify(changelog, null, 2)}\n` : changelogMarkdown(changelog))
    return 0
  } finally {
    await payload.destroy()
  }
}
