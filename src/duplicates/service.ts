import type { Payload, PayloadRequest } from 'payload'

import type { DuplicateIndex, DuplicateMatch } from './index'
import type { QuestionText } from './features'

import { idOf } from '../content/ids'
import { letOtherRequestsRun } from '../http/letOtherRequestsRun'
import { createDuplicateIndex, defaultThreshold, pairKey } from './index'

/**
 * One similarity index per Payload instance, created here and nowhere else.
 * It is kept up to date without ever blocking a save: the collection hooks
 * only note which questions changed (markQuestionChanged), and before every
 * use the index re-reads those, plus whatever another process (the CLI, the
 * bulk import writer, which skips hooks) saved since the last look. A change
 * in the number of questions (a delete elsewhere) rebuilds it from the
 * database; `prepbank duplicates --rebuild` does so on demand.
 */
type IndexState = {
  index: DuplicateIndex
  /** Ids of every question read, indexed or not (no text, merged): counted against the database to notice deletes. */
  known: Set<string>
  /** Questions saved or deleted in this process since the last refresh. */
  changed: Set<string>
  /** Started at this ISO time, the last refresh saw everything saved before it. */
  syncedAt: string | null
  /** "a\0b" (a < b) for every pair an editor marked as not duplicate. */
  dismissed: Set<string>
  /** One refresh at a time; concurrent callers wait for the running one. */
  refreshing: Promise<void> | null
}

const stateKey = Symbol.for('prepbank.duplicates')

type WithState = Payload & { [stateKey]?: IndexState }

const stateOf = (payload: Payload): IndexState => {
  const holder = payload as WithState
  holder[stateKey] ??= { index: createDuplicateIndex(), known: new Set(), changed: new Set(), syncedAt: null, dismissed: new Set(), refreshing: null }
  return holder[stateKey]
}

/** Called by the collection hooks: cheap, synchronous, cannot fail a save. */
export const markQuestionChanged = ({ payload, id }: { payload: Payload; id: unknown }): void => {
  if (id === null || id === undefined) return
  const state = stateOf(payload)
  if (state.syncedAt !== null) state.changed.add(String(idOf(id)))
}

type StoredQuestion = {
  id: number | string
  prompt?: string | null
  workingTitle?: string | null
  needsWording?: boolean | null
  role?: unknown
  mergedInto?: unknown
}

const chunkSize = 500
const questionSelect = { prompt: true, workingTitle: true, needsWording: true, role: true, mergedInto: true } as const

