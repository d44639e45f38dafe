import type { CollectionBeforeOperationHook, Config, FlattenedField, Payload, Where } from 'payload'

import { APIError, isValidID, NotFound } from 'payload'

/**
 * An id that cannot exist (`/api/questions/abc`, `where[role][equals]=abc`)
 * reached SQL as NaN and answered 500 (issue #16, finding 13). Every
 * collection gets one `beforeOperation` hook that answers 404 for such an id
 * in the path and 400 for such a value in a filter, for REST, GraphQL and the
 * Local API alike, before any query runs.
 */
type IdType = 'number' | 'text' | 'ObjectID'

const idTypeOf = ({ payload, collection }: { payload: Payload; collection: string }): IdType | undefined => {
  const custom = (payload.collections as Record<string, { customIDType?: 'number' | 'text' } | undefined>)[collection]?.customIDType
  if (custom) return custom
  // MongoDB's default ids are ObjectIDs, though the adapter calls them text.
  if (payload.db.name === 'mongoose') return 'ObjectID'
  return payload.db.defaultIDType === 'number' ? 'number' : payload.db.defaultIDType === 'text' ? 'text' : undefined
}

/** REST has turned the path segment into a number already (parseFloat), so NaN, 1.5 and 1e20 all arrive here. */
const isPossibleId = ({ value, idType }: { value: unknown; idType: IdType | undefined }): boolean => {
  if (idType === 'number') {
    const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value
    return typeof number === 'number' && Number.isSafeInteger(number) && number > 0
  }
  if (idType === 'ObjectID') return isValidID(value as string, 'ObjectID')
  if (idType === 'text') return typeof value === 'string' && value !== ''
  return true
}

const idOperators = new Set(['equals', 'not_equals', 'in', 'not_in', 'all'])

/** The collection whose ids a filter path compares against: `id`, or a single-target relationship (`role`, `role.id`). */
const idTargetOf = ({ fields, collection, path }: { fields: FlattenedField[]; collection: string; path: string }): string | undefined => {
  const [head, rest] = path.split(/\.(.*)/s)
  if (head === 'id' && !rest) return collection
  if (rest && rest !== 'id') return undefined
  const field = fields.find((candidate) => candidate.name === head)
  if (!field || (field.type !== 'relationship' && field.type !== 'upload')) return undefined
  return typeof field.relationTo === 'string' ? field.relationTo : undefined
}

const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' && value.includes(',') ? value.split(',') : [value]

const checkWhere = ({ where, fields, collection, payload }: { where: Where; fields: FlattenedField[]; collection: string; payload: Payload }): void => {
  for (const [path, condition] of Object.entries(where)) {
    if ((path === 'and' || path === 'or') && Array.isArray(condition)) {
      for (const nested of condition) checkWhere({ where: nested as Where, fields, collection, payload })
      continue
    }
    const target = idTargetOf({ fields, collection, path })
    if (!target || typeof condition !== 'object' || condition === null) continue
    const idType = idTypeOf({ payload, collection: target })
    for (const [operator, value] of Object.entries(condition)) {
      if (!idOperators.has(operator) || value === null || value === undefined) continue
      const invalid = listOf(value).find((item) => !isPossibleId({ value: item, idType }))
      if (invalid !== undefined) throw new APIError(`where[${path}][${operator}]: ${JSON.stringify(invalid)} is not a valid id.`, 400, undefined, true)
    }
  }
}

const rejectInvalidIdsHook: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const { id, where } = args as { id?: unknown; where?: Where }
  if (id !== undefined && id !== null && !isPossibleId({ value: id, idType: idTypeOf({ payload: req.payload, collection: collection.slug }) })) {
    throw new NotFound(req.t)
  }
  // Fields inside rows and unnamed tabs filter by their own name: the flattened list has them.
  if (where && typeof where === 'object') checkWhere({ where, fields: collection.flattenedFields, collection: collection.slug, payload: req.payload })
  return args
}

/** A config plugin: adds the hook to every collection of the config (Payload adds its own collections later). */
export const rejectInvalidIds = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [rejectInvalidIdsHook, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
})
