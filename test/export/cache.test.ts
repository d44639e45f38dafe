import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { BankDocument } from '../../format/schema'
import type { Question } from '../../src/payload-types'
import type { TestInstance, TestUser } from '../helpers/payload'
import type { RestServer } from '../helpers/restServer'

import { readBankState, readLocalApiState } from '../../src/export/bankFingerprint'
import { createExportCache } from '../../src/export/exportCache'
import { importDocument } from '../../src/import/importDocument'
import { markdownToLexical } from '../../src/content/lexicalMarkdown'
import { createUser, login, startPayload } from '../helpers/payload'
import { restRequest } from '../helpers/rest'
import { startRestServer } from '../helpers/restServer'
import { wordAndApprove } from '../helpers/review'

const root = path.resolve(import.meta.dirname, '../..')
const slug = 'ai-data-ops-specialist'

let instance: TestInstance
let other: RestServer
let admin: TestUser
let editor: TestUser
let reviewer: TestUser
let reviewerToken: string

type Served = { status: number; text: string; etag: string | null; cache: string | null }

/** The live export from this process's Payload (through its REST router). */
const fromHere = async (query = 'format=json', headers: Record<string, string> = {}): Promise<Served> => {
  const response = await restRequest({ payload: instance.payload, path: `/roles/${slug}/export?${query}`, headers })
  return { status: response.status, text: response.text, etag: response.headers.get('etag'), cache: response.headers.get('x-export-cache') }
}

/** The live export from the other server: another process, another Payload, the same database file. */
const fromOther = async (query = 'format=json', headers: Record<string, string> = {}): Promise<Served> => {
  const response = await fetch(`${other.url}/api/roles/${slug}/export?${query}`, { headers })
  return { status: response.status, text: await response.text(), etag: response.headers.get('etag'), cache: response.headers.get('x-export-cache') }
}

/** The prompts of an export, sorted: which questions it holds, whatever their levels. */
const promptsIn = (text: string): string[] =>
  (JSON.parse(text) as BankDocument).levels.flatMap((level) => level.questions.map((question) => question.prompt)).sort()

/** Both servers serve `expected` bytes (each twice: a render, then a hit from its own cache). */
const bothServe = async (check: (text: string) => void): Promise<string> => {
  const here = await fromHere()
  const there = await fromOther()
  expect(here.status).toBe(200)
  expect(there.status).toBe(200)
  check(here.text)
  expect(there.text).toBe(here.text)
  expect(there.etag).toBe(here.etag)
  const [hereAgain, thereAgain] = [await fromHere(), await fromOther()]
  expect([hereAgain.cache, thereAgain.cache]).toEqual(['hit', 'hit'])
  expect([hereAgain.text, thereAgain.text]).toEqual([here.text, here.text])
  return here.text
}

const draftQuestions = async (): Promise<Question[]> =>
  (await instance.payload.find({ collection: 'questions', where: { reviewStatus: { equals: 'draft' } }, draft: true, sort: 'position', limit: 0, depth: 0 })).docs

const exportedQuestion = async (text: string, index = 0): Promise<Question> => {
  const id = (JSON.parse(text) as BankDocument).levels[0].questions[index].id
  const { docs } = await instance.payload.find({ collection: 'questions', where: { stableId: { equals: id } }, limit: 1, depth: 0 })
  return docs[0]
}

beforeAll(async () => {
  instance = await startPayload({ name: 'export-cache' })
  admin = await createUser({ payload: instance.payload, roles: ['admin'] })
  editor = await createUser({ payload: instance.payload, roles: ['editor'] })
  reviewer = await createUser({ payload: instance.payload, roles: ['reviewer'] })
  reviewerToken = await login({ payload: instance.payload, email: reviewer.email })
  const text = fs.readFileSync(path.join(root, 'examples/ai-data-ops-specialist.txt'), 'utf8')
  await importDocument({ payload: instance.payload, input: text, fileName: 'ai-data-ops-specialist.txt', user: editor })
  const drafts = await draftQuestions()
  for (const [index, question] of drafts.slice(0, 2).entries()) {
    await wordAndApprove({ payload: instance.payload, questionId: question.id, prompt: `Approved prompt ${index + 1}`, editor, reviewer })
  }
  // The other server opens the same SQLite file once this process has made its schema.
  other = await startRestServer({ databaseUri: process.env.DATABASE_URI!, dataDir: instance.dir })
})
afterAll(async () => {
  await other?.stop()
  await instance?.close()
})

