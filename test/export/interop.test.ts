import fs from 'node:fs'
import path from 'node:path'
import { unzipSync } from 'fflate'
import { handleEndpoints } from 'payload'
import initSqlJs from 'sql.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestInstance, TestUser } from '../helpers/payload'
import { importDocument } from '../../src/import/importDocument'
import { createUser, login, startPayload } from '../helpers/payload'
import { restRequest } from '../helpers/rest'
import { wordAndApprove } from '../helpers/review'

/**
 * The interop formats through the real app (Payload on a temporary SQLite
 * file): the live export and release downloads in every new format, byte
 * for byte stable; re-importing an Anki or Moodle export of a release,
 * unchanged and changed, updates the same questions and duplicates none;
 * and the changelog between releases.
 */

const root = path.resolve(import.meta.dirname, '../..')
const opsText = fs.readFileSync(path.join(root, 'examples/ai-data-ops-specialist.txt'), 'utf8')
const slug = 'ai-data-ops-specialist'
const newFormats = ['anki', 'apkg', 'moodle', 'gift', 'qti'] as const

let instance: TestInstance
let editor: TestUser
let reviewer: TestUser
let reviewerToken: string

const bytesOf = async (apiPath: string) => {
  const response = await handleEndpoints({ config: instance.payload.config, request: new Request(`http://localhost:3000/api${apiPath}`) })
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) }
}
const publish = () => restRequest({ payload: instance.payload, method: 'POST', path: '/releases/publish', token: reviewerToken, body: { role: slug } })
const questionCount = async () => (await instance.payload.count({ collection: 'questions', where: { role: { exists: true } } })).totalDocs
const firstDraft = async () =>
  (await instance.payload.find({ collection: 'questions', where: { reviewStatus: { equals: 'draft' } }, draft: true, sort: 'position', limit: 1 })).docs[0]

let release1: { id: string | number }

beforeAll(async () => {
  instance = await startPayload({ name: 'interop' })
  await createUser({ payload: instance.payload, roles: ['admin'] })
  editor = await createUser({ payload: instance.payload, roles: ['editor'] })
  reviewer = await createUser({ payload: instance.payload, roles: ['reviewer'] })
  reviewerToken = await login({ payload: instance.payload, email: reviewer.email })
  await importDocument({ payload: instance.payload, input: opsText, fileName: 'ai-data-ops-specialist.txt', user: editor })
  for (const index of [1, 2, 3]) {
    await wordAndApprove({ payload: instance.payload, questionId: (await firstDraft()).id, prompt: `Interop prompt ${index}: "quotes", {braces} & <angles>?`, editor, reviewer })
  }
  release1 = (await publish()).json.release
})
afterAll(async () => {
  await instance?.close()
})

