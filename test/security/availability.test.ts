import type * as GraphQL from 'graphql'

import { configToSchema } from '@payloadcms/graphql'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { TestInstance, TestUser } from '../helpers/payload'
import { importDocument } from '../../src/import/importDocument'
import { acquireImportLock } from '../../src/import/importLock'
import { parseInWorker } from '../../src/import/parseInWorker'
import { createParseSlots, parseSlotsOf } from '../../src/import/parseSlots'
import { readEnv } from '../../src/config/env'
import { createUser, login, startPayload } from '../helpers/payload'
import { restRequest } from '../helpers/rest'

/**
 * Issue #16 (availability), replayed in-process: every finding that does not
 * need a second process or a running server. The server-level replays
 * (GraphQL bomb, parse blocking, import vs readers) are in
 * availability-server.test.ts, the CLI's in availability-cli.test.ts.
 */
const examplesDir = path.resolve(import.meta.dirname, '../../examples')
const opsText = fs.readFileSync(path.join(examplesDir, 'ai-data-ops-specialist.txt'), 'utf8')

// Payload's schema is built with graphql's CommonJS build (Node's resolution); Vite would hand this file the ES build.
const { parse, specifiedRules, validate } = createRequire(import.meta.url)('graphql') as typeof GraphQL

let instance: TestInstance
let admin: TestUser
let editor: TestUser
let editorToken: string

beforeAll(async () => {
  // A short parse queue, so the burst that fills it stays small.
  process.env.PREPBANK_PARSE_QUEUE = '3'
  instance = await startPayload({ name: 'availability' })
  admin = await createUser({ payload: instance.payload, roles: ['admin'] })
  editor = await createUser({ payload: instance.payload, roles: ['editor'] })
  editorToken = await login({ payload: instance.payload, email: editor.email })
  await importDocument({ payload: instance.payload, input: opsText, fileName: 'ops.txt', user: editor })
}, 600_000)
afterAll(async () => {
  await instance?.close()
})

describe('finding 1: GraphQL queries are priced by what they can fetch', () => {
  const validateQuery = (query: string, variableValues: Record<string, unknown> = {}) => {
    const { schema, validationRules } = configToSchema(instance.payload.config)
    const document = parse(query)
    const rules = [...specifiedRules, ...validationRules({ schema, document, variableValues })]
    return validate(schema, document, rules).map((error) => error.message)
  }
  const bomb = (limit: string) =>
    `{ Questions(limit: ${limit}) { docs { role { questions(limit: ${limit}) { docs { role { questions(limit: ${limit}) { docs { id } } } } } } } } }`

  it('refuses the nested-join bomb, with limits inline or as variables', () => {
    expect(validateQuery(bomb('100')).join()).toMatch(/could fetch about \d+ items; the limit is 10000/)
    const withVariables = bomb('$n').replace('{ Questions', 'query Bomb($n: Int) { Questions')
    expect(validateQuery(withVariables, { n: 100 }).join()).toMatch(/could fetch/)
    // limit: 0 means "all" to Payload, so it is priced as unbounded rather than as nothing.
    expect(validateQuery(bomb('0')).join()).toMatch(/could fetch/)
  })

  it('refuses the bomb hidden in aliases and fragments, and queries nested too deep', () => {
    const aliases = Array.from({ length: 120 }, (_, index) => `q${index}: Questions(limit: 100) { docs { id prompt } }`).join(' ')
    expect(validateQuery(`{ ${aliases} }`).join()).toMatch(/could fetch/)
    const fragments = `fragment R on Role { questions(limit: 100) { docs { role { questions(limit: 100) { docs { id } } } } } }
      { Questions(limit: 100) { docs { role { ...R } } } }`
    expect(validateQuery(fragments).join()).toMatch(/could fetch/)
    let deep = '{ id }'
    for (let level = 0; level < 6; level += 1) deep = `{ docs { role { questions(limit: 1) ${deep} } } }`
    expect(validateQuery(`{ Questions(limit: 1) ${deep} }`).join()).toMatch(/nests \d+ levels deep; the limit is 10/)
  })

  it('still allows ordinary queries: a page of questions with their role, level and hints', () => {
    expect(
      validateQuery(`{ Questions(limit: 100) { totalDocs docs { id prompt workingTitle tags role { id name slug } level { id name } hints { docs { id plainText } } } } }`),
    ).toEqual([])
    expect(validateQuery(`{ Roles { docs { id name questions { totalDocs docs { id workingTitle } } } } }`)).toEqual([])
  })
})

