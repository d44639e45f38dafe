import type { Payload, PayloadRequest } from 'payload'

import type { Hint, ImportRun, Question } from '../payload-types'
import type { BankQuestion } from '../../format/model'
import type { ImportPlan, QuestionAction } from './planImport'

import { randomUUID } from 'node:crypto'

import { textFormsOf, workingTitleFor } from '../content/derivedFields'
import { markdownToLexical } from '../content/lexicalMarkdown'
import { deriveWorkingTitle } from '../../importers/hint-lead-in'
import { insertDraftRow } from './importRows'

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

/** What the review and last-editor hooks would stamp on a new draft. */
const draftStamps = (req: PayloadRequest) => {
  const now = new Date().toISOString()
  const userId = req.user?.id ?? null
  return { reviewStatus: 'draft', reviewStatusChangedAt: now, wordingEditedBy: userId, lastEditedBy: userId, lastEditedAt: userId ? now : null }
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
    const data = {
      question: question.id as number,
      position: index + 1,
      text: await markdownToLexical({ config: payload.config, markdown: hint.text }),
    }
    const existing = stored[index]
    if (existing) await payload.update({ collection: 'hints', id: existing.id, data, draft: true, depth: 0, req, overrideAccess: true })
    else {
      await insertDraftRow({
        payload,
        req,
        collection: 'hints',
        data: { ...data, ...(await textFormsOf({ config: payload.config, text: data.text })), ...draftStamps(req) },
      })
    }
  }
  // Hints the document no longer has go, unless they were ever published: approved wording is never dropped silently.
  for (const extra of stored.slice(question.hints.length)) {
    if (extra._status !== 'published') await payload.delete({ collection: 'hints', id: extra.id, req, overrideAccess: true })
  }
}

/** Writes an import plan through the Local API, inside the caller's transaction (req). */
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
    const stored =
      level.existing ??
      (await payload.create({ collection: 'levels', data: { name: level.bankLevel.name, slug: level.slug, rank: level.rank }, ...write }))
    levelIds.set(level.bankLevel.name, stored.id)
  }

  for (const [index, action] of plan.actions.entries()) {
    onProgress?.({ done: index, total: plan.actions.length })
    if (action.kind === 'unchanged') continue
    const levelId = levelIds.get(action.level.name) as number
    const data = { ...questionData({ action, provenance }), level: levelId, role: role.id }
    if (action.kind === 'create') {
      const created: Question = await insertDraftRow({
        payload,
        req,
        collection: 'questions',
        data: {
          ...data,
          ...workingTitleFor({ prompt: action.question.prompt, hintTitle: data.hintTitle }),
          prompt: action.question.prompt,
          stableId: action.question.key ?? randomUUID(),
          ...draftStamps(req),
        },
      })
      await writeHints({ context, question: { id: created.id, hints: action.question.hints }, stored: [] })
      continue
    }
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
  }
  onProgress?.({ done: plan.actions.length, total: plan.actions.length })
  return { roleId: role.id }
}
