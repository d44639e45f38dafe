import { z } from 'zod'

/**
 * The Prepbank JSON export format, version 1, defined once here. The JSON
 * Schema in schemas/prepbank-bank.v1.schema.json is generated from it
 * (format/generate-schema.ts), and the re-import reader validates with it.
 *
 * Field constraints are regexes rather than refinements so that they carry
 * over into the JSON Schema.
 */

export const bankFormatName = 'prepbank.bank'
export const bankFormatVersion = 1

/** One printable line: no line breaks, no leading or trailing whitespace. */
const singleLinePattern = /^\S(?:[^\r\n]*\S)?$/
// Letters and digits of every script, as format/slug.ts writes them (a level "上級" has a slug).
const slugPattern = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}._-]*$/u
/** Ids end up inside an HTML comment in Markdown and in CSV cells: keep them to safe characters. */
const idPattern = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/
/** Tags are joined with ", " (Markdown) and "; " (CSV), so neither separator may occur inside one. */
const tagPattern = /^[^\s,;](?:[^\r\n,;]*[^\s,;])?$/
const hasTextPattern = /\S/
const lfOnlyPattern = /^[^\r]*$/
const contentHashPattern = /^sha256:[0-9a-f]{64}$/

export const slugSchema = z
  .string()
  .regex(slugPattern, { error: 'must be a slug: letters or digits of any script, ".", "_" or "-", starting with a letter or digit' })
export const singleLineSchema = z
  .string()
  .regex(singleLinePattern, { error: 'must be one non-empty line without leading or trailing whitespace' })
export const questionIdSchema = z
  .string()
  .regex(idPattern, { error: 'must be an id of letters, digits, ".", "_", ":" or "-", starting with a letter or digit' })
export const tagSchema = z
  .string()
  .regex(tagPattern, { error: 'must be one line without "," or ";" and without leading or trailing whitespace' })
export const markdownSchema = z
  .string()
  .regex(hasTextPattern, { error: 'must not be blank' })
  .regex(lfOnlyPattern, { error: 'must use LF line breaks only' })

export const roleDocumentSchema = z
  .strictObject({
    slug: slugSchema.describe('Stable identifier of the role, used in URLs and file names.'),
    name: singleLineSchema.describe('Display name of the role, e.g. "AI Data Ops Specialist".'),
    title: singleLineSchema
      .nullable()
      .describe('Title of the bank, e.g. "AI Data Ops Specialist Interview Questions"; null when the bank has none.'),
    summary: markdownSchema.nullable().describe('One paragraph introducing the bank; null when the bank has none.'),
  })
  .describe('The role the bank prepares candidates for.')

export const hintDocumentSchema = z
  .strictObject({
    position: z.int().min(1).describe('1-based order of the hint within its question.'),
    markdown: markdownSchema.describe('The hint as CommonMark/GFM Markdown, LF line breaks.'),
    plainText: z.string().describe('The same hint as plain text, without Markdown markup.'),
  })
  .describe('Guidance on what a strong answer covers.')

export const questionDocumentSchema = z
  .strictObject({
    id: questionIdSchema.describe('Stable id of the question; survives re-import so the question is updated, not duplicated.'),
    position: z.int().min(1).describe('1-based order of the question within its level in this export.'),
    prompt: singleLineSchema.describe('The question as asked, plain text on one line.'),
    tags: z.array(tagSchema).describe('Tags in editorial order.'),
    hints: z.array(hintDocumentSchema).describe('Hints in editorial order.'),
  })
  .describe('One interview question.')

export const levelDocumentSchema = z
  .strictObject({
    slug: slugSchema.describe('Stable identifier of the level, e.g. "beginner".'),
    name: singleLineSchema.describe('Display name of the level, e.g. "Beginner".'),
    rank: z.int().describe('Sort key of the level: levels appear in ascending rank.'),
    questions: z.array(questionDocumentSchema).describe('The level\'s questions in position order.'),
  })
  .describe('A difficulty level and its questions.')

export const bankDocumentSchema = z
  .strictObject({
    format: z.literal(bankFormatName, { error: `must be "${bankFormatName}"` }).describe('Marks the file as a Prepbank bank export.'),
    formatVersion: z
      .literal(bankFormatVersion, { error: `must be ${bankFormatVersion}: this reader knows version ${bankFormatVersion} only` })
      .describe('Version of this format; incremented on any incompatible change.'),
    role: roleDocumentSchema,
    levels: z.array(levelDocumentSchema).describe('Levels in ascending rank.'),
    contentHash: z
      .string()
      .regex(contentHashPattern, { error: 'must be "sha256:" followed by 64 lowercase hex digits' })
      .describe(
        '"sha256:" + lowercase hex SHA-256 of the UTF-8 bytes of the compact JSON (JSON.stringify, no whitespace) of this ' +
          'document without its contentHash member, keys in the order of this schema. It comes last so that a ' +
          'streaming writer can compute it as it goes.',
      ),
  })
  .meta({
    title: 'Prepbank bank export, version 1',
    description:
      'An approved interview question bank for one role, exported by Prepbank. Keys appear in the order of this ' +
      'schema; the file is UTF-8, pretty-printed with a 2-space indent and ends with a newline.',
  })

export type RoleDocument = z.infer<typeof roleDocumentSchema>
export type HintDocument = z.infer<typeof hintDocumentSchema>
export type QuestionDocument = z.infer<typeof questionDocumentSchema>
export type LevelDocument = z.infer<typeof levelDocumentSchema>
export type BankDocument = z.infer<typeof bankDocumentSchema>

/*
 * Key order is part of the format (the hash covers the bytes), so every
 * record written or hashed goes through one of these builders.
 */

export function roleRecord(role: RoleDocument): RoleDocument {
  return { slug: role.slug, name: role.name, title: role.title, summary: role.summary }
}

export function hintRecord(hint: HintDocument): HintDocument {
  return { position: hint.position, markdown: hint.markdown, plainText: hint.plainText }
}

export function questionRecord(question: QuestionDocument): QuestionDocument {
  return {
    id: question.id,
    position: question.position,
    prompt: question.prompt,
    tags: [...question.tags],
    hints: question.hints.map(hintRecord),
  }
}

/** A level without its questions: the part written before the question list opens. */
export type LevelHeader = Omit<LevelDocument, 'questions'>

export function levelHeaderRecord(level: LevelHeader): LevelHeader {
  return { slug: level.slug, name: level.name, rank: level.rank }
}

/** The JSON Schema (draft 2020-12) of the format, e.g. to serve over HTTP. */
export function jsonSchemaDocument(): Record<string, unknown> {
  return z.toJSONSchema(bankDocumentSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>
}

/** The exact text of the committed schemas/prepbank-bank.v1.schema.json. */
export function jsonSchemaFileText(): string {
  return `${JSON.stringify(jsonSchemaDocument(), null, 2)}\n`
}