describe('finding 4: forgot-password answers 200 on SQLite', () => {
  it('for a known email, an unknown email, and the same email twice', async () => {
    for (const email of [editor.email, 'nobody@example.test', editor.email]) {
      const response = await restRequest({ payload: instance.payload, method: 'POST', path: '/users/forgot-password', body: { email } })
      expect(response.status, `${email}: ${response.text}`).toBe(200)
    }
    const user = await instance.payload.findByID({ collection: 'users', id: editor.id, showHiddenFields: true })
    expect(user.resetPasswordToken).toEqual(expect.any(String))
  })
})

describe('finding 13: invalid ids answer 404, never 500; client errors are logged at info', () => {
  const errorLog = () => vi.spyOn(instance.payload.logger, 'error')

  const collections = ['roles', 'levels', 'questions', 'hints', 'releases', 'import-runs', 'review-events', 'users']
  it.each(collections)('GET, PATCH and DELETE /api/%s/<not an id>', async (collection) => {
    const logged = errorLog()
    const token = await login({ payload: instance.payload, email: admin.email })
    for (const id of ['abc', 'ai-data-ops-specialist', '1.5', '99999999999999999999']) {
      for (const method of ['GET', 'PATCH', 'DELETE']) {
        const response = await restRequest({ payload: instance.payload, method, path: `/${collection}/${id}`, token, body: method === 'PATCH' ? {} : undefined })
        expect([400, 404], `${method} /api/${collection}/${id}: ${response.status} ${response.text}`).toContain(response.status)
      }
    }
    expect(logged).not.toHaveBeenCalled()
    logged.mockRestore()
  })

  it('where-filters on ids and relationships with a non-id value answer 400, and still work with real ids', async () => {
    const logged = errorLog()
    for (const query of ['where[id][equals]=abc', 'where[role][equals]=abc', 'where[role][in]=abc,1']) {
      const response = await restRequest({ payload: instance.payload, path: `/questions?${query}`, token: editorToken })
      expect(response.status, `${query}: ${response.text}`).toBe(400)
      expect(response.json.errors[0].message).toMatch(/is not a valid id/)
    }
    const role = (await instance.payload.find({ collection: 'roles', limit: 1 })).docs[0]
    const valid = await restRequest({ payload: instance.payload, path: `/questions?where[role][in]=${role.id},${role.id}&limit=1`, token: editorToken })
    expect(valid.status).toBe(200)
    expect(valid.json.totalDocs).toBeGreaterThan(0)
    expect(logged).not.toHaveBeenCalled()
    logged.mockRestore()
  })

  it('401 and 403 are logged at info too', async () => {
    const logged = errorLog()
    expect((await restRequest({ payload: instance.payload, path: '/users' })).status).toBe(403)
    expect((await restRequest({ payload: instance.payload, method: 'POST', path: '/users/login', body: { email: editor.email, password: 'wrong' } })).status).toBe(401)
    expect((await restRequest({ payload: instance.payload, method: 'POST', path: '/questions', body: { prompt: 'x' } })).status).toBe(403)
    expect(logged).not.toHaveBeenCalled()
    logged.mockRestore()
  })
})

