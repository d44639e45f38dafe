import type { Endpoint } from 'payload'

import { z } from 'zod'

import { canReview } from '../access/userRoles'
import { publishRelease } from './publishRelease'

const publishBodySchema = z.object({ role: z.string().trim().min(1, 'role (a slug) is required') })

/** POST /api/releases/publish { role } — reviewers and admins freeze the approved bank as a release. */
export const publishReleaseEndpoint: Endpoint = {
  path: '/publish',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Log in as a reviewer to publish.' }] }, { status: 401 })
    if (!canReview(req.user)) return Response.json({ errors: [{ message: 'Only reviewers and admins publish releases.' }] }, { status: 403 })
    const body = publishBodySchema.safeParse(await req.json?.().catch(() => null))
    if (!body.success) return Response.json({ errors: body.error.issues.map((issue) => ({ message: issue.message })) }, { status: 400 })
    const { docs } = await req.payload.find({ collection: 'roles', where: { slug: { equals: body.data.role } }, limit: 1, depth: 0 })
    if (!docs[0]) return Response.json({ errors: [{ message: `No role with slug "${body.data.role}".` }] }, { status: 404 })
    const { release, created } = await publishRelease({ payload: req.payload, role: docs[0], user: req.user as never })
    const { snapshot: _snapshot, ...summary } = release
    return Response.json({ created, release: summary }, { status: created ? 201 : 200 })
  },
}
