import type { Endpoint } from 'payload'

import { exportBank, fileNameFor } from '../../exporters'
import { idKey } from '../content/ids'
import { exportCacheOf } from '../export/exportCache'
import { invalidResponse, problemResponse } from '../http/respond'
import { exportQuerySchema } from '../export/exportQuery'
import { exportResponse } from '../export/exportResponse'
import { sourceFromSnapshot } from './releaseSource'

/** GET /api/releases/:id/download?format=json|md|csv — byte-identical for as long as the release exists. */
export const downloadReleaseEndpoint: Endpoint = {
  path: '/:id/download',
  method: 'get',
  handler: async (req) => {
    const query = exportQuerySchema.safeParse(req.query ?? {})
    if (!query.success) return invalidResponse({ error: query.error })
    const id = String(req.routeParams?.id ?? '')
    const release = await req.payload
      .findByID({ collection: 'releases', id, depth: 1, overrideAccess: false, user: req.user })
      .catch(() => null)
    if (!release) return problemResponse({ status: 404, message: `No release ${id}.` })

    const { format, csvProfile } = query.data
    const roleSlug = typeof release.role === 'object' && release.role ? (release.role.slug ?? 'bank') : 'bank'
    // A release never changes, so its hash names its bytes in each format and profile.
    const etag = `"${release.contentHash.replace(/^sha256:/, '').slice(0, 32)}-${format}${format === 'csv' ? `-${csvProfile}` : ''}"`
    return exportResponse({
      request: req,
      format,
      fileName: fileNameFor({ roleSlug, format, release: `v${release.version}` }),
      etag,
      // The JSON is the stored snapshot itself; the other formats are rendered from it once.
      cache: format === 'json' ? undefined : { store: exportCacheOf(req.payload), key: JSON.stringify(['release', idKey(release.id), etag]) },
      chunks: () =>
        format === 'json'
          ? (async function* () {
              yield release.snapshot
            })()
          : exportBank({ source: sourceFromSnapshot({ snapshot: release.snapshot }), format, csvProfile }),
    })
  },
}