describe('finding 2: parsing runs in a worker, within budgets, after a linear preflight', () => {
  const nestedList = (depth: number) => `Deep Interview Questions\n\n${Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}- level ${level}`).join('\n')}\n`

  it('refuses a list nested 2,000 levels deep at the line and column where it crosses 32, writing nothing', async () => {
    const response = await restRequest({ payload: instance.payload, method: 'POST', path: '/import?fileName=deep.md', token: editorToken, body: nestedList(2000), headers: { 'content-type': 'text/plain' } })
    expect(response.status).toBe(422)
    expect(response.json.diagnostics, response.text.slice(0, 500)).toContainEqual(expect.objectContaining({ ruleId: 'nesting-too-deep', line: 35, column: 65 }))
    expect((await instance.payload.count({ collection: 'roles', where: { name: { equals: 'Deep' } } })).totalDocs).toBe(0)
  })

  it('stops a parse over its time or memory budget with parse-budget-exceeded, and no model', async () => {
    const overTime = await parseInWorker({ input: opsText, options: { path: 'ops.txt' }, budget: { timeoutMs: 1, memoryMb: 512 } })
    expect(overTime).toMatchObject({ bank: null, errors: 1, diagnostics: [{ ruleId: 'parse-budget-exceeded', line: 1, column: 1 }] })
    expect(overTime.diagnostics[0].message).toMatch(/took longer than 0.001 s/)
    const big = `Big Interview Questions\n\n${Array.from({ length: 60_000 }, (_, index) => `Q: Question ${index}?\nA: Answer ${index}.\n`).join('\n')}`
    const overMemory = await parseInWorker({ input: big, options: { path: 'big.txt' }, budget: { timeoutMs: 600_000, memoryMb: 16 } })
    expect(overMemory.diagnostics[0]).toMatchObject({ ruleId: 'parse-budget-exceeded' })
    expect(overMemory.diagnostics[0].message).toMatch(/needed more than 16 MB of memory/)
  })

  it('leaves the event loop free while it parses', async () => {
    const big = `Big Interview Questions\n\n${Array.from({ length: 5000 }, (_, index) => `Q: Question ${index}?\nA: Answer ${index}.\n`).join('\n')}`
    let ticks = 0
    const timer = setInterval(() => (ticks += 1), 5)
    const parsed = await parseInWorker({ input: big, options: { path: 'big.txt' }, budget: { timeoutMs: 600_000, memoryMb: 1024 } })
    clearInterval(timer)
    expect(parsed.errors, JSON.stringify(parsed.diagnostics.slice(0, 3))).toBe(0)
    expect(parsed.bank?.levels.flatMap((level) => level.questions)).toHaveLength(5000)
    // Parsing 5,000 questions takes far longer than a few 5 ms ticks; on the event loop there would be none.
    expect(ticks).toBeGreaterThan(2)
  })
})

describe('finding 2: parse workers are bounded in number', () => {
  it('runs at most PREPBANK_PARSE_WORKERS parses at once, queues PREPBANK_PARSE_QUEUE more, and refuses the rest with 503', async () => {
    const slots = parseSlotsOf(instance.payload)
    const { PREPBANK_PARSE_WORKERS: workers, PREPBANK_PARSE_QUEUE: queue } = readEnv()
    const dryRun = (index: number) => importDocument({ payload: instance.payload, input: opsText, fileName: `burst-${index}.txt`, user: editor, dryRun: true })
    const admitted = Array.from({ length: workers + queue }, (_, index) => dryRun(index))
    expect(slots.stats()).toEqual({ running: workers, waiting: queue })
    const refused = await dryRun(workers + queue)
    expect(refused).toMatchObject({ outcome: 'failed', diagnostics: [{ ruleId: 'parse-busy' }] })
    const response = await restRequest({ payload: instance.payload, method: 'POST', path: '/import?dryRun=true&fileName=rest.txt', token: editorToken, body: opsText, headers: { 'content-type': 'text/plain' } })
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('5')
    const reports = await Promise.all(admitted)
    expect(reports.map((report) => report.outcome)).toEqual(reports.map(() => 'dry-run'))
    expect(slots.stats()).toEqual({ running: 0, waiting: 0 })
  })

  it('hands a freed slot to the next waiter, and a second release changes nothing', async () => {
    const slots = createParseSlots({ workers: 1, queue: 1 })
    const first = await slots.acquire()
    const second = slots.acquire()
    expect(await slots.acquire()).toBeNull()
    first?.()
    first?.()
    const secondRelease = await second
    expect(slots.stats()).toEqual({ running: 1, waiting: 0 })
    secondRelease?.()
    expect(slots.stats()).toEqual({ running: 0, waiting: 0 })
  })
})

describe('finding 3: one import at a time', () => {
  it('a second import is refused with the name of the first (409 over REST), and nothing is written', async () => {
    const lock = await acquireImportLock({ payload: instance.payload, fileName: 'held.txt', waitMs: 0 })
    if ('refused' in lock) throw new Error(lock.refused)
    try {
      const report = await importDocument({ payload: instance.payload, input: opsText.replace('AI Data Ops', 'Busy Ops'), fileName: 'busy.txt', user: editor, lockWaitMs: 0 })
      expect(report).toMatchObject({ outcome: 'failed', diagnostics: [{ ruleId: 'import-busy' }] })
      expect(report.diagnostics[0].message).toMatch(/the import of "held.txt" \(pid \d+/)
      process.env.PREPBANK_IMPORT_WAIT_MS = '0'
      const response = await restRequest({ payload: instance.payload, method: 'POST', path: '/import?fileName=busy.txt', token: editorToken, body: opsText.replace('AI Data Ops', 'Busy Ops'), headers: { 'content-type': 'text/plain' } })
      expect(response.status).toBe(409)
      // A dry run writes nothing, so it needs no lock.
      expect((await importDocument({ payload: instance.payload, input: opsText, fileName: 'preview.txt', user: editor, dryRun: true })).outcome).toBe('dry-run')
    } finally {
      delete process.env.PREPBANK_IMPORT_WAIT_MS
      lock.release()
    }
    expect((await instance.payload.count({ collection: 'roles', where: { name: { equals: 'Busy Ops Specialist' } } })).totalDocs).toBe(0)
    const after = await importDocument({ payload: instance.payload, input: opsText.replace('AI Data Ops', 'Busy Ops'), fileName: 'busy.txt', user: editor })
    expect(after.outcome).toBe('imported')
  })
})

describe('finding 14b: import bodies are size-checked while they stream', () => {
  const eleven = 'a'.repeat(11 * 1024 * 1024)
  it.each([
    ['text', 'text/plain', eleven],
    ['JSON', 'application/json', JSON.stringify({ text: eleven })],
    ['multipart', 'multipart/form-data; boundary=----prepbank-test-boundary', `------prepbank-test-boundary\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n${eleven}\r\n------prepbank-test-boundary--\r\n`],
  ])('%s over 10 MiB answers 413', async (_kind, contentType, body) => {
    const response = await restRequest({ payload: instance.payload, method: 'POST', path: '/import?dryRun=true', token: editorToken, body, headers: { 'content-type': contentType } })
    expect(response.status).toBe(413)
    expect(response.json.errors[0].message).toMatch(/larger than the limit of 10 MiB \(PREPBANK_MAX_BODY_BYTES\)/)
  })

  it('a small multipart upload still imports', async () => {
    const body = `------prepbank-test-boundary\r\nContent-Disposition: form-data; name="file"; filename="ops.txt"\r\nContent-Type: text/plain\r\n\r\n${opsText}\r\n------prepbank-test-boundary--\r\n`
    const response = await restRequest({ payload: instance.payload, method: 'POST', path: '/import?dryRun=true', token: editorToken, body, headers: { 'content-type': 'multipart/form-data; boundary=----prepbank-test-boundary' } })
    expect(response.status, response.text).toBe(200)
    expect(response.json).toMatchObject({ fileName: 'ops.txt', outcome: 'dry-run' })
  })
})
