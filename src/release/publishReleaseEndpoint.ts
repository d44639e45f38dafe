import type { Endpoint } from 'payload'

import { z } from 'zod'

import { canReview } from '../access/userRoles'
import { invalidResponse, jsonResponse, problemResponse, project } from '../http/respond'
import { publishRelease } from './publishRelease'

const publishBodySchema = z.object({ role: z.string().trim().min(1, 'role (a slug) is required') })

/** What the publish answer says of a release to its reviewer: no snapshot, no user record. */
const releaseSummaryKeys = ['id', 'label', 'role', 'version', 'contentHash', 'questionCount', 'contents', 'createdAt'] as const

/** POST /api/releases/publish { role } — reviewers and admins freeze the approved bank as a release. */
export const publishReleaseEndpoint: Endpoint = {
  path: '/publish',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problemResponse({ status: 401, message: 'Log in as a reviewer to publish.' })
    if (!canReview(req.user)) return problemResponse({ status: 403, message: 'Only reviewers and admins publish releases.' })
    const body = publishBodySchema.safeParse(await req.json?.().catch(() => null))
    if (!body.success) return invalidResponse({ error: body.error })
    const { docs } = await req.payload.find({
      collection: 'roles',
      where: { slug: { equals: body.data.role } },
      limit: 1,
      depth: 0,
      overrideAccess: false,
      req,
    })
    if (!docs[0]) return problemResponse({ status: 404, message: `No role with slug "${body.data.role}".` })
    const { release, created } = await publishRelease({ payload: req.payload, role: docs[0], user: req.user as never })
    return jsonResponse({ body: { created, release: project(release, releaseSummaryKeys) }, status: created ? 201 : 200 })
  },
}