describe('the new formats in the app', () => {
  it('the live export serves each format with its media type and file name', async () => {
    for (const format of newFormats) {
      const response = await bytesOf(`/roles/${slug}/export?format=${format}`)
      expect(response.status, format).toBe(200)
      expect(response.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="${slug}\\.`))
      if (format === 'apkg' || format === 'qti') expect(response.bytes.subarray(0, 2).toString('latin1')).toBe('PK')
      else expect(response.bytes.toString('utf8')).toContain('Interop prompt 1')
    }
    expect((await bytesOf(`/roles/${slug}/export?format=gift`)).headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect((await bytesOf(`/roles/${slug}/export?format=nope`)).status).toBe(400)
  })

  it('every release download is byte-identical later, however the bank changes', async () => {
    const frozen = new Map<string, Buffer>()
    for (const format of newFormats) frozen.set(format, (await bytesOf(`/releases/${release1.id}/download?format=${format}`)).bytes)
    await wordAndApprove({ payload: instance.payload, questionId: (await firstDraft()).id, prompt: 'A later question', editor, reviewer })
    expect((await publish()).json.release.version).toBe(2)
    for (const format of newFormats) {
      const again = await bytesOf(`/releases/${release1.id}/download?format=${format}`)
      expect(again.bytes.equals(frozen.get(format)!), format).toBe(true)
      expect(again.headers.get('etag')).toContain(`-${format}`)
    }
    // The .apkg of the release opens in SQLite and holds the three approved questions.
    const SQL = await initSqlJs()
    const db = new SQL.Database(unzipSync(frozen.get('apkg')!)['collection.anki2'])
    expect(db.exec('SELECT count(*) FROM notes')[0].values[0][0]).toBe(3)
    db.close()
  })
})

describe('re-importing an export of a release updates the same questions', () => {
  for (const { format, layout, change } of [
    // Anki: the back of the first note gets a new sentence.
    { format: 'anki', layout: 'anki-text', change: (text: string) => text.replace('</p></div>', ' Also mention lineage.</p></div>') },
    // Moodle: the information for graders of the first question, matched by idnumber.
    { format: 'moodle', layout: 'moodle-xml', change: (text: string) => text.replace('&lt;/p&gt;&lt;/div&gt;', ' Also mention lineage.&lt;/p&gt;&lt;/div&gt;') },
  ] as const) {
    it(`${format}: unchanged → nothing new; changed → the same question gets a draft, no duplicate`, async () => {
      const before = await questionCount()
      const exported = (await bytesOf(`/releases/${release1.id}/download?format=${format}`)).bytes.toString('utf8')
      const unchanged = await importDocument({ payload: instance.payload, input: exported, fileName: `bank.${format}`, user: editor })
      expect(unchanged.errors, JSON.stringify(unchanged.diagnostics)).toBe(0)
      expect(unchanged.layout).toBe(layout)
      expect(unchanged.counts.created, JSON.stringify(unchanged.counts)).toBe(0)

      const changed = change(exported)
      expect(changed).not.toBe(exported)
      const report = await importDocument({ payload: instance.payload, input: changed, fileName: `bank.${format}`, user: editor })
      expect(report.errors, JSON.stringify(report.diagnostics)).toBe(0)
      expect(report.counts.created, JSON.stringify(report.counts)).toBe(0)
      expect(report.counts.updated + report.counts.proposed, JSON.stringify(report.counts)).toBeGreaterThanOrEqual(1)
      expect(await questionCount()).toBe(before)
      // The new hint wording waits as a draft beside the published one.
      const hints = await instance.payload.find({ collection: 'hints', draft: true, limit: 0, depth: 0 })
      expect(JSON.stringify(hints.docs.map((hint) => hint.text))).toContain('Also mention lineage.')
    })
  }

  it('gift: export → import finds every question by its [id:], creates none', async () => {
    const exported = (await bytesOf(`/releases/${release1.id}/download?format=gift`)).bytes.toString('utf8')
    const report = await importDocument({ payload: instance.payload, input: exported, fileName: 'bank.gift', user: editor })
    expect(report.errors, JSON.stringify(report.diagnostics)).toBe(0)
    expect(report.counts.created, JSON.stringify(report.counts)).toBe(0)
  })
})

describe('release changelog', () => {
  it('the first release has none; a later one lists added and reworded questions with a word diff, as JSON and Markdown', async () => {
    expect((await restRequest({ payload: instance.payload, path: `/releases/${release1.id}/changelog` })).status).toBe(404)

    const approved = await instance.payload.find({ collection: 'questions', where: { reviewStatus: { equals: 'approved' } }, sort: 'position', limit: 1 })
    await wordAndApprove({ payload: instance.payload, questionId: approved.docs[0].id, prompt: 'Interop prompt 1, reworded for clarity?', editor, reviewer })
    const third = (await publish()).json.release
    expect(third.version).toBe(3)
    const second = (await instance.payload.find({ collection: 'releases', where: { version: { equals: 2 } }, limit: 1 })).docs[0]

    const secondLog = await restRequest({ payload: instance.payload, path: `/releases/${second.id}/changelog?format=json` })
    expect(secondLog.status).toBe(200)
    expect(secondLog.json.summary).toMatchObject({ added: 1, removed: 0, reworded: 0, moved: 0 })
    expect(secondLog.json.added[0].prompt).toBe('A later question')

    const thirdLog = await restRequest({ payload: instance.payload, path: `/releases/${third.id}/changelog?format=json` })
    expect(thirdLog.json.summary).toMatchObject({ added: 0, removed: 0, reworded: 1 })
    const diff = thirdLog.json.reworded[0].diff as { type: string; text: string }[]
    expect(diff.filter((part) => part.type === 'insert').map((part) => part.text).join('')).toContain('reworded')
    const markdown = await restRequest({ payload: instance.payload, path: `/releases/${third.id}/changelog?format=md` })
    expect(markdown.headers.get('content-type')).toBe('text/markdown; charset=utf-8')
    expect(markdown.text).toContain('## Reworded')
    expect(markdown.text).toContain('**reworded')
  })
})