/** The plain-text hints of hint-only drafts, the only questions whose hints are compared. */
const hintTextsOf = async ({ payload, ids, req }: { payload: Payload; ids: (number | string)[]; req?: Partial<PayloadRequest> }) => {
  const texts = new Map<string, string[]>()
  for (let start = 0; start < ids.length; start += chunkSize) {
    const hints = await payload.find({
      collection: 'hints',
      where: { question: { in: ids.slice(start, start + chunkSize) } },
      select: { question: true, plainText: true, position: true },
      sort: 'position',
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const hint of hints.docs) {
      const key = String(idOf(hint.question))
      texts.set(key, [...(texts.get(key) ?? []), hint.plainText ?? ''])
    }
  }
  return texts
}

const indexQuestions = async ({ payload, state, questions, req }: { payload: Payload; state: IndexState; questions: StoredQuestion[]; req?: Partial<PayloadRequest> }) => {
  const hintOnly = questions.filter((question) => !question.prompt?.trim()).map((question) => question.id)
  const hints = hintOnly.length > 0 ? await hintTextsOf({ payload, ids: hintOnly, req }) : new Map<string, string[]>()
  for (const question of questions) {
    const id = String(question.id)
    state.known.add(id)
    // A merged (archived) question is history, not a candidate.
    if (question.mergedInto) {
      state.index.remove(id)
      continue
    }
    const text: QuestionText = { prompt: question.prompt, workingTitle: question.workingTitle, hints: hints.get(id) ?? [] }
    state.index.upsert({ id, roleId: question.role == null ? null : idOf(question.role), title: question.workingTitle ?? '', text })
  }
}

const loadDismissed = async ({ payload, state, req }: { payload: Payload; state: IndexState; req?: Partial<PayloadRequest> }) => {
  const decisions = await payload.find({
    collection: 'duplicate-decisions',
    where: { kind: { equals: 'notDuplicate' } },
    select: { questionDocId: true, otherDocId: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  state.dismissed = new Set(decisions.docs.map((decision) => pairKey(decision.questionDocId ?? '', decision.otherDocId ?? '')))
}

const rebuild = async ({ payload, state, req }: { payload: Payload; state: IndexState; req?: Partial<PayloadRequest> }) => {
  const startedAt = new Date().toISOString()
  const questions = await payload.find({
    collection: 'questions',
    select: questionSelect,
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  state.index = createDuplicateIndex()
  state.known = new Set()
  state.changed = new Set()
  await indexQuestions({ payload, state, questions: questions.docs as StoredQuestion[], req })
  await loadDismissed({ payload, state, req })
  state.syncedAt = startedAt
}

const refresh = async ({ payload, state, req }: { payload: Payload; state: IndexState; req?: Partial<PayloadRequest> }) => {
  if (state.syncedAt === null) return rebuild({ payload, state, req })
  const startedAt = new Date().toISOString()
  const since = { greater_than_equal: state.syncedAt }
  const as = { draft: true, depth: 0, limit: 0, pagination: false, overrideAccess: true, req } as const
  const [total, savedHints] = await Promise.all([
    payload.count({ collection: 'questions', overrideAccess: true, req }),
    payload.find({ collection: 'hints', where: { updatedAt: since }, select: { question: true }, ...as }),
  ])
  const ids = new Set(state.changed)
  for (const hint of savedHints.docs) ids.add(String(idOf(hint.question)))
  state.changed = new Set()
  const saved = await payload.find({
    collection: 'questions',
    where: { or: [{ updatedAt: since }, ...(ids.size > 0 ? [{ id: { in: [...ids] } }] : [])] },
    select: questionSelect,
    ...as,
  })
  for (const id of ids) if (!saved.docs.some((question) => String(question.id) === id)) {
    state.index.remove(id)
    state.known.delete(id)
  }
  await indexQuestions({ payload, state, questions: saved.docs as StoredQuestion[], req })
  // Someone else deleted questions: what is gone cannot be found by date, so start again.
  if (total.totalDocs !== state.known.size) return rebuild({ payload, state, req })
  await loadDismissed({ payload, state, req })
  state.syncedAt = startedAt
}

/** The index, brought up to date with the database. */
export const freshDuplicateIndex = async ({ payload, req, rebuild: fromScratch = false }: { payload: Payload; req?: Partial<PayloadRequest>; rebuild?: boolean }) => {
  const state = stateOf(payload)
  while (state.refreshing) await state.refreshing
  state.refreshing = (fromScratch ? rebuild : refresh)({ payload, state, req }).finally(() => {
    state.refreshing = null
  })
  await state.refreshing
  return { index: state.index, dismissed: state.dismissed }
}

/** Rebuilds the index from the database; returns how many questions it holds and how long it took. */
export const rebuildDuplicateIndex = async ({ payload }: { payload: Payload }) => {
  const started = performance.now()
  const { index } = await freshDuplicateIndex({ payload, rebuild: true })
  return { questions: index.size, milliseconds: Math.round(performance.now() - started) }
}

/** The likely duplicates of a stored question, without the pairs an editor dismissed. */
export const duplicatesOfQuestion = async ({ payload, id, threshold = defaultThreshold }: { payload: Payload; id: number | string; threshold?: number }) => {
  const { index, dismissed } = await freshDuplicateIndex({ payload })
  const matches = index.neighbours({ id, threshold, limit: 50 })
  return matches.filter((match) => !dismissed.has(pairKey(id, match.id)))
}

/** Which of these questions have a likely duplicate nobody has dismissed (the review queue's badge). */
export const questionsWithUnresolvedDuplicates = async ({ payload, ids }: { payload: Payload; ids: (number | string)[] }) => {
  const { index, dismissed } = await freshDuplicateIndex({ payload })
  return ids.filter((id) => index.neighbours({ id, limit: 50 }).some((match) => !dismissed.has(pairKey(id, match.id))))
}

/** For each incoming (unsaved) question, the stored questions it likely duplicates, in any role. */
export const checkIncomingQuestions = async ({
  payload,
  questions,
  threshold = defaultThreshold,
  limit = 5,
}: {
  payload: Payload
  questions: QuestionText[]
  threshold?: number
  limit?: number
}): Promise<DuplicateMatch[][]> => {
  const { index } = await freshDuplicateIndex({ payload })
  const matches: DuplicateMatch[][] = []
  // Each check hashes a question's text (about 0.1 ms): a large import's checks are sliced so other requests still run.
  for (const [position, text] of questions.entries()) {
    if (position > 0 && position % 1_000 === 0) await letOtherRequestsRun()
    matches.push(index.check({ text, threshold, limit }))
  }
  return matches
}

export const duplicateClusters = async ({ payload, threshold = defaultThreshold, roleId }: { payload: Payload; threshold?: number; roleId?: number | string }) => {
  const { index, dismissed } = await freshDuplicateIndex({ payload })
  return { clusters: index.clusters({ threshold, roleId, dismissed }), indexed: index.size }
}
