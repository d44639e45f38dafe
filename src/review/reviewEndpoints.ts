import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import type { ReviewedCollection } from './wording'

import { isStaffUser } from '../access/userRoles'
import { clientErrorStatus, errorResponse, invalidResponse, jsonResponse, problemResponse } from '../http/respond'
import { loadReviewState, performReviewAction } from './review'
import { reviewActions } from './transitions'

export const actionSchema = z.object({
  action: z.enum(reviewActions),
  comment: z.string().trim().max(10_000).optional(),
})

const bulkSchema = actionSchema.extend({
  ids: z.array(z.union([z.string().min(1), z.number()])).min(1).max(500),
})

/** The one problem-response helper, under the name the round endpoints use. */
export const problem = problemResponse

export const readBody = async (req: PayloadRequest): Promise<unknown> => (req.json ? req.json().catch(() => null) : null)

export const zodMessage = (error: z.ZodError): string =>
  error.issues.map((issue) => `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`).join('; ')

export const guard = (req: PayloadRequest): Response | null => {
  if (!req.user) return problemResponse({ status: 401, message: 'Log in to review.' })
  if (!isStaffUser(req.user)) return problemResponse({ status: 403, message: 'Only editors, reviewers and admins take part in review.' })
  return null
}

/**
 * The review endpoints of a collection:
 * - GET  /api/<collection>/:id/review  the item's status, wording diff against the approved version, and the actions open to the user;
 * - POST /api/<collection>/:id/review  `{ action, comment? }`;
 * - POST /api/<collection>/review      `{ ids, action, comment? }`, one result per item.
 * They are conveniences over an ordinary save: the rules are enforceReviewRules'.
 */
export const reviewEndpoints = (collection: ReviewedCollection): Endpoint[] => [
  {
    path: '/:id/review',
    method: 'get',
    handler: async (req) => {
      const refused = guard(req)
      if (refused) return refused
      try {
        return jsonResponse({ body: await loadReviewState({ req, collection, id: String(req.routeParams?.id) }) })
      } catch (error) {
        return errorResponse(error)
      }
    },
  },
  {
    path: '/:id/review',
    method: 'post',
    handler: async (req) => {
      const refused = guard(req)
      if (refused) return refused
      const body = actionSchema.safeParse(await readBody(req))
      if (!body.success) return invalidResponse({ error: body.error })
      try {
        const doc = await performReviewAction({ req, collection, id: String(req.routeParams?.id), ...body.data })
        return jsonResponse({ body: { message: `${body.data.action}: done`, doc } })
      } catch (error) {
        return errorResponse(error)
      }
    },
  },
  {
    path: '/review',
    method: 'post',
    handler: async (req) => {
      const refused = guard(req)
      if (refused) return refused
      const body = bulkSchema.safeParse(await readBody(req))
      if (!body.success) return invalidResponse({ error: body.error })
      const { ids, action, comment } = body.data
      // One save (and transaction) per item: an item that is refused leaves the others as they are.
      const results: { id: number | string; ok: boolean; status: number; message?: string; reviewStatus?: string }[] = []
      for (const id of [...new Set(ids.map(String))]) {
        try {
          const doc = await performReviewAction({ req, collection, id, action, comment })
          results.push({ id: doc.id, ok: true, status: 200, reviewStatus: doc.reviewStatus })
        } catch (error) {
          const status = clientErrorStatus(error)
          if (!status) throw error
          results.push({ id, ok: false, status, message: (error as Error).message })
        }
      }
      const failed = results.filter((result) => !result.ok)
      // All done: 200. Nothing done: the first refusal's status. Some done: 207, details per item.
      const status = failed.length === 0 ? 200 : failed.length === results.length ? failed[0].status : 207
      return jsonResponse({ body: { action, done: results.length - failed.length, failed: failed.length, results }, status })
    },
  },
]
