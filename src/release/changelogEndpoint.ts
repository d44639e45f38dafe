import type { Endpoint } from 'payload'
import { z } from 'zod'

import { changelogMarkdown, changelogOfReleases, previousRelease } from './changelog'

const querySchema = z.object({ format: z.enum(['json', 'md'], { error: 'format must be json or md' }).default('json') })

/** GET /api/releases/:id/changelog?format=json|md — what changed since the role's previous release. */
export const changelogEndpoint: Endpoint = {
  path: '/:id/changelog',
  method: 'get',
  handler: async (req) => {
    const query = querySchema.safeParse(req.query ?? {})
    if (!query.success) return Response.json({ errors: query.error.issues.map((issue) => ({ message: issue.message })) }, { status: 400 })
    const id = String(req.routeParams?.id ?? '')
    const release = await req.payload.findByID({ collection: 'releases', id, depth: 1, overrideAccess: false, user: req.user }).catch(() => null)
    if (!release) return Response.json({ errors: [{ message: `No release ${id}.` }] }, { status: 404 })
    const previous = await previousRelease({ payload: req.payload, release })
    if (!previous) {
      return Response.json({ errors: [{ message: `${release.label ?? `Release ${release.version}`} is the role's first release: there is nothing to compare it with.` }] }, { status: 404 })
    }
    const changelog = changelogOfReleases({ from: previous, to: release })
    const roleSlug = changelog.role.slug.replace(/[^A-Za-z0-9._-]+/g, '-')
    const fileName = `${roleSlug}-v${previous.version}-v${release.version}.changelog.${query.data.format}`
    const headers = { 'content-disposition': `inline; filename="${fileName}"`, 'cache-control': 'no-cache' }
    if (query.data.format === 'md') {
      return new Response(changelogMarkdown(changelog), { headers: { ...headers, 'content-type': 'text/markdown; charset=utf-8' } })
    }
    return Response.json(changelog, { headers })
  },
}
