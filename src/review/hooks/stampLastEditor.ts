import type { CollectionBeforeChangeHook } from 'payload'

/** Records who touched a document last; server-side writes without a user keep the old stamp. */
export const stampLastEditor: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user) {
    data.lastEditedBy = req.user.id
    data.lastEditedAt = new Date().toISOString()
  }
  return data
}
