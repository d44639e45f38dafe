import { z } from 'zod'

/**
 * The bank model: what every importer layout produces and what the writer
 * stores. It is the contract between parsing and Payload, so it is checked
 * with zod at that boundary.
 */

export const sourcePointSchema = z.object({
  line: z.number().int().positive(),
  column: z.number().int().positive(),
})

export const sourceRangeSchema = z.object({
  start: sourcePointSchema,
  end: sourcePointSchema,
})

export const bankHintSchema = z.object({
  /** Markdown; line breaks and lists of the source are kept. */
  text: z.string().min(1),
  position: sourceRangeSchema,
})

/** One choice of a multiple-choice question, as Markdown. */
export const bankOptionSchema = z.object({
  text: z.string().min(1),
  /** Marked as the answer ("- [x]", "Answer: B"). */
  correct: z.boolean(),
})

export const bankQuestionSchema = z.object({
  /** A stable id carried by Prepbank's own exports; null for new material. */
  key: z.string().min(1).nullable(),
  /** Null when the document carries no wording (hint-only questions). */
  prompt: z.string().min(1).nullable(),
  hints: z.array(bankHintSchema),
  tags: z.array(z.string().min(1)),
  position: sourceRangeSchema,
  /**
   * What the question shows with its wording (Markdown: the code or image a
   * multiple-choice question asks about). Optional; absent for most questions.
   */
  details: z.string().min(1).optional(),
  /** Multiple-choice options, in order. Optional; the marked ones are also the first hint. */
  options: z.array(bankOptionSchema).optional(),
})

export const bankLevelSchema = z.object({
  name: z.string().min(1),
  /** Set by Prepbank's own exports; otherwise derived from the name. */
  slug: z.string().min(1).nullable(),
  /** Set by Prepbank's own exports; otherwise the order in the document. */
  rank: z.number().int().nullable(),
  /** The count the document promises ("10 questions"), if it states one. */
  declaredCount: z.number().int().nonnegative().nullable(),
  questions: z.array(bankQuestionSchema),
  position: sourceRangeSchema,
})

export const bankRoleSchema = z.object({
  name: z.string().min(1),
  slug: z.string().min(1).nullable(),
  title: z.string().min(1).nullable(),
  summary: z.string().min(1).nullable(),
  /** The total the summary promises ("50 expert questions"), if any. */
  declaredTotal: z.number().int().nonnegative().nullable(),
})

export const layoutNames = ['prepbank-text', 'markdown', 'qa', 'prepbank-json', 'prepbank-csv', 'moodle-xml', 'gift', 'aiken', 'anki-text'] as const
export const layoutSchema = z.enum(layoutNames)

export const bankSchema = z.object({
  layout: layoutSchema,
  /** The collection line of the original layout ("Interview Prep"). */
  collection: z.string().min(1).nullable(),
  role: bankRoleSchema,
  levels: z.array(bankLevelSchema),
})

export type SourcePoint = z.infer<typeof sourcePointSchema>
export type SourceRange = z.infer<typeof sourceRangeSchema>
export type BankHint = z.infer<typeof bankHintSchema>
export type BankOption = z.infer<typeof bankOptionSchema>
export type BankQuestion = z.infer<typeof bankQuestionSchema>
export type BankLevel = z.infer<typeof bankLevelSchema>
export type BankRole = z.infer<typeof bankRoleSchema>
export type Layout = z.infer<typeof layoutSchema>
export type Bank = z.infer<typeof bankSchema>
