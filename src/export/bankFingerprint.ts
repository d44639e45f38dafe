import type { Payload } from 'payload'

import type { Role } from '../payload-types'
import type { ExportQuery } from './exportQuery'

import { createHash } from 'node:crypto'

const newest = async ({ payload, collection, where }: { payload: Payload; collection: 'questions' | 'hints' | 'levels'; where: Record<string, unknown> }) => {
  const result = await payload.find({ collection, where: where as never, sort: '-updatedAt', limit: 1, depth: 0, select: { updatedAt: true } })
  return [result.totalDocs, result.docs[0]?.updatedAt ?? null]
}

/**
 * A weak ETag for a live export, from what publishing changes (counts and the
 * newest update of published rows) rather than from the bytes, so a 304 costs
 * three small queries instead of a whole export. Each reads only `updatedAt`:
 * a whole question row would bring its hints join and hooks along.
 */
export const bankFingerprint = async ({ payload, role, query }: { payload: Payload; role: Role; query: ExportQuery }): Promise<string> => {
  const parts = [
    query,
    role.updatedAt,
    await newest({ payload, collection: 'questions', where: { and: [{ role: { equals: role.id } }, { _status: { equals: 'published' } }] } }),
    await newest({ payload, collection: 'hints', where: { _status: { equals: 'published' } } }),
    await newest({ payload, collection: 'levels', where: {} }),
  ]
  return `W/"${createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32)}"`
}
