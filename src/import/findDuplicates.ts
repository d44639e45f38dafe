import type { Payload } from 'payload'

import type { ImportPlan } from './planImport'
import type { ImportDuplicate } from './report'

import { checkIncomingQuestions } from '../duplicates/service'

/** An incoming question's key in a report: where it starts in the document. */
export const incomingKey = ({ line, column }: { line: number; column: number }) => `${line}:${column}`

/**
 * For each question of the plan, the stored questions (any role) it likely
 * duplicates, leaving out the stored question the import itself matched
 * (re-importing a document is not a duplicate of itself). Only questions
 * with at least one match are listed.
 */
export const findImportDuplicates = async ({ payload, plan }: { payload: Payload; plan: ImportPlan }): Promise<ImportDuplicate[]> => {
  const matches = await checkIncomingQuestions({
    payload,
    questions: plan.actions.map(({ question }) => ({ prompt: question.prompt, hints: question.hints.map((hint) => hint.text) })),
  })
  return plan.actions.flatMap((action, index) => {
    const own = action.kind === 'create' ? null : String(action.existing.id)
    const found = matches[index].filter((match) => match.id !== own)
    if (found.length === 0) return []
    const { start } = action.question.position
    return [
      {
        key: incomingKey(start),
        line: start.line,
        column: start.column,
        level: action.level.name,
        title: action.question.prompt ?? action.question.hints[0]?.text.slice(0, 120) ?? '',
        willCreate: action.kind === 'create',
        matches: found.map((match) => ({ id: match.id, title: match.title, roleId: match.roleId, score: match.score, link: `/admin/collections/questions/${match.id}` })),
      },
    ]
  })
}

/**
 * The plan without the new questions the editor chose to skip (or, with
 * `all`, every new question that has a likely duplicate). Updates of
 * questions already stored are never skipped: they are the same question.
 */
export const skipDuplicates = ({ plan, duplicates, keys, all = false }: { plan: ImportPlan; duplicates: ImportDuplicate[]; keys?: readonly string[]; all?: boolean }) => {
  const chosen = new Set(all ? duplicates.map((duplicate) => duplicate.key) : (keys ?? []))
  const actions = plan.actions.filter((action) => action.kind !== 'create' || !chosen.has(incomingKey(action.question.position.start)))
  const skipped = plan.actions.length - actions.length
  return { plan: { ...plan, actions, counts: { ...plan.counts, created: plan.counts.created - skipped } }, skipped }
}
