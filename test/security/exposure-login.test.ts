import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestInstance, TestUser } from '../helpers/payload'

import { createLoginThrottle, loginLimits, loginThrottleOf } from '../../src/access/loginThrottle'
import { seedDraftBank } from '../helpers/content'
import { createUser, login, startPayload } from '../helpers/payload'
import { restRequest } from '../helpers/rest'
import { graphqlRequest } from '../review/helpers'

/**
 * Issue #16, finding 12: batched GraphQL logins locked any account in 2 s,
 * nothing answered 429, and an unknown email answered 20× faster than a
 * wrong password.
 */

let instance: TestInstance
let editor: TestUser

beforeAll(async () => {
  process.env.PREPBANK_LOG_LEVEL = 'fatal'
  instance = await startPayload({ name: 'security-login' })
  await createUser({ payload: instance.payload, roles: ['admin'] })
  editor = await createUser({ payload: instance.payload, roles: ['editor'] })
})
afterAll(async () => {
  await instance?.close()
})

let addressCounter = 0
/** A fresh client address per call, so that one test's attempts never count against another's. */
const newAddress = () => `198.51.100.${(addressCounter += 1)}`

const restLogin = ({ email, password, address = newAddress() }: { email: string; password: string; address?: string }) =>
  restRequest({ payload: instance.payload, method: 'POST', path: '/users/login', body: { email, password }, headers: { 'x-forwarded-for': address } })

