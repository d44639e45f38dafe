import type { CollectionBeforeOperationHook, PayloadRequest, RequestContext } from 'payload'

/**
 * Whether a save is a draft save (a version only) or writes the main row.
 * Collection beforeChange hooks cannot tell: Payload fills every field the
 * client left out from the stored document, `_status` included. The
 * operation's arguments can, so this beforeOperation hook notes the kind in
 * req.context, per document, for enforceReviewRules to read.
 */
export type SaveKind = 'draft' | 'write'

type Kinds = Record<string, SaveKind>

const keyOf = ({ collection, id }: { collection: string; id?: number | string }): string =>
  `${collection}:${id === undefined ? '*' : String(id)}`

const kindsOf = (context: RequestContext): Kinds => {
  context.reviewSaveKinds ??= {}
  return context.reviewSaveKinds as Kinds
}

export const noteSaveKind: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'restoreVersion') return args
  const incoming = 'data' in args ? (args.data as { _status?: unknown } | undefined) : undefined
  // update(id) names its document; create, update(where) and a restore (whose id is the version's) do not.
  const id = operation === 'update' && 'id' in args ? (args.id as number | string | undefined) : undefined
  const kinds = kindsOf(req.context)
  if (id === undefined) {
    // Earlier notes about single documents would shadow this one: drop them.
    for (const key of Object.keys(kinds)) if (key.startsWith(`${collection.slug}:`)) delete kinds[key]
  }
  kinds[keyOf({ collection: collection.slug, id })] = args.draft && incoming?._status !== 'published' ? 'draft' : 'write'
  return args
}

export const saveKindOf = ({ req, collection, id }: { req: PayloadRequest; collection: string; id?: number | string }): SaveKind | undefined => {
  const kinds = kindsOf(req.context)
  return (id !== undefined ? kinds[keyOf({ collection, id })] : undefined) ?? kinds[keyOf({ collection })]
}
