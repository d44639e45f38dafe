import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import { isStaffUser } from '../access/userRoles'
import { idOf } from '../content/ids'
import { markNotDuplicate, mergeQuestion } from './decisions'
import { duplicatesOfQuestion, questionsWithUnresolvedDuplicates } from './service'

const idSchema = z.union([z.string().trim().min(1), z.number()])
const otherSchema = z.object({ other: idSchema })
const mergeSchema = z.object({ into: idSchema })
const idsSchema = z.object({ ids: z.array(idSchema).max(1000) })

const problem = ({ status, message }: { status: number; message: string }) => Response.json({ errors: [{ message }] }, { status })

const statusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown })?.status
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined
}

const readBody = async (req: PayloadRequest): Promise<unknown> => (req.json ? req.json().catch(() => null) : null)

const guard = (req: PayloadRequest): Response | null => {
  if (!req.user) return problem({ status: 401, message: 'Log in to see duplicates.' })
  if (!isStaffUser(req.user)) return problem({ status: 403, message: 'Only editors, reviewers and admins see duplicates.' })
  return null
}

/** Runs a handler, answering Payload's 4xx errors (refusals, not found) as problems. */
const answer = async (run: () => Promise<Response>): Promise<Response> => {
  try {
    return await run()
  } catch (error) {
    const status = statusOf(error)
    if (!status) throw error
    return problem({ status, message: (error as Error).message })
  }
}

/** A question as the side-by-side view shows it. */
const describeQuestions = async ({ req, ids }: { req: PayloadRequest; ids: (number | string)[] }) => {
  if (ids.length === 0) return new Map<string, { id: number | string; title: string; prompt: string | null; role: string | null; level: string | null; hints: string[]; reviewStatus: string }>()
  const as = { draft: true, depth: 0, limit: 0, pagination: false, overrideAccess: false, user: req.user, req } as const
  const questions = await req.payload.find({ collection: 'questions', where: { id: { in: ids } }, ...as, depth: 1 })
  const hints = await req.payload.find({ collection: 'hints', where: { question: { in: ids } }, sort: 'position', select: { question: true, plainText: true }, ...as })
  return new Map(
    questions.docs.map((question) => [
      String(question.id),
      {
        id: question.id,
        title: question.workingTitle ?? '',
        prompt: question.prompt ?? null,
        role: typeof question.role === 'object' && question.role ? question.role.name : null,
        level: typeof question.level === 'object' && question.level ? question.level.name : null,
        reviewStatus: question.reviewStatus,
        hints: hints.docs.filter((hint) => String(idOf(hint.question)) === String(question.id)).map((hint) => hint.plainText ?? ''),
      },
    ]),
  )
}

/**
 * - GET  /api/questions/:id/duplicates          likely duplicates, side by side, best first;
 * - POST /api/questions/:id/not-duplicate       `{ other }`: remembered and audited;
 * - POST /api/questions/:id/merge               `{ into }`: merge this question into `into`;
 * - POST /api/questions/duplicates/unresolved   `{ ids }`: which of them have an undismissed likely duplicate.
 */
export const duplicateEndpoints: Endpoint[] = [
  {
    path: '/:id/duplicates',
    method: 'get',
    handler: async (req) =>
      guard(req) ??
      answer(async () => {
        const id = String(req.routeParams?.id)
        const matches = await duplicatesOfQuestion({ payload: req.payload, id })
        const described = await describeQuestions({ req, ids: [id, ...matches.map((match) => match.id)] })
        const question = described.get(id)
        if (!question) return problem({ status: 404, message: `No question ${id}.` })
        return Response.json({
          question,
          duplicates: matches.flatMap((match) => {
            const other = described.get(match.id)
            return other ? [{ ...other, score: match.score, link: `/admin/collections/questions/${match.id}` }] : []
          }),
        })
      }),
  },
  {
    path: '/:id/not-duplicate',
    method: 'post',
    handler: async (req) =>
      guard(req) ??
      answer(async () => {
        const body = otherSchema.safeParse(await readBody(req))
        if (!body.success) return problem({ status: 400, message: 'Body must be { "other": <question id> }.' })
        const decision = await markNotDuplicate({ req, id: String(req.routeParams?.id), other: body.data.other })
        return Response.json({ message: 'Marked as not duplicate.', decision }, { status: 201 })
      }),
  },
  {
    path: '/:id/merge',
    method: 'post',
    handler: async (req) =>
      guard(req) ??
      answer(async () => {
        const body = mergeSchema.safeParse(await readBody(req))
        if (!body.success) return problem({ status: 400, message: 'Body must be { "into": <question id> }.' })
        const result = await mergeQuestion({ payload: req.payload, user: req.user, id: String(req.routeParams?.id), into: body.data.into })
        return Response.json({ message: `Merged into question ${String(result.kept)} (${result.outcome}).`, ...result })
      }),
  },
  {
    path: '/duplicates/unresolved',
    method: 'post',
    handler: async (req) =>
      guard(req) ??
      answer(async () => {
        const body = idsSchema.safeParse(await readBody(req))
        if (!body.success) return problem({ status: 400, message: 'Body must be { "ids": [<question id>, …] } (at most 1000).' })
        return Response.json({ ids: await questionsWithUnresolvedDuplicates({ payload: req.payload, ids: body.data.ids }) })
      }),
  },
]
