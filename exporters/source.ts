import { z } from 'zod'
import { markdownSchema, questionIdSchema, singleLineSchema, slugSchema, tagSchema } from '../format/schema'

/**
 * What the exporters read: one approved bank, streamed level by level and
 * question by question, so that memory stays flat however large the bank is.
 *
 * Every item is normalised and validated with the schemas below as it is
 * read; an item that cannot be exported faithfully throws an Error naming it.
 * The constraints are the JSON format's own (format/schema.ts), applied
 * after a light normalisation, so that all three formats agree and every
 * export can be re-imported.
 */

/** Line breaks (and the whitespace around them) become one space; the ends are trimmed. */
function toSingleLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim()
}

/** LF line breaks, no leading blank lines, no trailing whitespace. */
function toNormalMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd()
}

const singleLineText = z.string().transform(toSingleLine).pipe(singleLineSchema)
const markdownText = z.string().transform(toNormalMarkdown).pipe(markdownSchema)
/** Optional texts: Payload stores an absent text as null or as "", both mean "none". */
const optionalSingleLineText = z
  .string()
  .nullable()
  .transform((text) => (text === null || toSingleLine(text) === '' ? null : toSingleLine(text)))
  .pipe(singleLineSchema.nullable())
/** The summary is one paragraph of text, so it is trimmed at both ends (a hint keeps its first indent). */
const optionalParagraphText = z
  .string()
  .nullable()
  .transform((text) => (text === null || toNormalMarkdown(text).trim() === '' ? null : toNormalMarkdown(text).trim()))
  .pipe(markdownSchema.nullable())

export const exportRoleSchema = z.object({
  slug: slugSchema,
  name: singleLineText,
  title: optionalSingleLineText,
  summary: optionalParagraphText,
})

export const exportHintSchema = z.object({
  markdown: markdownText,
  plainText: z.string().transform((text) => text.replace(/\r\n?/g, '\n')),
})

export const exportQuestionSchema = z.object({
  id: questionIdSchema,
  prompt: singleLineText,
  tags: z.array(z.string().transform((tag) => tag.trim()).pipe(tagSchema)),
  hints: z.array(exportHintSchema),
})

export const exportLevelSchema = z.object({
  slug: slugSchema,
  name: singleLineText,
  rank: z.int(),
})

export type ExportRole = z.input<typeof exportRoleSchema>
export type ExportHint = z.input<typeof exportHintSchema>
export type ExportQuestion = z.input<typeof exportQuestionSchema>
export type ExportLevel = z.input<typeof exportLevelSchema>

export type ExportLevelEntry = { level: ExportLevel; questions: AsyncIterable<ExportQuestion> }

/**
 * Levels arrive in rank order and questions in position order. The Markdown
 * writer reads the whole level list (not the questions) before the first
 * question, so each level's `questions` must stay iterable until then: make it
 * lazy (fetch when iterated), not a cursor that the next level invalidates.
 */
export type ExportSource = { role: ExportRole; levels: AsyncIterable<ExportLevelEntry> }

export type NormalRole = z.output<typeof exportRoleSchema>
export type NormalQuestion = z.output<typeof exportQuestionSchema>
export type NormalHint = z.output<typeof exportHintSchema>
export type NormalLevel = z.output<typeof exportLevelSchema>
export type NormalLevelEntry = { level: NormalLevel; questions: AsyncIterable<NormalQuestion> }
export type NormalSource = { role: NormalRole; levels: AsyncIterable<NormalLevelEntry> }

function parseOrThrow<Schema extends z.ZodType>({
  schema,
  value,
  what,
}: {
  schema: Schema
  value: unknown
  what: string
}): z.output<Schema> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const details = result.error.issues
    .map((issue) => `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`)
    .join('; ')
  throw new Error(`Cannot export ${what}: ${details}`, { cause: result.error })
}

async function* normalQuestions({
  questions,
  levelSlug,
}: {
  questions: AsyncIterable<ExportQuestion>
  levelSlug: string
}): AsyncGenerator<NormalQuestion> {
  let index = 0
  for await (const question of questions) {
    index += 1
    const what = `question ${index} (id ${JSON.stringify(question?.id)}) of level "${levelSlug}"`
    yield parseOrThrow({ schema: exportQuestionSchema, value: question, what })
  }
}

async function* normalLevels(levels: AsyncIterable<ExportLevelEntry>): AsyncGenerator<NormalLevelEntry> {
  const seenSlugs = new Set<string>()
  let previousRank = Number.NEGATIVE_INFINITY
  for await (const entry of levels) {
    const level = parseOrThrow({ schema: exportLevelSchema, value: entry.level, what: `level ${JSON.stringify(entry.level?.slug)}` })
    // Readers regroup CSV rows by rank and name, and Markdown by heading: order and identity must be unambiguous.
    if (seenSlugs.has(level.slug)) throw new Error(`Cannot export level "${level.slug}": its slug occurs twice`)
    if (level.rank < previousRank) throw new Error(`Cannot export level "${level.slug}": levels must arrive in ascending rank`)
    seenSlugs.add(level.slug)
    previousRank = level.rank
    yield { level, questions: normalQuestions({ questions: entry.questions, levelSlug: level.slug }) }
  }
}

/** The source as the writers read it: every item normalised and validated on the way. */
export function normalSource(source: ExportSource): NormalSource {
  return {
    role: parseOrThrow({ schema: exportRoleSchema, value: source.role, what: 'role' }),
    levels: normalLevels(source.levels),
  }
}

/** Re-iterable, so that the same in-memory source can be exported more than once. */
function asyncIterableOf<Item>(items: readonly Item[]): AsyncIterable<Item> {
  return {
    async *[Symbol.asyncIterator]() {
      yield* items
    },
  }
}

/** An ExportSource over in-memory arrays, for tests and small banks. */
export function sourceFromArrays({
  role,
  levels,
}: {
  role: ExportRole
  levels: readonly { level: ExportLevel; questions: readonly ExportQuestion[] }[]
}): ExportSource {
  return {
    role,
    levels: asyncIterableOf(levels.map(({ level, questions }) => ({ level, questions: asyncIterableOf(questions) }))),
  }
}
