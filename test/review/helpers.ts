import type { Payload } from 'payload'

import type { ReviewStatus } from '../../src/review/fields/reviewStatus'
import type { ReviewedCollection } from '../../src/review/wording'

import { seedDraftBank } from '../helpers/content'

/**
 * A fresh bank with its question or hint put in `state` by trusted server
 * code (no user), so that no user counts as having written the wording.
 */
export const seedInState = async ({
  payload,
  collection,
  state,
}: {
  payload: Payload
  collection: ReviewedCollection
  state: ReviewStatus
}) => {
  const bank = await seedDraftBank({ payload })
  const id = collection === 'questions' ? bank.question.id : bank.hint.id
  if (state !== 'draft') {
    await payload.update({
      collection,
      id,
      data: { reviewStatus: state, ...(state === 'approved' ? { _status: 'published' as const } : {}) },
      draft: state !== 'approved',
    })
  }
  return { ...bank, id }
}

/** The newest version, as editors see it. */
export const latestOf = ({ payload, collection, id }: { payload: Payload; collection: ReviewedCollection; id: number | string }) =>
  payload.findByID({ collection, id, draft: true, depth: 0 })

/** The main row: what is published and exported. */
export const publishedOf = ({ payload, collection, id }: { payload: Payload; collection: ReviewedCollection; id: number | string }) =>
  payload.findByID({ collection, id, draft: false, depth: 0 })

export const eventsOf = async ({ payload, collection, id }: { payload: Payload; collection: ReviewedCollection; id: number | string }) =>
  (
    await payload.find({
      collection: 'review-events',
      where: { and: [{ documentId: { equals: String(id) } }, { subject: { equals: collection === 'hints' ? 'hint' : 'question' } }] },
      // Ids grow with insertion (SQLite); createdAt can tie within a millisecond.
      sort: 'id',
      limit: 0,
      depth: 0,
    })
  ).docs

export const versionCount = async ({ payload, collection, id }: { payload: Payload; collection: ReviewedCollection; id: number | string }) =>
  (await payload.findVersions({ collection, where: { parent: { equals: id } }, limit: 0, depth: 0 })).totalDocs

/** A GraphQL request through Payload's own route handler. */
export const graphqlRequest = async ({ payload, token, query }: { payload: Payload; token?: string; query: string }) => {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const handler = GRAPHQL_POST(Promise.resolve(payload.config))
  const response = await handler(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
      body: JSON.stringify({ query }),
    }),
  )
  return (await response.json()) as { data?: Record<string, any>; errors?: { message: string; extensions?: { statusCode?: number } }[] }
}
