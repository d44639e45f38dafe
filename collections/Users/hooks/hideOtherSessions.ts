import type { CollectionAfterReadHook } from 'payload'

/**
 * A user's sessions are theirs alone. Payload's own field access should say
 * so, but an admin reading the users collection received everyone's.
 */
export const hideOtherSessions: CollectionAfterReadHook = ({ doc, req }) => {
  if (doc && 'sessions' in doc && String(req.user?.id) !== String(doc.id)) delete doc.sessions
  return doc
}
