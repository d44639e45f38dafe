import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestInstance, TestUser } from '../helpers/payload'
import { exportBankToString } from '../../exporters'
import { bankSourceFromPayload } from '../../src/export/bankSource'
import { importDocument } from '../../src/import/importDocument'
import { createUser, login, startPayload } from '../helpers/payload'
import { restRequest } from '../helpers/rest'
import { wordAndApprove } from '../helpers/review'

const root = path.resolve(import.meta.dirname, '../..')
const opsText = fs.readFileSync(path.join(root, 'examples/ai-data-ops-specialist.txt'), 'utf8')
const slug = 'ai-data-ops-specialist'

let instance: TestInstance
let editor: TestUser
let reviewer: TestUser
let reviewerToken: string

const exportText = async (query: string, headers: Record<string, string> = {}) =>
  restRequest({ payload: instance.payload, path: `/roles/${slug}/export?${query}`, headers })

beforeAll(async () => {
  instance = await startPayload({ name: 'export' })
  await createUser({ payload: instance.payload, roles: ['admin'] })
  editor = await createUser({ payload: instance.payload, roles: ['editor'] })
  reviewer = await createUser({ payload: instance.payload, roles: ['reviewer'] })
  reviewerToken = await login({ payload: instance.payload, email: reviewer.email })
  await importDocument({ payload: instance.payload, input: opsText, fileName: 'ai-data-ops-specialist.txt', user: editor })
  const { docs } = await instance.payload.find({ collection: 'questions', draft: true, sort: 'position', limit: 0, depth: 1 })
  // Word and approve the first two questions of Beginner and the first of Behavioral; the rest stay drafts.
  const pick = (level: string, count: number) =>
    docs.filter((question) => typeof question.level === 'object' && question.level?.name === level).slice(0, count)
  for (const [index, question] of [...pick('Beginner', 2), ...pick('Behavioral', 1)].entries()) {
    await wordAndApprove({ payload: instance.payload, questionId: question.id, prompt: `Approved prompt ${index + 1}, with "quotes", commas`, editor, reviewer })
  }
})
afterAll(async () => {
  await instance?.close()
})

