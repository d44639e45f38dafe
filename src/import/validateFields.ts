import type { Field, Payload, PayloadRequest } from 'payload'

import type { Bank } from '../../format/model'
import type { Diagnostic } from './report'

import { letOtherRequestsRun } from '../http/letOtherRequestsRun'

/**
 * The admin's validation for what an import writes: each value goes
 * through the validate function of the collection field it lands in (the
 * prompt's and every tag's maximum length, required fields, …), the same
 * function Payload runs on a save from the admin. The bulk path writes
 * without Payload's validation, so it runs here, before anything is
 * written; a failure is an error with its place, and nothing is written.
 */

type CheckedField = { collection: 'questions' | 'hints'; name: 'prompt' | 'tags' | 'markdown'; what: string }

const checkedFields = {
  prompt: { collection: 'questions', name: 'prompt', what: 'prompt' },
  tags: { collection: 'questions', name: 'tags', what: 'tags' },
  // A hint is stored as rich text with its Markdown and plain text beside it: the text fields' limits apply.
  hint: { collection: 'hints', name: 'markdown', what: 'hint' },
} as const satisfies Record<string, CheckedField>

type Validate = (value: unknown, options: Record<string, unknown>) => unknown

/** Checks between turns of the event loop: a 50k-question bank has about 150k of them. */
const checksPerSlice = 2_000

const preview = (value: unknown): string => {
  const text = Array.isArray(value) ? value.join(', ') : String(value ?? '')
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

/**
 * A field's validate function with the options Payload passes on a save
 * (the field's own config, the operation, the request), built once per field:
 * spreading them per value was most of a large import's validation time.
 * Only `data` and `siblingData` change from one value to the next. Results
 * for lists are remembered per list (the same tags repeat across a bank).
 */
const validatorOf = ({ payload, req, field: checked }: { payload: Payload; req: PayloadRequest; field: CheckedField }) => {
  const field = payload.collections[checked.collection].config.flattenedFields.find((candidate) => candidate.name === checked.name) as
    | (Field & { validate?: Validate })
    | undefined
  const validate = field?.validate
  if (!field || typeof validate !== 'function') return null
  const options: Record<string, unknown> = {
    ...field,
    collectionSlug: checked.collection,
    event: 'submit',
    operation: 'create',
    path: [checked.name],
    preferences: { fields: {} },
    req,
  }
  const results = new Map<string, unknown>()
  return async (value: unknown): Promise<unknown> => {
    const key = Array.isArray(value) ? JSON.stringify(value) : null
    if (key !== null && results.has(key)) return results.get(key)
    options.data = { [checked.name]: value }
    options.siblingData = options.data
    const result = await validate(value, options)
    if (key !== null) results.set(key, result)
    return result
  }
}

export const validateBankFields = async ({ payload, bank, req }: { payload: Payload; bank: Bank; req: PayloadRequest }): Promise<Diagnostic[]> => {
  const validators = {
    prompt: validatorOf({ payload, req, field: checkedFields.prompt }),
    tags: validatorOf({ payload, req, field: checkedFields.tags }),
    hint: validatorOf({ payload, req, field: checkedFields.hint }),
  }
  const diagnostics: Diagnostic[] = []
  let checks = 0
  const check = async ({ kind, value, line, column }: { kind: keyof typeof checkedFields; value: unknown; line: number; column: number }) => {
    if ((checks += 1) % checksPerSlice === 0) await letOtherRequestsRun()
    const validator = validators[kind]
    if (!validator) return
    const result = await validator(value)
    if (result === true) return
    diagnostics.push({
      line,
      column,
      severity: 'error',
      ruleId: 'invalid-field',
      message: `The ${checkedFields[kind].what} "${preview(value)}" cannot be saved: ${String(result)}`,
    })
  }
  for (const level of bank.levels) {
    for (const question of level.questions) {
      const place = { line: question.position.start.line, column: question.position.start.column }
      await check({ kind: 'prompt', value: question.prompt ?? undefined, ...place })
      await check({ kind: 'tags', value: question.tags, ...place })
      for (const hint of question.hints) await check({ kind: 'hint', value: hint.text, line: hint.position.start.line, column: hint.position.start.column })
    }
  }
  return diagnostics
}
