import { parseArgs } from 'node:util'
import { z } from 'zod'

import { defaultThreshold } from '../duplicates/index'
import { duplicateClusters, rebuildDuplicateIndex } from '../duplicates/service'
import { startCliPayload } from './payload'
import { UsageError } from './usage'

const argsSchema = z.object({
  rebuild: z.boolean(),
  role: z.string().min(1).optional(),
  threshold: z.coerce.number().gt(0, 'threshold is a score above 0').max(1, 'threshold is a score up to 1'),
  json: z.boolean(),
})

const parseDuplicateArgs = (argv: string[]) => {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        role: { type: 'string' },
        threshold: { type: 'string', default: String(defaultThreshold) },
        json: { type: 'boolean', default: false },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const [sub, ...extra] = parsed.positionals
  if ((sub && sub !== 'rebuild') || extra.length > 0) throw new UsageError(`duplicates: unexpected "${[sub, ...extra].join(' ')}" (only "rebuild")`)
  const result = argsSchema.safeParse({ rebuild: sub === 'rebuild', role: parsed.values.role, threshold: parsed.values.threshold, json: parsed.values.json })
  if (!result.success) throw new UsageError(result.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; '))
  return result.data
}

/**
 * `prepbank duplicates [--role <slug|name>] [--threshold <0–1>] [--json]`: groups
 * of likely duplicate questions across every bank (with --role, the groups
 * that touch that role); pairs marked "not a duplicate" are left out.
 * `prepbank duplicates rebuild`: rebuilds the index from the database and
 * says how long it took. Exit 0, or 2 for usage.
 */
export const runDuplicatesCommand = async (argv: string[]): Promise<number> => {
  const args = parseDuplicateArgs(argv)
  const { payload } = await startCliPayload()
  try {
    if (args.rebuild) {
      const built = await rebuildDuplicateIndex({ payload })
      process.stdout.write(args.json ? `${JSON.stringify(built)}\n` : `indexed ${built.questions} questions in ${built.milliseconds} ms\n`)
      return 0
    }
    const roles = await payload.find({ collection: 'roles', depth: 0, limit: 0, pagination: false, select: { name: true, slug: true } })
    const role = args.role ? roles.docs.find((entry) => entry.slug === args.role || entry.name.toLowerCase() === args.role!.toLowerCase()) : undefined
    if (args.role && !role) throw new UsageError(`no role "${args.role}"; roles: ${roles.docs.map((entry) => entry.slug).join(', ') || 'none'}`)
    const slugOf = new Map(roles.docs.map((entry) => [String(entry.id), entry.slug ?? entry.name]))
    const { clusters, indexed } = await duplicateClusters({ payload, threshold: args.threshold, roleId: role?.id })
    const described = clusters.map((cluster) => ({
      topScore: cluster.topScore,
      questions: cluster.questions.map((question) => ({ id: question.id, role: question.roleId ? (slugOf.get(question.roleId) ?? null) : null, title: question.title })),
    }))
    if (args.json) {
      process.stdout.write(`${JSON.stringify({ threshold: args.threshold, indexed, role: role?.slug ?? null, clusters: described }, null, 2)}\n`)
      return 0
    }
    for (const cluster of described) {
      process.stdout.write(`${cluster.questions.length} questions, best score ${cluster.topScore.toFixed(2)}\n`)
      for (const question of cluster.questions) process.stdout.write(`  #${question.id} [${question.role ?? '-'}] ${question.title}\n`)
    }
    process.stdout.write(`${described.length} groups of likely duplicates among ${indexed} questions (threshold ${args.threshold})\n`)
    return 0
  } finally {
    await payload.destroy()
  }
}
