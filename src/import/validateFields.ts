import type { Field, Payload, PayloadRequest } from 'payload'

import type { Bank } from '../../format/model'
import type { Diagnostic } from './report'

/**
 * The admin's validation for what an import writes: each value goes
 * through the validate function of the collection field it lands in (the
 * prompt's and every tag's maximum length, required fields, …), the same
 * function Payload runs on a save from the admin. The bulk path writes
 * without Payload's validation, so it runs here, before anything is
 * written; a failure is an error with its place, and nothing is written.
 */

type Check = { collection: 'questions' | 'hints'; field: string; value: unknown; line: number; column: number; what: string }

const fieldNamed = ({ payload, collection, name }: { payload: Payload; collection: 'questions' | 'hints'; name: string }) =>
  payload.collections[collection].config.flattenedFields.find((field) => field.name === name) as (Field & { validate?: (...args: unknown[]) => unknown }) | undefined

const preview = (value: unknown): string => {
  const text = Array.isArray(value) ? value.join(', ') : String(value ?? '')
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

export const validateBankFields = async ({ payload, bank, req }: { payload: Payload; bank: Bank; req: PayloadRequest }): Promise<Diagnostic[]> => {
  const checks: Check[] = []
  for (const level of bank.levels) {
    for (const question of level.questions) {
      const place = { line: question.position.start.line, column: question.position.start.column }
      checks.push({ collection: 'questions', field: 'prompt', value: question.prompt ?? undefined, what: 'prompt', ...place })
      checks.push({ collection: 'questions', field: 'tags', value: question.tags, what: 'tags', ...place })
      // A hint is stored as rich text with its Markdown and plain text beside it: the text fields' limits apply.
      for (const hint of question.hints) {
        checks.push({ collection: 'hints', field: 'markdown', value: hint.text, what: 'hint', line: hint.position.start.line, column: hint.position.start.column })
      }
    }
  }
  const diagnostics: Diagnostic[] = []
  for (const check of checks) {
    const field = fieldNamed({ payload, collection: check.collection, name: check.field })
    if (!field || typeof field.validate !== 'function') continue
    const result = await field.validate(check.value, {
      ...field,
      collectionSlug: check.collection,
      data: { [check.field]: check.value },
      siblingData: { [check.field]: check.value },
      event: 'submit',
      operation: 'create',
      path: [check.field],
      preferences: { fields: {} },
      req,
    })
    if (result !== true) {
      diagnostics.push({
        line: check.line,
        column: check.column,
        severity: 'error',
        ruleId: 'invalid-field',
        message: `The ${check.what} "${preview(check.value)}" cannot be saved: ${String(result)}`,
      })
    }
  }
  return diagnostics
}