describe('the export cache', () => {
  it('serves a repeat request from memory, byte-identical, and a 304 to a matching If-None-Match', async () => {
    const first = await fromHere('format=md')
    const again = await fromHere('format=md')
    expect(first.status).toBe(200)
    expect(again.cache).toBe('hit')
    expect(again.text).toBe(first.text)
    expect(again.etag).toBe(first.etag)
    const revalidated = await fromHere('format=md', { 'if-none-match': first.etag! })
    expect(revalidated.status).toBe(304)
    expect(revalidated.text).toBe('')
    // Another format, profile or selection is another entry, with another ETag.
    const csv = await fromHere('format=csv')
    const spreadsheet = await fromHere('format=csv&csvProfile=spreadsheet')
    const selected = await fromHere('format=md&levels=beginner')
    expect(new Set([first.etag, csv.etag, spreadsheet.etag, selected.etag]).size).toBe(4)
    expect(spreadsheet.text.startsWith('\uFEFF')).toBe(true)
    expect(csv.text.startsWith('\uFEFF')).toBe(false)
    // The same selection, spelled differently, is the same entry.
    expect((await fromHere('format=md&levels=beginner,beginner')).cache).toBe('hit')
  })

  it('never serves unreviewed wording or a question whose new hint is unapproved', async () => {
    const before = await bothServe((text) => expect(promptsIn(text)).toEqual(['Approved prompt 1', 'Approved prompt 2']))
    const question = await exportedQuestion(before)
    const others = promptsIn(before).filter((prompt) => prompt !== question.prompt)
    // A revision waits for review: the approved wording stays, byte for byte.
    await instance.payload.update({ collection: 'questions', id: question.id, data: { prompt: 'Unreviewed rewording' }, draft: true, overrideAccess: false, user: editor })
    await instance.payload.update({ collection: 'questions', id: question.id, data: { reviewStatus: 'inReview' }, draft: true, overrideAccess: false, user: editor })
    const revised = await bothServe((text) => expect(text).not.toContain('Unreviewed rewording'))
    expect(revised).toBe(before)

    // A new hint that nobody approved holds its question back, at once, on both servers.
    const hint = await instance.payload.create({
      collection: 'hints',
      data: { question: question.id, position: 9, text: await markdownToLexical({ config: instance.payload.config, markdown: 'An unapproved hint.' }) },
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    await bothServe((text) => {
      expect(promptsIn(text)).toEqual(others)
      expect(text).not.toContain('An unapproved hint')
    })
    await instance.payload.delete({ collection: 'hints', id: hint.id, overrideAccess: false, user: admin })
    // The revision is approved by a second reviewer through the other server's REST API.
    const approve = await fetch(`${other.url}/api/questions/${question.id}/review`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${reviewerToken}` },
      body: JSON.stringify({ action: 'approve' }),
    })
    expect(approve.status, await approve.text()).toBe(200)
    await bothServe((text) => expect(promptsIn(text)).toEqual([...others, 'Unreviewed rewording'].sort()))
  })

  it('serves a new bank after an approval on the other server, never the bytes it cached before', async () => {
    const before = await bothServe((text) => expect(promptsIn(text)).toHaveLength(2))
    const [next] = await draftQuestions()
    await wordAndApprove({ payload: instance.payload, questionId: next.id, prompt: 'Approved later', editor, reviewer })
    const there = await fromOther()
    expect(there.cache).toBe('miss')
    expect(there.text).not.toBe(before)
    expect(promptsIn(there.text)).toContain('Approved later')
    await bothServe((text) => expect(promptsIn(text)).toContain('Approved later'))
  })

  it('follows deletions, level renames and role edits', async () => {
    const before = await bothServe((text) => expect(promptsIn(text)).toContain('Approved later'))
    const deleted = await exportedQuestion(before)
    await instance.payload.delete({ collection: 'questions', id: deleted.id, overrideAccess: false, user: admin })
    const afterDeletion = await bothServe((text) => expect(promptsIn(text)).not.toContain(deleted.prompt))

    const levelSlug = (JSON.parse(afterDeletion) as BankDocument).levels.at(-1)!.slug
    const { docs } = await instance.payload.find({ collection: 'levels', where: { slug: { equals: levelSlug } }, limit: 1 })
    await instance.payload.update({ collection: 'levels', id: docs[0].id, data: { name: 'Foundations' }, overrideAccess: false, user: admin })
    await bothServe((text) => expect((JSON.parse(text) as BankDocument).levels.find((level) => level.slug === levelSlug)?.name).toBe('Foundations'))

    const role = (await instance.payload.find({ collection: 'roles', where: { slug: { equals: slug } }, limit: 1 })).docs[0]
    await instance.payload.update({ collection: 'roles', id: role.id, data: { title: 'Renamed Bank' }, overrideAccess: false, user: admin })
    await bothServe((text) => expect((JSON.parse(text) as BankDocument).role.title).toBe('Renamed Bank'))
  })

  it('reads the same bank state in one SQL statement as through the Local API (the MongoDB path)', async () => {
    const sqlState = await readBankState({ payload: instance.payload, slug })
    const localState = await readLocalApiState({ payload: instance.payload, slug })
    expect(sqlState).toEqual(localState)
    expect(sqlState?.questions.approved).toBeGreaterThan(0)
    expect(sqlState?.hints.rows).toBeGreaterThan(sqlState?.hints.approved ?? 0)
    expect(await readBankState({ payload: instance.payload, slug: 'nobody' })).toBeNull()
    expect(await readLocalApiState({ payload: instance.payload, slug: 'nobody' })).toBeNull()
  })
})

describe('createExportCache', () => {
  const bytes = (size: number) => new Uint8Array(size)

  it('is bounded by bytes and lets the least recently used entries go first', () => {
    const cache = createExportCache({ maxBytes: 100 })
    cache.put({ key: 'a', etag: '1', bytes: bytes(40) })
    cache.put({ key: 'b', etag: '1', bytes: bytes(40) })
    expect(cache.get({ key: 'a', etag: '1' })).not.toBeNull()
    cache.put({ key: 'c', etag: '1', bytes: bytes(40) })
    expect(cache.get({ key: 'b', etag: '1' })).toBeNull()
    expect(cache.get({ key: 'a', etag: '1' })?.byteLength).toBe(40)
    expect(cache.get({ key: 'c', etag: '1' })?.byteLength).toBe(40)
    expect(cache.stats()).toEqual({ entries: 2, bytes: 80, maxBytes: 100 })
    // Larger than the whole cache: not kept, and nothing else is evicted for it.
    cache.put({ key: 'd', etag: '1', bytes: bytes(101) })
    expect(cache.get({ key: 'd', etag: '1' })).toBeNull()
    expect(cache.stats().entries).toBe(2)
  })

  it('serves an entry only for the fingerprint it was rendered for, and drops it for another', () => {
    const cache = createExportCache({ maxBytes: 100 })
    cache.put({ key: 'a', etag: 'old', bytes: bytes(10) })
    expect(cache.get({ key: 'a', etag: 'new' })).toBeNull()
    expect(cache.get({ key: 'a', etag: 'old' })).toBeNull()
    expect(cache.stats().bytes).toBe(0)
    cache.put({ key: 'a', etag: 'new', bytes: bytes(10) })
    cache.put({ key: 'a', etag: 'newer', bytes: bytes(20) })
    expect(cache.stats()).toEqual({ entries: 1, bytes: 20, maxBytes: 100 })
  })
})