describe('GET /api/roles/:slug/export', () => {
  it('exports only approved content, levels in rank order, as JSON valid against the committed schema', async () => {
    const response = await exportText('format=json')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${slug}.json"`)
    const bank = response.json
    expect(bank.levels.map((level: { name: string }) => level.name)).toEqual(['Beginner', 'Behavioral'])
    expect(bank.levels[0].questions.map((question: { prompt: string }) => question.prompt)).toEqual([
      'Approved prompt 1, with "quotes", commas',
      'Approved prompt 2, with "quotes", commas',
    ])
    expect(bank.levels[0].questions[0].hints[0].markdown).toMatch(/^A strong answer explains that ELT/)

    const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas/prepbank-bank.v1.schema.json'), 'utf8'))
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    addFormats(ajv)
    const validate = ajv.compile(schema)
    expect(validate(bank), JSON.stringify(validate.errors)).toBe(true)
  })

  it('serves the committed JSON Schema over HTTP', async () => {
    const response = await restRequest({ payload: instance.payload, path: '/schemas/prepbank-bank.v1.json' })
    expect(response.status).toBe(200)
    expect(response.json).toEqual(JSON.parse(fs.readFileSync(path.join(root, 'schemas/prepbank-bank.v1.schema.json'), 'utf8')))
  })

  it('serves Markdown and both CSV profiles', async () => {
    const markdown = await exportText('format=md')
    expect(markdown.headers.get('content-type')).toMatch(/^text\/markdown/)
    expect(markdown.text).toContain('## Beginner')
    expect(markdown.text).not.toContain('## Intermediate')
    const csv = await exportText('format=csv')
    expect(csv.text.split('\n')[0]).toBe('id,role,level,level_rank,position,prompt,hints,tags')
    const spreadsheet = await exportText('format=csv&csvProfile=spreadsheet')
    expect(spreadsheet.text.startsWith('\uFEFF')).toBe(true)
    expect(spreadsheet.text).toContain('\r\n')
  })

  it('selects levels for a curated set', async () => {
    const response = await exportText('format=json&levels=behavioral')
    expect(response.json.levels.map((level: { slug: string }) => level.slug)).toEqual(['behavioral'])
  })

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await exportText('format=csv')
    const etag = first.headers.get('etag')!
    expect(etag).toBeTruthy()
    const again = await exportText('format=csv', { 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect(again.text).toBe('')
  })

  it('rejects an unknown format with 400 and an unknown role with 404', async () => {
    expect((await exportText('format=xml')).status).toBe(400)
    expect((await restRequest({ payload: instance.payload, path: '/roles/nobody/export' })).status).toBe(404)
  })

  it('reads the same bank with plain SQL as through the database adapter (the MongoDB path)', async () => {
    const { docs } = await instance.payload.find({ collection: 'roles', where: { slug: { equals: slug } }, limit: 1 })
    const approved = await instance.payload.find({ collection: 'questions', where: { reviewStatus: { equals: 'approved' } }, limit: 1 })
    // A tag on an approved question, written as trusted code, so that the tag selection has something to select.
    await instance.payload.db.updateOne({ collection: 'questions', id: approved.docs[0].id, data: { tags: ['sql', 'etl'] } })
    // Two approved Beginner questions share a position: pages must break the tie by id, on both paths alike.
    const beginner = await instance.payload.find({ collection: 'questions', where: { reviewStatus: { equals: 'approved' }, 'level.slug': { equals: 'beginner' } }, sort: 'position', limit: 2 })
    const [firstPosition, secondPosition] = beginner.docs.map((question) => question.position)
    await instance.payload.db.updateOne({ collection: 'questions', id: beginner.docs[1].id, data: { position: firstPosition } })
    const selections = [{}, { levels: ['behavioral'] }, { tags: ['etl'] }, { tags: ['nothing'] }]
    const whole = await exportBankToString({ source: await bankSourceFromPayload({ payload: instance.payload, role: docs[0], via: 'adapter' }), format: 'json' })
    expect(JSON.parse(whole).levels.flatMap((level: { questions: unknown[] }) => level.questions)).toHaveLength(3)
    // Pages of one and two questions cross page boundaries, and end on one exactly.
    for (const pageSize of [1000, 1, 2]) {
      for (const selection of selections) {
        for (const format of ['json', 'md', 'csv'] as const) {
          const [sql, adapter] = await Promise.all(
            (['fastest', 'adapter'] as const).map(async (via) =>
              exportBankToString({ source: await bankSourceFromPayload({ payload: instance.payload, role: docs[0], selection, via, pageSize }), format }),
            ),
          )
          expect(sql, `${format} ${JSON.stringify(selection)} in pages of ${pageSize}`).toBe(adapter)
          if (pageSize !== 1000 && format === 'json' && Object.keys(selection).length === 0) expect(sql).toBe(whole)
        }
      }
    }
    await instance.payload.db.updateOne({ collection: 'questions', id: beginner.docs[1].id, data: { position: secondPosition } })
    const tagged = await exportBankToString({ source: await bankSourceFromPayload({ payload: instance.payload, role: docs[0], selection: { tags: ['etl'] } }), format: 'json' })
    expect(JSON.parse(tagged).levels.flatMap((level: { questions: { tags: string[] }[] }) => level.questions.map((question) => question.tags))).toEqual([['sql', 'etl']])
    await instance.payload.db.updateOne({ collection: 'questions', id: approved.docs[0].id, data: { tags: [] } })
  })

  it('lets a reader stop after one question: the pages and the next level asked for ahead are closed, nothing fails later', async () => {
    const { docs } = await instance.payload.find({ collection: 'roles', where: { slug: { equals: slug } }, limit: 1 })
    for (const via of ['fastest', 'adapter'] as const) {
      const source = await bankSourceFromPayload({ payload: instance.payload, role: docs[0], via, pageSize: 1 })
      let read = 0
      for await (const { questions } of source.levels) {
        for await (const question of questions) {
          expect(question.prompt).toMatch(/^Approved prompt/)
          read += 1
          break
        }
        break
      }
      expect(read).toBe(1)
    }
    // An export after it reads the whole bank as before (vitest fails the run on any unhandled rejection meanwhile).
    const response = await exportText('format=json')
    expect(response.json.levels.flatMap((level: { questions: unknown[] }) => level.questions)).toHaveLength(3)
  })

  it('keeps exporting the approved version while a newer draft waits for review', async () => {
    const before = await exportText('format=json')
    const approvedId = before.json.levels[0].questions[0].id
    const { docs } = await instance.payload.find({ collection: 'questions', where: { stableId: { equals: approvedId } }, limit: 1 })
    await instance.payload.update({ collection: 'questions', id: docs[0].id, data: { prompt: 'Unreviewed rewording' }, draft: true, overrideAccess: false, user: editor })
    const after = await exportText('format=json')
    expect(after.text).toBe(before.text)
    expect(after.text).not.toContain('Unreviewed rewording')
  })
})

