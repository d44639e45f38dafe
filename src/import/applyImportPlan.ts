import type { Payload, PayloadRequest } from 'payload'

import type { Hint, ImportRun } from '../payload-types'
import type { BankQuestion } from '../../format/model'
import type { ImportPlan, QuestionAction } from './planImport'

import { randomUUID } from 'node:crypto'

import { hintFormsFromMarkdown } from '../content/derivedFields'
import { deriveWorkingTitle } from '../../importers/hint-lead-in'
import { draftHintDoc, draftQuestionDoc, reviewEventDocs } from './importRows'
import { bulkInsert } from './bulkInsert'
import { letOtherRequestsRun } from '../http/letOtherRequestsRun'

export type Provenance = { fileName: string; documentHash: string; importRunId: ImportRun['id'] }

type WriteContext = { payload: Payload; req: PayloadRequest; provenance: Provenance }

const questionData = ({ action, provenance }: { action: QuestionAction; provenance: Provenance }) => {
  const { question } = action
  const firstHint = question.hints[0]?.text
  return {
    position: action.position,
    tags: question.tags,
    hintTitle: firstHint ? deriveWorkingTitle({ hint: firstHint }) : null,
    provenance: {
      sourceFile: provenance.fileName,
      line: question.position.start.line,
      column: question.position.start.column,
      documentHash: provenance.documentHash,
      contentHash: action.contentHash,
      importRun: provenance.importRunId,
    },
  }
}

const writeHints = async ({
  context,
  question,
  stored,
}: {
  context: WriteContext
  question: { id: number | string; hints: BankQuestion['hints'] }
  stored: Hint[]
}): Promise<void> => {
  const { payload, req } = context
  for (const [index, hint] of question.hints.entries()) {
    const data = { question: question.id as number, position: index + 1, text: (await hintFormsFromMarkdown({ config: payload.config, markdown: hint.text })).text }
    const existing = stored[index]
    if (existing) await payload.update({ collection: 'hints', id: existing.id, data, draft: true, depth: 0, req, overrideAccess: true })
    else await payload.create({ collection: 'hints', data, draft: true, depth: 0, req, overrideAccess: true })
  }
  // Hints the document no longer has go, unless they were ever published: approved wording is never dropped silently.
  for (const extra of stored.slice(question.hints.length)) {
    if (extra._status !== 'published') await payload.delete({ collection: 'hints', id: extra.id, req, overrideAccess: true })
  }
}

/** Questions per batch of new drafts: a few multi-row INSERTs each, and bounded memory whatever the bank's size. */
const batchSize = 250

/**
 * New draft questions and their hints, as payload.create would store them
 * (fields, versions, review events), written in multi-row inserts. Derived
 * fields are computed here, once per row, before any database round trip.
 */
const writeNewDrafts = async ({
  context,
  actions,
  roleId,
  levelIds,
}: {
  context: WriteContext
  actions: Extract<QuestionAction, { kind: 'create' }>[]
  roleId: number | string
  levelIds: Map<string, number | string>
}): Promise<void> => {
  if (actions.length === 0) return
  const { payload, req, provenance } = context
  const user = req.user?.collection === 'users' ? req.user : null
  const now = new Date().toISOString()
  const questions = actions.map((action) =>
    draftQuestionDoc({
      data: {
        ...questionData({ action, provenance }),
        level: levelIds.get(action.level.name) as number,
        role: roleId,
        prompt: action.question.prompt,
        stableId: action.question.key ?? randomUUID(),
      },
      user,
      now,
    }),
  )
  const hintForms = await Promise.all(
    actions.map((action) => Promise.all(action.question.hints.map((hint) => hintFormsFromMarkdown({ config: payload.config, markdown: hint.text })))),
  )
  const questionIds = await bulkInsert({ payload, req, collection: 'questions', docs: questions })
  const hintOwners: number[] = []
  const hints = hintForms.flatMap((forms, index) =>
    forms.map((form, position) => {
      hintOwners.push(index)
      return draftHintDoc({ data: { question: questionIds[index], position: position + 1, ...form }, user, now })
    }),
  )
  const hintIds = await bulkInsert({ payload, req, collection: 'hints', docs: hints })
  await bulkInsert({
    payload,
    req,
    collection: 'review-events',
    docs: reviewEventDocs({
      user,
      now,
      questions: questions.map((doc, index) => ({ id: questionIds[index], doc })),
      hints: hints.map((doc, index) => ({ id: hintIds[index], questionId: questionIds[hintOwners[index]], doc })),
    }),
  })
}

