import type { Endpoint } from 'payload'

import type { ExportQuery } from './exportQuery'

import { exportBank, fileNameFor } from '../../exporters'
import { idKey } from '../content/ids'
import { invalidResponse, problemResponse } from '../http/respond'
import { bankFingerprint, readBankState } from './bankFingerprint'
import { bankSourceFromPayload } from './bankSource'
import { exportCacheOf } from './exportCache'
import { exportQuerySchema } from './exportQuery'
import { exportResponse } from './exportResponse'

/** The query as the export sees it: the profile only for CSV, selections sorted and without repeats (a=b,a is b,a). */
const canonicalQuery = ({ format, csvProfile, levels, tags }: ExportQuery) => ({
  format,
  csvProfile: format === 'csv' ? csvProfile : null,
  levels: [...new Set(levels)].sort(),
  tags: [...new Set(tags)].sort(),
})

/**
 * GET /api/roles/:slug/export?format=json|md|csv — the role's approved bank,
 * live. One query reads the role and the state of its bank (the ETag); a
 * matching If-None-Match gets a 304, bytes already rendered for that state
 * come from the cache, and anything else is rendered, streamed and kept.
 */
export const exportRoleEndpoint: Endpoint = {
  path: '/:slug/export',
  method: 'get',
  handler: async (req) => {
    const query = exportQuerySchema.safeParse(req.query ?? {})
    if (!query.success) return invalidResponse({ error: query.error })
    const slug = String(req.routeParams?.slug ?? '')
    const state = await readBankState({ payload: req.payload, slug })
    if (!state) return problemResponse({ status: 404, message: `No role with slug "${slug}".` })

    const { role } = state
    const selection = canonicalQuery(query.data)
    const { format, csvProfile } = query.data
    return exportResponse({
      request: req,
      format,
      fileName: fileNameFor({ roleSlug: role.slug ?? slug, format }),
      etag: bankFingerprint({ state, query: selection }),
      cache: { store: exportCacheOf(req.payload), key: JSON.stringify(['role', idKey(role.id), selection]) },
      chunks: () => ({
        async *[Symbol.asyncIterator]() {
          const source = await bankSourceFromPayload({ payload: req.payload, role, selection: { levels: selection.levels, tags: selection.tags } })
          yield* exportBank({ source, format, csvProfile })
        },
      }),
    })
  },
}
