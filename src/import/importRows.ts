import type { User } from '../payload-types'

import { workingTitleFor } from '../content/derivedFields'

/**
 * The documents a new imported draft consists of, exactly as payload.create
 * (draft: true) stores them after the collection hooks: the derived fields
 * (src/content/derivedFields.ts, the functions the hooks call), the review
 * stamps of enforceReviewRules and stampLastEditor for a new draft, and the
 * `create` entry recordReviewEvent writes. test/import/bulkEquivalence.ts
 * compares them with what payload.create stores, field by field.
 */

type Doc = Record<string, unknown>
type Editor = (User & { collection: 'users' }) | null

/** enforceReviewRules on a create: a draft, stamped now; whoever wrote non-empty wording is its first editor (four-eyes). */
const reviewStamps = ({ user, now, wording }: { user: Editor; now: string; wording: string }) => ({
  reviewStatus: 'draft',
  reviewStatusChangedAt: now,
  wordingEditedBy: user && wording ? [user.id] : [],
  // stampLastEditor: only saves made by a user leave a stamp.
  ...(user ? { lastEditedBy: user.id, lastEditedAt: now } : {}),
  _status: 'draft',
})

const promptWording = (prompt: unknown): string => (typeof prompt === 'string' ? prompt.trim() : '')

export const draftQuestionDoc = ({ data, user, now }: { data: Doc & { prompt: string | null; hintTitle: string | null }; user: Editor; now: string }): Doc => ({
  ...data,
  ...workingTitleFor({ prompt: data.prompt, hintTitle: data.hintTitle }),
  ...reviewStamps({ user, now, wording: promptWording(data.prompt) }),
})

export const draftHintDoc = ({ data, user, now }: { data: Doc & { markdown: string }; user: Editor; now: string }): Doc => ({
  ...data,
  ...reviewStamps({ user, now, wording: data.markdown.trim() }),
})

const actorNameOf = (user: Editor): string | null => (user ? user.name?.trim() || user.email || null : null)

/** The fields of a create that count as changed (enforceReviewRules' contentFields, compared with nothing). */
const changedOnCreate = ({ doc, fields, wording }: { doc: Doc; fields: string[]; wording: string }) =>
  fields.filter((field) => {
    if (field === 'prompt' || field === 'text') return wording !== ''
    const value = doc[field]
    return !(value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0))
  })

/** recordReviewEvent's `create` entries for new questions and hints. */
export const reviewEventDocs = ({
  user,
  now,
  questions,
  hints,
}: {
  user: Editor
  now: string
  questions: { id: number | string; doc: Doc }[]
  hints: { id: number | string; questionId: number | string; doc: Doc }[]
}): Doc[] => {
  const event = ({ subject, id, questionId, hint, wording, changedFields }: { subject: 'question' | 'hint'; id: number | string; questionId: number | string; hint: number | string | null; wording: string; changedFields: string[] }) => ({
    subject,
    documentId: String(id),
    question: questionId,
    hint,
    action: 'create',
    fromStatus: null,
    toStatus: 'draft',
    actor: user?.id ?? null,
    actorName: actorNameOf(user),
    comment: null,
    changedFields,
    wording,
    approvedWording: '',
    // The word diff from nothing: the whole wording inserted.
    diff: wording ? [{ type: 'insert', text: wording }] : [],
    published: false,
    createdAt: now,
    updatedAt: now,
  })
  return [
    ...questions.map(({ id, doc }) => {
      const wording = promptWording(doc.prompt)
      return event({ subject: 'question', id, questionId: id, hint: null, wording, changedFields: changedOnCreate({ doc, fields: ['prompt', 'role', 'level', 'position', 'tags'], wording }) })
    }),
    ...hints.map(({ id, questionId, doc }) => {
      const wording = String(doc.markdown ?? '').trim()
      return event({ subject: 'hint', id, questionId, hint: id, wording, changedFields: changedOnCreate({ doc, fields: ['text', 'question', 'position'], wording }) })
    }),
  ]
}