const timed = async <T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> => {
  const start = performance.now()
  const result = await work()
  return { ms: performance.now() - start, result }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

describe('login rate limits', () => {
  it('counts each alias of a batched GraphQL login: past the per-account limit they answer 429', { timeout: 600_000 }, async () => {
    const victim = await createUser({ payload: instance.payload, roles: ['editor'] })
    const aliases = Array.from(
      { length: 30 },
      (_, index) => `a${index}: loginUser(email: ${JSON.stringify(victim.email)}, password: "guess-${index}") { token }`,
    )
    const body = await graphqlRequest({ payload: instance.payload, query: `mutation { ${aliases.join('\n')} }` })
    const statuses = (body.errors ?? []).map((error) => error.extensions?.statusCode)
    expect(statuses).toHaveLength(30)
    expect(statuses.filter((status) => status === 429)).toHaveLength(30 - loginLimits.perAccount.max)
    expect(statuses.filter((status) => status === 401)).toHaveLength(loginLimits.perAccount.max)
    const limited = body.errors!.find((error) => error.extensions?.statusCode === 429)!
    expect(limited.message).toMatch(/too many sign-in attempts/i)
  })

  it('limits one client address across accounts, and only that address', { timeout: 600_000 }, async () => {
    const address = newAddress()
    for (let attempt = 0; attempt < loginLimits.perIp.max; attempt += 1) {
      const response = await restLogin({ email: `nobody-${attempt}@example.test`, password: 'guess', address })
      expect(response.status).toBe(401)
    }
    const limited = await restLogin({ email: 'nobody-else@example.test', password: 'guess', address })
    expect(limited.status).toBe(429)
    expect(limited.json.errors[0].message).toMatch(/too many sign-in attempts/i)
    expect((await restLogin({ email: 'nobody-else@example.test', password: 'guess' })).status).toBe(401)
  })

  it('gives a successful login its attempt back: signing in often is not guessing', { timeout: 600_000 }, async () => {
    const address = newAddress()
    for (let attempt = 0; attempt <= loginLimits.perAccount.max; attempt += 1) {
      const response = await restLogin({ email: editor.email, password: 'correct horse battery staple', address })
      expect(response.status, response.text).toBe(200)
    }
  })

  it('keeps its counts on the payload instance, created in one place, with windows that end', () => {
    expect(loginThrottleOf(instance.payload)).toBe(loginThrottleOf(instance.payload))
    expect(instance.payload.loginThrottle).toBe(loginThrottleOf(instance.payload))
    const throttle = createLoginThrottle()
    const keys = [{ key: 'account:x', limit: { max: 2, windowMs: 1000 } }]
    expect(throttle.take({ keys, now: 0 }).allowed).toBe(true)
    expect(throttle.take({ keys, now: 10 }).allowed).toBe(true)
    expect(throttle.take({ keys, now: 20 })).toEqual({ allowed: false, retryAfterMs: 980 })
    expect(throttle.take({ keys, now: 1000 }).allowed).toBe(true)
    // Another throttle (another payload instance) shares nothing.
    expect(createLoginThrottle().take({ keys, now: 20 }).allowed).toBe(true)
  })
})

describe('login refusals do not tell accounts apart', () => {
  it('answers an unknown email, a wrong password and a locked account alike, in status, words and time', { timeout: 600_000 }, async () => {
    const account = await createUser({ payload: instance.payload, roles: ['reviewer'] })
    const unknown: number[] = []
    const wrong: number[] = []
    const messages = new Set<string>()
    // Interleaved, so that load on the machine falls on both alike; 4 wrong passwords stay below the lockout (5).
    for (let sample = 0; sample < 4; sample += 1) {
      const a = await timed(() => restLogin({ email: `ghost-${sample}@example.test`, password: 'guess' }))
      const b = await timed(() => restLogin({ email: account.email, password: `guess-${sample}` }))
      expect([a.result.status, b.result.status]).toEqual([401, 401])
      messages.add(a.result.json.errors[0].message).add(b.result.json.errors[0].message)
      unknown.push(a.ms)
      wrong.push(b.ms)
    }
    // Before the fix: 23–33 ms against 630–980 ms (×20–40). Both now derive a key from the password.
    const ratio = median(unknown) / median(wrong)
    console.info(`login timing: unknown email median ${Math.round(median(unknown))} ms, wrong password median ${Math.round(median(wrong))} ms`)
    expect(ratio, `unknown ${unknown.map(Math.round)} ms, wrong password ${wrong.map(Math.round)} ms`).toBeGreaterThan(0.4)
    expect(ratio).toBeLessThan(2.5)

    // The fifth wrong password locks the account; the locked answer is the same as the others.
    await restLogin({ email: account.email, password: 'guess-5' })
    const locked = await timed(() => restLogin({ email: account.email, password: 'correct horse battery staple' }))
    expect(locked.result.status).toBe(401)
    messages.add(locked.result.json.errors[0].message)
    expect([...messages]).toHaveLength(1)
    expect([...messages][0]).not.toMatch(/locked|exist|unknown|not found/i)
    expect(locked.ms / median(wrong), `locked ${Math.round(locked.ms)} ms`).toBeGreaterThan(0.4)
  })
})

describe('session cookies and CSRF', () => {
  it('sets the token cookie HttpOnly and SameSite=Lax, Secure in production', async () => {
    const response = await restLogin({ email: editor.email, password: 'correct horse battery staple' })
    expect(response.status).toBe(200)
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(instance.payload.collections.users.config.auth.cookies.secure).toBe(process.env.NODE_ENV === 'production')
  })

  it('ignores a session cookie on a write from another origin', async () => {
    const { payload } = instance
    const token = await login({ payload, email: editor.email })
    const { question } = await seedDraftBank({ payload })
    const patch = (origin: string, prompt: string) =>
      restRequest({
        payload,
        method: 'PATCH',
        path: `/questions/${question.id}?draft=true`,
        body: { prompt },
        headers: { cookie: `payload-token=${token}`, origin },
      })
    const forged = await patch('https://evil.example', 'Forged?')
    expect(forged.status).toBe(403)
    expect(payload.config.csrf.length).toBeGreaterThan(0)
    const own = await patch(payload.config.csrf[0], 'Own origin?')
    expect(own.status, own.text).toBe(200)
    const latest = await payload.findByID({ collection: 'questions', id: question.id, draft: true })
    expect(latest.prompt).toBe('Own origin?')
  })
})
