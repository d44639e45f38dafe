import { z } from 'zod'

import { layoutSchema } from '../../format/model'

/** What every import interface (CLI, REST, admin) returns. */
export const diagnosticSchema = z.object({
  line: z.number().int().nullable(),
  column: z.number().int().nullable(),
  endLine: z.number().int().nullable().optional(),
  endColumn: z.number().int().nullable().optional(),
  severity: z.enum(['error', 'warning', 'info']),
  ruleId: z.string(),
  message: z.string(),
})

/** An incoming question and the stored questions (any role) it likely duplicates (src/import/findDuplicates.ts). */
export const importDuplicateSchema = z.object({
  /** "line:column" of the question in the document: what a skip list names. */
  key: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  level: z.string(),
  title: z.string(),
  /** False when the import updates a question it already holds (such items are never skipped). */
  willCreate: z.boolean(),
  matches: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      roleId: z.string().nullable(),
      score: z.number(),
      link: z.string(),
    }),
  ),
})

export const importReportSchema = z.object({
  fileName: z.string(),
  documentHash: z.string(),
  layout: layoutSchema.nullable(),
  outcome: z.enum(['imported', 'unchanged', 'failed', 'dry-run']),
  dryRun: z.boolean(),
  role: z.object({ id: z.union([z.string(), z.number()]).nullable(), name: z.string(), slug: z.string() }).nullable(),
  levels: z.array(z.object({ name: z.string(), questions: z.number().int(), declared: z.number().int().nullable() })),
  questions: z.number().int(),
  counts: z.object({
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    proposed: z.number().int(),
  }),
  errors: z.number().int(),
  warnings: z.number().int(),
  diagnostics: z.array(diagnosticSchema),
  importRunId: z.union([z.string(), z.number()]).nullable(),
  /** Incoming questions that likely duplicate stored ones, and how many new ones were skipped for it. */
  duplicates: z.array(importDuplicateSchema).optional(),
  skippedDuplicates: z.number().int().optional(),
  /** Dry runs only: the parsed bank as an editor checks it before confirming (first 500 questions). */
  preview: z
    .array(
      z.object({
        name: z.string(),
        questions: z.array(
          z.object({
            line: z.number().int(),
            column: z.number().int(),
            title: z.string(),
            needsWording: z.boolean(),
            hints: z.array(z.string()),
          }),
        ),
      }),
    )
    .optional(),
})

export type Diagnostic = z.infer<typeof diagnosticSchema>
export type ImportReport = z.infer<typeof importReportSchema>
export type ImportDuplicate = z.infer<typeof importDuplicateSchema>
