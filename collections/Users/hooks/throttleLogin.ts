import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { loginThrottleKeys, loginThrottleOf } from '../../../src/access/loginThrottle'

const contextKey = 'loginThrottleKeys'

/**
 * Counts every login over REST and GraphQL (each alias of a batched
 * `loginUser` mutation is its own operation) per client IP and per account,
 * and answers 429 past the limits (src/access/loginThrottle.ts). Local API
 * logins are trusted server code and are not counted.
 */
export const throttleLogin: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'login' || req.payloadAPI === 'local') return args
  const email = typeof args.data?.email === 'string' ? args.data.email : ''
  const keys = loginThrottleKeys({ headers: req.headers, email })
  const verdict = loginThrottleOf(req.payload).take({ keys })
  if (!verdict.allowed) {
    const minutes = Math.max(1, Math.ceil(verdict.retryAfterMs / 60_000))
    throw new APIError(`Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, 429, undefined, true)
  }
  req.context[contextKey] = keys.map(({ key }) => key)
  return args
}

/** A successful login gives its attempt back: the limits are for guessing, not for signing in. */
export const refundLoginAttempt: CollectionAfterLoginHook = ({ req, user }) => {
  const keys = req.context[contextKey]
  if (Array.isArray(keys)) loginThrottleOf(req.payload).giveBack({ keys: keys as string[] })
  return user
}
