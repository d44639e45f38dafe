import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import { clientStatusOf, loadRoundState, performRoundAction, summaryStatus } from './round'
import { actionSchema, guard, problem, readBody, zodMessage } from './reviewEndpoints'

const bulkRoundSchema = actionSchema.extend({
  ids: z.array(z.union([z.string().min(1), z.number()])).min(1).max(500),
})

/** Runs a handler, answering Payload's 4xx errors as a problem and rethrowing anything else. */
const answer = async (run: () => Promise<Response>): Promise<Response> => {
  try {
    return await run()
  } catch (error) {
    const status = clientStatusOf(error)
    if (!status) throw error
    return problem({ status, message: (error as Error).message })
  }
}

const idOf = (req: PayloadRequest): string => String(req.routeParams?.id)

/**
 * One review round per question (src/review/round.ts), on the questions collection:
 * - GET  /api/questions/:id/review-round  the question's and each hint's status, diff and open actions;
 * - POST /api/questions/:id/review-round  `{ action, comment? }` on the question and its hints, one result per item;
 * - POST /api/questions/review-round      `{ ids, action, comment? }`, the same for several questions.
 * The per-item endpoints (`/review`) stay, for a hint reviewed alone.
 */
export const roundEndpoints: Endpoint[] = [
  {
    path: '/:id/review-round',
    method: 'get',
    handler: async (req) => guard(req) ?? answer(async () => Response.json(await loadRoundState({ req, questionId: idOf(req) }))),
  },
  {
    path: '/:id/review-round',
    method: 'post',
    handler: async (req) => {
      const refused = guard(req)
      if (refused) return refused
      const body = actionSchema.safeParse(await readBody(req))
      if (!body.success) return problem({ status: 400, message: zodMessage(body.error) })
      return answer(async () => {
        const round = await performRoundAction({ req, questionId: idOf(req), ...body.data })
        const status = summaryStatus(round.results)
        const done = round.results.filter((result) => result.ok).length
        return Response.json({ action: body.data.action, done, failed: round.results.length - done, ...round }, { status })
      })
    },
  },
  {
    path: '/review-round',
    method: 'post',
    handler: async (req) => {
      const refused = guard(req)
      if (refused) return refused
      const body = bulkRoundSchema.safeParse(await readBody(req))
      if (!body.success) return problem({ status: 400, message: zodMessage(body.error) })
      const { ids, action, comment } = body.data
      const rounds = []
      for (const questionId of [...new Set(ids.map(String))]) {
        try {
          rounds.push(await performRoundAction({ req, questionId, action, comment }))
        } catch (error) {
          const status = clientStatusOf(error)
          if (!status) throw error
          rounds.push({ questionId, results: [{ collection: 'questions' as const, id: questionId, ok: false, status, message: (error as Error).message }] })
        }
      }
      const results = rounds.flatMap((round) => round.results)
      const done = results.filter((result) => result.ok).length
      return Response.json({ action, done, failed: results.length - done, rounds }, { status: summaryStatus(results) })
    },
  },
]