describe('releases', () => {
  const publish = () => restRequest({ payload: instance.payload, method: 'POST', path: '/releases/publish', token: reviewerToken, body: { role: slug } })

  it('freezes the bank; an unchanged bank makes no new release; downloads stay byte-identical', async () => {
    const first = await publish()
    expect(first.status).toBe(201)
    expect(first.json.release.version).toBe(1)
    expect(first.json.release.questionCount).toBe(3)
    expect(first.json.release.contents).toHaveLength(3)
    const again = await publish()
    expect(again.status).toBe(200)
    expect(again.json.created).toBe(false)

    const id = first.json.release.id
    const download = (query: string) => restRequest({ payload: instance.payload, path: `/releases/${id}/download?${query}` })
    const frozen = {
      json: (await download('format=json')).text,
      md: (await download('format=md')).text,
      csv: (await download('format=csv')).text,
      spreadsheet: (await download('format=csv&csvProfile=spreadsheet')).text,
    }
    expect(frozen.json).toBe((await exportText('format=json')).text)

    // Change the bank: approve one more question, and publish again.
    const { docs } = await instance.payload.find({ collection: 'questions', where: { reviewStatus: { equals: 'draft' } }, draft: true, limit: 1 })
    await wordAndApprove({ payload: instance.payload, questionId: docs[0].id, prompt: 'A later question', editor, reviewer })
    const second = await publish()
    expect(second.json.release.version).toBe(2)

    expect((await download('format=json')).text).toBe(frozen.json)
    expect((await download('format=md')).text).toBe(frozen.md)
    expect((await download('format=csv')).text).toBe(frozen.csv)
    expect((await download('format=csv&csvProfile=spreadsheet')).text).toBe(frozen.spreadsheet)
    expect((await download('format=json')).headers.get('content-disposition')).toBe(`attachment; filename="${slug}-v1.json"`)
  })

  it('only reviewers and admins publish', async () => {
    const token = await login({ payload: instance.payload, email: editor.email })
    const response = await restRequest({ payload: instance.payload, method: 'POST', path: '/releases/publish', token, body: { role: slug } })
    expect(response.status).toBe(403)
  })
})

describe('round trip through the database', () => {
  it('export → import → export is byte-identical for JSON, Markdown and CSV', async () => {
    for (const format of ['json', 'md', 'csv'] as const) {
      const exported = (await exportText(`format=${format}`)).text
      const report = await importDocument({ payload: instance.payload, input: exported, fileName: `bank.${format}`, user: editor })
      expect(report.errors, JSON.stringify(report.diagnostics)).toBe(0)
      // Every question is recognised by its stable id: nothing is duplicated.
      expect(report.counts.created, `${format}: ${JSON.stringify(report.counts)}`).toBe(0)
      expect((await exportText(`format=${format}`)).text).toBe(exported)
    }
  })
})
