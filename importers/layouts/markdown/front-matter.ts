import type { Yaml } from 'mdast'
import type { VFile } from 'vfile'
import { parseDocument } from 'yaml'
import { z } from 'zod'
import { report } from '../../diagnostics'
import type { SourcePoint } from '../../../format/model'

/**
 * YAML front matter of a Markdown bank: role metadata, document-wide tags and
 * the levels' slugs and ranks, as Prepbank's Markdown export writes them:
 *
 *     prepbank: 1
 *     role: { slug, name, title, summary }   (or just `role: Name`)
 *     levels: [{ slug, name, rank }]
 *     tags: [a, b]
 *
 * Metadata is a convenience, not the content: a field that does not fit is
 * reported and left out, and the rest is still used.
 */

export type FrontMatter = {
  /** Format version of a Prepbank export (`prepbank: 1`); null for other documents. */
  prepbank: number | null
  collection: string | null
  role: { name: string | null; slug: string | null; title: string | null; summary: string | null }
  tags: string[]
  levels: { name: string; slug: string | null; rank: number | null; declaredCount: number | null }[]
}

const text = z.string().trim().min(1)
const fields = {
  prepbank: z.number(),
  collection: text,
  role: z.union([
    text,
    z.object({ slug: text.optional(), name: text.optional(), title: text.optional(), summary: text.optional() }),
  ]),
  title: text,
  summary: text,
  tags: z.union([z.array(z.union([text, z.number()])), text]),
  levels: z.array(
    z.object({
      name: text,
      slug: text.optional(),
      rank: z.number().int().optional(),
      count: z.number().int().nonnegative().optional(),
      declaredCount: z.number().int().nonnegative().optional(),
    }),
  ),
}

type Fields = { [Key in keyof typeof fields]?: z.infer<(typeof fields)[Key]> }

export const emptyFrontMatter: FrontMatter = {
  prepbank: null,
  collection: null,
  role: { name: null, slug: null, title: null, summary: null },
  tags: [],
  levels: [],
}

export function readFrontMatter({ file, node }: { file: VFile; node: Yaml }): FrontMatter {
  // The YAML starts on the line after the opening `---`.
  const firstLine = (node.position?.start.line ?? 1) + 1
  const place = (line = 1, column = 1): SourcePoint => ({ line: firstLine + line - 1, column })

  const document = parseDocument(node.value)
  if (document.errors.length > 0) {
    for (const error of document.errors.slice(0, 3)) {
      const [at] = error.linePos ?? []
      report({
        file,
        severity: 'warning',
        ruleId: 'invalid-front-matter',
        reason: `Front matter is not valid YAML (${error.code}); it was ignored`,
        place: place(at?.line, at?.col),
      })
    }
    return emptyFrontMatter
  }
  const data: unknown = document.toJS()
  if (data === null || data === undefined) return emptyFrontMatter
  if (typeof data !== 'object' || Array.isArray(data)) {
    report({
      file,
      severity: 'warning',
      ruleId: 'invalid-front-matter',
      reason: 'Front matter is not a mapping of fields; it was ignored',
      place: place(),
    })
    return emptyFrontMatter
  }

  const values: Fields = {}
  for (const [key, schema] of Object.entries(fields) as [keyof typeof fields, z.ZodType][]) {
    const value = (data as Record<string, unknown>)[key]
    if (value === undefined || value === null) continue
    const result = schema.safeParse(value)
    if (result.success) {
      ;(values as Record<string, unknown>)[key] = result.data
      continue
    }
    const issue = result.error.issues[0]
    const path = [key, ...issue.path].join('.')
    report({
      file,
      severity: 'warning',
      ruleId: 'invalid-front-matter',
      reason: `Front matter field \`${path}\` was ignored: ${issue.message}`,
      place: place(lineOfKey({ yaml: node.value, key })),
    })
  }

  const role = typeof values.role === 'string' ? { name: values.role } : (values.role ?? {})
  const tags = values.tags === undefined ? [] : typeof values.tags === 'string' ? values.tags.split(',') : values.tags
  return {
    prepbank: values.prepbank ?? null,
    collection: values.collection ?? null,
    role: {
      name: role.name ?? null,
      slug: 'slug' in role ? (role.slug ?? null) : null,
      title: ('title' in role ? role.title : undefined) ?? values.title ?? null,
      summary: ('summary' in role ? role.summary : undefined) ?? values.summary ?? null,
    },
    tags: [...new Set(tags.map((tag) => String(tag).trim()).filter((tag) => tag !== ''))],
    levels: (values.levels ?? []).map((level) => ({
      name: level.name,
      slug: level.slug ?? null,
      rank: level.rank ?? null,
      declaredCount: level.declaredCount ?? level.count ?? null,
    })),
  }
}

/** The line (within the YAML) where a top-level key is written, for messages. */
function lineOfKey({ yaml, key }: { yaml: string; key: string }): number {
  const index = yaml.split('\n').findIndex((line) => line.startsWith(`${key}:`))
  return index === -1 ? 1 : index + 1
}
