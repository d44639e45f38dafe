import type { Payload } from 'payload'

/**
 * Login rate limits, per client IP and per account, in fixed windows. Every
 * attempt counts (each alias of a GraphQL `loginUser` runs its own login
 * operation, so each counts); a successful login gives its attempt back.
 * The state lives on the Payload instance, so it is per process: several
 * server processes each keep their own counts.
 */

export type LoginLimit = { max: number; windowMs: number }

export const loginLimits = {
  /** Below what an office behind one NAT needs, above what guessing needs. */
  perIp: { max: 20, windowMs: 5 * 60_000 },
  /** Payload locks an account after 5 wrong passwords; this caps the rest (and the locked account's noise). */
  perAccount: { max: 10, windowMs: 5 * 60_000 },
} as const satisfies Record<string, LoginLimit>

type Window = { count: number; resetAt: number }

export type LoginThrottle = {
  /** Counts one attempt against each key; refused (with when to retry) if any key is over its limit. */
  take: (args: { keys: { key: string; limit: LoginLimit }[]; now?: number }) => { allowed: true } | { allowed: false; retryAfterMs: number }
  /** Gives an attempt back, after a successful login. */
  giveBack: (args: { keys: string[] }) => void
}

const maxTrackedKeys = 100_000

export const createLoginThrottle = (): LoginThrottle => {
  const windows = new Map<string, Window>()
  const sweep = (now: number) => {
    for (const [key, window] of windows) if (window.resetAt <= now) windows.delete(key)
  }
  return {
    take: ({ keys, now = Date.now() }) => {
      if (windows.size > maxTrackedKeys) sweep(now)
      const current = keys.map(({ key, limit }) => {
        const existing = windows.get(key)
        const window = existing && existing.resetAt > now ? existing : { count: 0, resetAt: now + limit.windowMs }
        windows.set(key, window)
        return { window, limit }
      })
      const over = current.filter(({ window, limit }) => window.count >= limit.max)
      if (over.length > 0) return { allowed: false, retryAfterMs: Math.max(...over.map(({ window }) => window.resetAt - now)) }
      for (const { window } of current) window.count += 1
      return { allowed: true }
    },
    giveBack: ({ keys }) => {
      for (const key of keys) {
        const window = windows.get(key)
        if (window && window.count > 0) window.count -= 1
      }
    },
  }
}

declare module 'payload' {
  interface BasePayload {
    /** Set by loginThrottleOf only. */
    loginThrottle?: LoginThrottle
  }
}

/** The instance's throttle: the one place it is created. */
export const loginThrottleOf = (payload: Payload): LoginThrottle => {
  payload.loginThrottle ??= createLoginThrottle()
  return payload.loginThrottle
}

/**
 * The client address as the nearest proxy reports it: the last entry of
 * X-Forwarded-For (Next.js fills it from the socket when it is absent).
 * Without a proxy that appends to the header, a client can choose it, so
 * the per-account limit is the one that cannot be dodged.
 */
export const clientAddressOf = (headers: Headers): string => {
  const forwarded = headers.get('x-forwarded-for')?.split(',').map((part) => part.trim()).filter(Boolean)
  return forwarded?.at(-1) ?? headers.get('x-real-ip')?.trim() ?? 'unknown'
}

export const loginThrottleKeys = ({ headers, email }: { headers: Headers; email: string }) => [
  { key: `ip:${clientAddressOf(headers)}`, limit: loginLimits.perIp },
  { key: `account:${email.trim().toLowerCase()}`, limit: loginLimits.perAccount },
]
