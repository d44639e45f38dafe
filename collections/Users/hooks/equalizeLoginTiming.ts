import type { CollectionBeforeOperationHook } from 'payload'

import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

const pbkdf2Async = promisify(pbkdf2)

/**
 * Payload checks a password only for an account that exists and is not
 * locked: an unknown email answered in ~30 ms, a wrong password in ~700 ms,
 * so accounts could be enumerated. For unknown and locked accounts this
 * does the same key derivation a password check does, with Payload's
 * parameters for current hashes (payload/dist/auth/strategies/local/
 * generatePasswordSaltHash.js: PBKDF2-SHA256, 600,000 iterations, 32 bytes).
 * The refusal's wording is one for all three cases (payload.config.ts, i18n).
 */
export const equalizeLoginTiming: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login' || req.payloadAPI === 'local') return args
  const email = typeof args.data?.email === 'string' ? args.data.email.toLowerCase().trim() : ''
  const password = typeof args.data?.password === 'string' ? args.data.password : ''
  if (!email || !password) return args
  const account = await req.payload.db.findOne<{ id: number | string; lockUntil?: string | null }>({
    collection: collection.slug,
    where: { email: { equals: email } },
    req,
  })
  const locked = Boolean(account?.lockUntil && new Date(account.lockUntil).getTime() > Date.now())
  if (!account || locked) await pbkdf2Async(password, randomBytes(32).toString('hex'), 600_000, 32, 'sha256')
  return args
}
