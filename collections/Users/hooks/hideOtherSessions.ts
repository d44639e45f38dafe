import type { CollectionAfterReadHook } from 'payload'

/**
 * A user's sessions are theirs alone. Payload's own field access should say
 * so, but an admin reading the users collection received everyone's. Reads
 * without a user are Payload's own (the JWT strategy checks the session id)
 * or trusted code: users' access refuses them to anonymous callers anyway.
 */
export const hideOtherSessions: CollectionAfterReadHook = ({ doc, req }) => {
  if (doc && 'sessions' in doc && req.user && String(req.user.id) !== String(doc.id)) delete doc.sessions
  return doc
}