/** Writes an import plan inside the caller's transaction (req): new drafts in bulk, changes through the Local API. */
export const applyImportPlan = async ({
  payload,
  plan,
  req,
  provenance,
  roleMeta,
  onProgress,
}: {
  payload: Payload
  plan: ImportPlan
  req: PayloadRequest
  provenance: Provenance
  roleMeta: { title: string | null; summary: string | null }
  onProgress?: (progress: { done: number; total: number }) => void
}): Promise<{ roleId: number | string }> => {
  const context: WriteContext = { payload, req, provenance }
  // depth 0: nothing written here needs its relationships read back.
  const write = { req, overrideAccess: true, depth: 0 } as const

  let role = plan.role.existing
  if (!role) {
    role = await payload.create({
      collection: 'roles',
      data: { name: plan.role.name, slug: plan.role.slug, title: roleMeta.title, summary: roleMeta.summary, source: provenance.fileName },
      ...write,
    })
  } else if ((!role.title && roleMeta.title) || (!role.summary && roleMeta.summary)) {
    // Fill what is missing; an editor's own title or summary is never overwritten.
    role = await payload.update({
      collection: 'roles',
      id: role.id,
      data: { title: role.title || roleMeta.title, summary: role.summary || roleMeta.summary },
      ...write,
    })
  }

  const levelIds = new Map<string, number | string>()
  for (const level of plan.levels) {
    // Levels are shared by every role: a section that holds no question (an appendix, a heading with nothing under it yet)
    // is reported by the parser (empty-section) and writes no level.
    if (level.bankLevel.questions.length === 0) continue
    const stored =
      level.existing ??
      (await payload.create({ collection: 'levels', data: { name: level.bankLevel.name, slug: level.slug, rank: level.rank }, ...write }))
    levelIds.set(level.bankLevel.name, stored.id)
  }

  // New drafts go in batches of multi-row inserts; the few changed questions through the Local API and its review rules.
  const pending: Extract<QuestionAction, { kind: 'create' }>[] = []
  const flush = async () => {
    await writeNewDrafts({ context, actions: pending.splice(0), roleId: role.id, levelIds })
    await letOtherRequestsRun()
  }
  for (const [index, action] of plan.actions.entries()) {
    onProgress?.({ done: index, total: plan.actions.length })
    if (action.kind === 'unchanged') continue
    if (action.kind === 'create') {
      pending.push(action)
      if (pending.length >= batchSize) await flush()
      continue
    }
    const levelId = levelIds.get(action.level.name) as number
    const data = { ...questionData({ action, provenance }), level: levelId, role: role.id }
    // The review rules decide the state: changed approved wording goes back to review as a draft
    // beside the published version; anything else keeps its state.
    await payload.update({
      collection: 'questions',
      id: action.existing.id,
      // A document without wording never erases a prompt an editor has written.
      data: { ...data, ...(action.question.prompt ? { prompt: action.question.prompt } : {}) },
      draft: true,
      ...write,
    })
    const storedHints = await payload.find({
      collection: 'hints',
      where: { question: { equals: action.existing.id } },
      sort: 'position',
      draft: true,
      limit: 0,
      depth: 0,
      req,
    })
    await writeHints({ context, question: { id: action.existing.id, hints: action.question.hints }, stored: storedHints.docs })
    await letOtherRequestsRun()
  }
  await flush()
  onProgress?.({ done: plan.actions.length, total: plan.actions.length })
  return { roleId: role.id }
}
