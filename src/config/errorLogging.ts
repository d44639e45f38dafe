import type { AfterErrorHook, Config } from 'payload'

/**
 * A client's mistake (400, 401, 403, 404, 409, 413, 423) is logged at info,
 * as one line without a stack; a server error stays at error with its stack.
 * Payload picks the level by the error's class name (`loggingLevels`), which
 * cannot tell a 400 from a 500 for the generic `APIError` or for GraphQL's
 * wrapper: those two are logged here, by status, instead.
 */
// Payload's type lists fewer names than its errors carry (UnauthorizedError) and knows nothing of GraphQL's.
export const loggingLevels = {
  AuthenticationError: 'info',
  Forbidden: 'info',
  Locked: 'info',
  LockedAuth: 'info',
  MissingFile: 'info',
  NotFound: 'info',
  QueryError: 'info',
  UnauthorizedError: 'info',
  UnverifiedEmail: 'info',
  ValidationError: 'info',
  APIError: false,
  GraphQLError: false,
} as NonNullable<Config['loggingLevels']>

type MaybeStatusError = Error & { status?: number; originalError?: MaybeStatusError }

export const logErrorByStatus: AfterErrorHook = ({ error, req }) => {
  const graphql = error.name === 'GraphQLError'
  if (!graphql && error.name !== 'APIError') return
  const cause = (graphql && (error as MaybeStatusError).originalError) || (error as MaybeStatusError)
  // GraphQL wraps every resolver error, the class named in loggingLevels included: judge by the cause's status.
  const status = cause.status ?? 500
  if (status < 500) req.payload.logger.info({ msg: `${status} ${cause.message}` })
  else req.payload.logger.error({ err: cause })
}
