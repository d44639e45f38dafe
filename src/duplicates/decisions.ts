import type { Payload, PayloadRequest } from 'payload'

import { APIError, commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { Question } from '../payload-types'

import { canEditContent, isStaffUser } from '../access/userRoles'
import { featuresOf } from './features'
import { markQuestionChanged } from './service'
import { similarity } from './similarity'

type Actor = NonNullable<PayloadRequest['user']>

const actorNameOf = (user: Actor): string | null => {
  const { name, email } = user as { name?: string | null; email?: string | null }
  return name?.trim() || email || null
}

const refuse = (message: string, status: 400 | 403 | 404): never => {
  throw new APIError(message, status, undefined, true)
}

const loadQuestion = async ({ req, id }: { req: PayloadRequest; id: number | string }): Promise<Question> => {
  const question = await req.payload.findByID({ collection: 'questions', id, draft: true, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
  if (!question) refuse(`No question ${String(id)}.`, 404)
  return question as Question
}

const hintsOf = async ({ req, id }: { req: PayloadRequest; id: number | string }) =>
  (
    await req.payload.find({
      collection: 'hints',
      where: { question: { equals: id } },
      sort: 'position',
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
  ).docs

const scoreOf = async ({ req, a, b }: { req: PayloadRequest; a: Question; b: Question }) => {
  const textOf = async (question: Question) => ({
    prompt: question.prompt,
    workingTitle: question.workingTitle,
    hints: question.prompt?.trim() ? [] : (await hintsOf({ req, id: question.id })).map((hint) => hint.plainText ?? ''),
  })
  return Math.round(similarity({ a: featuresOf(await textOf(a)), b: featuresOf(await textOf(b)) }) * 1000) / 1000
}

/**
 * "Not a duplicate": the pair is no longer flagged, on the question page, in
 * the queue or by the CLI. Recorded with who decided, when and the score.
 */
export const markNotDuplicate = async ({ req, id, other }: { req: PayloadRequest; id: number | string; other: number | string }) => {
  if (!req.user || !isStaffUser(req.user)) refuse('Only editors, reviewers and admins decide on duplicates.', 403)
  if (String(id) === String(other)) refuse('A question cannot be a duplicate of itself.', 400)
  const [question, otherQuestion] = await Promise.all([loadQuestion({ req, id }), loadQuestion({ req, id: other })])
  const decision = await req.payload.create({
    collection: 'duplicate-decisions',
    data: {
      kind: 'notDuplicate',
      question: question.id,
      other: otherQuestion.id,
      questionDocId: String(question.id),
      otherDocId: String(otherQuestion.id),
      otherWording: otherQuestion.prompt ?? otherQuestion.workingTitle,
      score: await scoreOf({ req, a: question, b: otherQuestion }),
      actor: req.user!.id as number,
      actorName: actorNameOf(req.user!),
    },
    overrideAccess: true,
    req,
  })
  return decision
}

/** Whether a question was ever published: a release may hold it, so it is archived rather than deleted. */
const everPublished = async ({ req, question }: { req: PayloadRequest; question: Question }) => {
  const stored = await req.payload.findByID({ collection: 'questions', id: question.id, draft: false, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (stored?._status === 'published') return true
  const published = await req.payload.count({
    collection: 'review-events',
    where: { and: [{ question: { equals: question.id } }, { subject: { equals: 'question' } }, { published: { equals: true } }] },
    overrideAccess: true,
    req,
  })
  return published.totalDocs > 0
}

/**
 * Merges a duplicate into the question it copies, in one transaction: the
 * duplicate's hints are copied onto the kept question as new drafts (so
 * they are reviewed there), then the duplicate is deleted, or archived
 * (unpublished and marked merged) if it was ever published, so that
 * releases that hold it stay whole. A decision records who merged what.
 */
export const mergeQuestion = async ({ payload, user, id, into }: { payload: Payload; user: Actor | null; id: number | string; into: number | string }) => {
  if (!user || !canEditContent(user)) refuse('Only editors and admins merge questions.', 403)
  if (String(id) === String(into)) refuse('A question cannot be merged into itself.', 400)
  const req = await createLocalReq({ user: user! }, payload)
  await initTransaction(req)
  try {
    const [duplicate, kept] = await Promise.all([loadQuestion({ req, id }), loadQuestion({ req, id: into })])
    if (duplicate.mergedInto) refuse('This question was already merged.', 400)
    if (kept.mergedInto) refuse('The question to keep was itself merged into another; merge into that one.', 400)
    const score = await scoreOf({ req, a: kept, b: duplicate })
    const [moving, keptHints] = await Promise.all([hintsOf({ req, id: duplicate.id }), hintsOf({ req, id: kept.id })])
    let position = keptHints.reduce((last, hint) => Math.max(last, hint.position ?? 0), 0)
    for (const hint of moving) {
      position += 1
      await payload.create({
        collection: 'hints',
        data: { question: kept.id, position, text: hint.text },
        draft: true,
        overrideAccess: false,
        user: req.user,
        req,
      })
    }
    const archive = await everPublished({ req, question: duplicate })
    if (archive) {
      // A system write: unpublishing approved content is no editor's review move, and this is not one.
      const system = await createLocalReq({ context: req.context }, payload)
      system.transactionID = req.transactionID
      await payload.update({
        collection: 'questions',
        id: duplicate.id,
        data: { mergedInto: kept.id, _status: 'draft', reviewStatus: 'draft' },
        overrideAccess: true,
        req: system,
      })
    } else {
      for (const hint of moving) await payload.delete({ collection: 'hints', id: hint.id, overrideAccess: false, user: req.user, req })
      await payload.delete({ collection: 'questions', id: duplicate.id, overrideAccess: false, user: req.user, req })
    }
    const decision = await payload.create({
      collection: 'duplicate-decisions',
      data: {
        kind: 'merged',
        question: kept.id,
        other: archive ? duplicate.id : null,
        questionDocId: String(kept.id),
        otherDocId: String(duplicate.id),
        otherWording: duplicate.prompt ?? duplicate.workingTitle,
        score,
        outcome: archive ? 'archived' : 'deleted',
        hintsCopied: moving.length,
        actor: user!.id as number,
        actorName: actorNameOf(user!),
      },
      overrideAccess: true,
      req,
    })
    await commitTransaction(req)
    markQuestionChanged({ payload, id: duplicate.id })
    markQuestionChanged({ payload, id: kept.id })
    return { decision, kept: kept.id, merged: duplicate.id, outcome: archive ? ('archived' as const) : ('deleted' as const), hintsCopied: moving.length }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
