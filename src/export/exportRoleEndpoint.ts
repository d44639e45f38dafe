import type { Endpoint } from 'payload'

import { exportBank, fileNameFor } from '../../exporters'
import { invalidResponse, problemResponse } from '../http/respond'
import { bankFingerprint } from './bankFingerprint'
import { bankSourceFromPayload } from './bankSource'
import { exportQuerySchema } from './exportQuery'
import { exportResponse } from './exportResponse'

/** GET /api/roles/:slug/export?format=json|md|csv — the role's approved bank, live. */
export const exportRoleEndpoint: Endpoint = {
  path: '/:slug/export',
  method: 'get',
  handler: async (req) => {
    const query = exportQuerySchema.safeParse(req.query ?? {})
    if (!query.success) return invalidResponse({ error: query.error })
    const slug = String(req.routeParams?.slug ?? '')
    const { docs } = await req.payload.find({
      collection: 'roles',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      overrideAccess: false,
      req,
    })
    const role = docs[0]
    if (!role) return problemResponse({ status: 404, message: `No role with slug "${slug}".` })

    const { format, csvProfile, levels, tags } = query.data
    return exportResponse({
      request: req,
      format,
      fileName: fileNameFor({ roleSlug: role.slug ?? slug, format }),
      etag: await bankFingerprint({ payload: req.payload, role, query: query.data }),
      chunks: () => ({
        async *[Symbol.asyncIterator]() {
          const source = await bankSourceFromPayload({ payload: req.payload, role, selection: { levels, tags } })
          yield* exportBank({ source, format, csvProfile })
        },
      }),
    })
  },
}
