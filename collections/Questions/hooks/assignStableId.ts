import type { CollectionBeforeChangeHook } from 'payload'

import { randomUUID } from 'node:crypto'

/** Exports identify questions by this id across databases and re-imports; it is set once. */
export const assignStableId: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (operation === 'create') data.stableId = data.stableId || randomUUID()
  else if (originalDoc?.stableId) data.stableId = originalDoc.stableId
  return data
}
