import fs from 'node:fs'
import path from 'node:path'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestInstance, TestUser } from '../helpers/payload'
import { importDocument } from '../../src/import/importDocument'
import { createUser, login, startPayload } from '../helpers/payload'
import { restRequest } from '../helpers/rest'
import { wordAndApprove } from '../helpers/review'

const examplesDir = path.resolve(import.meta.dirname, '../../examples')
const opsFile = 'ai-data-ops-specialist.txt'
const opsText = fs.readFileSync(path.join(examplesDir, opsFile), 'utf8')
const imageText = fs.readFileSync(path.join(examplesDir, 'ai-image-data-specialist.txt'), 'utf8')

let instance: TestInstance
let editor: TestUser
let reviewer: TestUser

beforeAll(async () => {
  instance = await startPayload({ name: 'import' })
  await createUser({ payload: instance.payload, roles: ['admin'] })
  editor = await createUser({ payload: instance.payload, roles: ['editor'] })
  reviewer = await createUser({ payload: instance.payload, roles: ['reviewer'] })
})
afterAll(async () => {
  await instance?.close()
})

const countAll = async () => {
  const { payload } = instance
  const [roles, levels, questions, hints] = await Promise.all(
    (['roles', 'levels', 'questions', 'hints'] as const).map((collection) => payload.count({ collection })),
  )
  return { roles: roles.totalDocs, levels: levels.totalDocs, questions: questions.totalDocs, hints: hints.totalDocs }
}

const questionsOf = async (roleName: string) => {
  const { payload } = instance
  const role = (await payload.find({ collection: 'roles', where: { name: { equals: roleName } } })).docs[0]
  const { docs } = await payload.find({
    collection: 'questions',
    where: { role: { equals: role.id } },
    draft: true,
    depth: 1,
    limit: 0,
    sort: 'position',
  })
  return { role, docs }
}

describe('importing the example documents', () => {
  it('creates 6 sections of 5, 10, 10, 10, 10 and 5 hint-only draft questions, 50 in all', async () => {
    const report = await importDocument({ payload: instance.payload, input: opsText, fileName: opsFile, user: editor })
    expect(report.outcome).toBe('imported')
    expect(report.errors).toBe(0)
    expect(report.counts).toEqual({ created: 50, updated: 0, unchanged: 0, proposed: 0 })
    expect(report.levels.map((level) => [level.name, level.questions])).toEqual([
      ['Beginner', 5], ['Intermediate', 10], ['Advanced', 10], ['Scenario-Based', 10], ['AI Workflow & Tools', 10], ['Behavioral', 5],
    ])

    const { role, docs } = await questionsOf('AI Data Ops Specialist')
    expect(role.title).toBe('AI Data Ops Specialist Interview Questions')
    expect(role.slug).toBe('ai-data-ops-specialist')
    expect(docs).toHaveLength(50)
    for (const question of docs) {
      expect(question._status).toBe('draft')
      expect(question.reviewStatus).toBe('draft')
      expect(question.prompt ?? null).toBeNull()
      expect(question.needsWording).toBe(true)
      expect(question.workingTitle).not.toMatch(/^(A strong answer|A great answer|Expect|Cover|Look for|The answer should)/)
      expect(question.provenance?.sourceFile).toBe(opsFile)
      expect(question.provenance?.documentHash).toMatch(/^[0-9a-f]{64}$/)
      expect(question.provenance?.importRun).toBeTruthy()
      expect(question.lastEditedBy).toBeTruthy()
    }
    const levels = await instance.payload.find({ collection: 'levels', sort: 'rank' })
    expect(levels.docs.map((level) => level.name)).toEqual(['Beginner', 'Intermediate', 'Advanced', 'Scenario-Based', 'AI Workflow & Tools', 'Behavioral'])

    const first = docs.find((question) => question.provenance?.line === 5)!
    const hints = await instance.payload.find({ collection: 'hints', where: { question: { equals: first.id } }, draft: true })
    expect(hints.docs).toHaveLength(1)
    expect(hints.docs[0].plainText).toBe(
      'A strong answer explains that ELT loads raw data first and transforms in place (leveraging cloud warehouse compute), which is preferred for AI workloads that need access to raw, untransformed data for reprocessing.',
    )
  })

  it('shares levels between roles', async () => {
    const before = await countAll()
    const report = await importDocument({ payload: instance.payload, input: imageText, fileName: 'ai-image-data-specialist.txt' })
    expect(report.outcome).toBe('imported')
    const after = await countAll()
    expect(after.levels).toBe(before.levels)
    expect(after.questions - before.questions).toBe(50)
  })

  it('writes no level for a section that holds no question (levels are shared by every role)', async () => {
    const document = [
      '# Docker',
      '',
      '## Docker Interview Questions',
      '',
      '### What is Docker?',
      'A platform that runs applications in containers.',
      '',
      '### How does an image differ from a container?',
      'An image is the template; a container is a running instance of it.',
      '',
      '## Docker Commands',
      'List all Docker images',
      '```bash',
      'docker images',
      '```',
      '',
    ].join('\n')
    const report = await importDocument({ payload: instance.payload, input: document, fileName: 'docker.md' })
    expect(report.outcome).toBe('imported')
    expect(report.questions).toBe(2)
    expect(report.diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('empty-section')
    const names = (await instance.payload.find({ collection: 'levels', limit: 0 })).docs.map((level) => level.name)
    expect(names).toContain('Docker Interview Questions')
    expect(names).not.toContain('Docker Commands')
  })

  it('re-importing the same document changes nothing and says so', async () => {
    const before = await countAll()
    const report = await importDocument({ payload: instance.payload, input: opsText, fileName: opsFile, user: editor })
    expect(report.outcome).toBe('unchanged')
    expect(report.counts).toEqual({ created: 0, updated: 0, unchanged: 50, proposed: 0 })
    expect(await countAll()).toEqual(before)
    const run = await instance.payload.findByID({ collection: 'import-runs', id: report.importRunId! })
    expect(run.outcome).toBe('unchanged')
  })

  it('a changed document updates the drafts it came from, in place', async () => {
    const changed = opsText.replace('which is preferred for AI workloads', 'which suits AI workloads')
    const before = await countAll()
    const report = await importDocument({ payload: instance.payload, input: changed, fileName: opsFile, user: editor })
    expect(report.counts).toEqual({ created: 0, updated: 1, unchanged: 49, proposed: 0 })
    expect(await countAll()).toEqual(before)
    const { docs } = await questionsOf('AI Data Ops Specialist')
    const edited = docs.find((question) => question.provenance?.line === 5)!
    const hints = await instance.payload.find({ collection: 'hints', where: { question: { equals: edited.id } }, draft: true })
    expect(hints.docs[0].plainText).toContain('which suits AI workloads')
  })

  it('never overwrites approved wording: it opens a new draft for review instead', async () => {
    const { payload } = instance
    const { docs } = await questionsOf('AI Data Ops Specialist')
    const target = docs.find((question) => question.provenance?.line === 6)!
    await wordAndApprove({ payload, questionId: target.id, prompt: 'Why version datasets?', editor, reviewer })

    const changed = opsText
      .replace('which suits AI workloads', 'which is preferred for AI workloads')
      .replace('is as critical as code versioning', 'matters as much as code versioning')
    const report = await importDocument({ payload, input: changed, fileName: opsFile, user: editor })
    expect(report.counts.proposed).toBe(1)

    const published = await payload.findByID({ collection: 'questions', id: target.id, draft: false })
    expect(published.reviewStatus).toBe('approved')
    expect(published.prompt).toBe('Why version datasets?')
    const latest = await payload.findByID({ collection: 'questions', id: target.id, draft: true })
    expect(latest.reviewStatus).toBe('inReview')
    expect(latest.prompt).toBe('Why version datasets?')
  })

  it('an error midway leaves the database as it was', async () => {
    const { payload } = instance
    const before = await countAll()
    const runsBefore = (await payload.count({ collection: 'import-runs' })).totalDocs
    // 600 questions: the first batch of 500 is written (questions, hints, versions, review events) when the
    // import dies before the second; the role, levels and those 500 drafts must vanish with it.
    const bank = ['# Atomic Tester Interview Questions', '', '## Basics', '']
    for (let n = 1; n <= 600; n += 1) bank.push(`### What is thing number ${n}?`, '', `> A strong answer names thing ${n}.`, '')
    let reached = 0
    const report = await importDocument({
      payload,
      input: bank.join('\n'),
      fileName: 'atomic.md',
      onProgress: ({ done }) => {
        reached = done
        if (done === 550) throw new Error('disk full (simulated)')
      },
    })
    expect(reached).toBe(550)
    expect(report.outcome).toBe('failed')
    expect(report.diagnostics.at(-1)?.message).toMatch(/Nothing was written: disk full/)
    expect(await countAll()).toEqual(before)
    expect((await payload.find({ collection: 'roles', where: { name: { equals: 'Atomic Tester' } } })).totalDocs).toBe(0)
    const runs = await payload.find({ collection: 'import-runs', sort: '-createdAt', limit: 1 })
    expect((await payload.count({ collection: 'import-runs' })).totalDocs).toBe(runsBefore + 1)
    expect(runs.docs[0].outcome).toBe('failed')
  })

  it('a document with errors writes nothing but the failed run', async () => {
    const before = await countAll()
    const report = await importDocument({ payload: instance.payload, input: new Uint8Array([0x49, 0xff, 0xfe, 0x00, 0x01]), fileName: 'broken.txt' })
    expect(report.outcome).toBe('failed')
    expect(report.errors).toBeGreaterThan(0)
    expect(report.diagnostics[0].line).toBeGreaterThan(0)
    expect(await countAll()).toEqual(before)
  })
})

describe('POST /api/import', () => {
  const markdown = [
    '# Data Engineer Interview Questions',
    '',
    '## Basics',
    '',
    '1. What is a data lake?',
    '   - Answer: schema-on-read storage for raw data.',
    '2. What is a data warehouse?',
    '   - Answer: schema-on-write, modelled for analytics.',
    '',
  ].join('\n')

  it('refuses anonymous users and reviewers', async () => {
    const { payload } = instance
    expect((await restRequest({ payload, method: 'POST', path: '/import', body: markdown, headers: { 'content-type': 'text/plain' } })).status).toBe(401)
    const token = await login({ payload, email: reviewer.email })
    expect((await restRequest({ payload, method: 'POST', path: '/import', token, body: markdown, headers: { 'content-type': 'text/plain' } })).status).toBe(403)
  })

  it('previews with ?dryRun=true, then imports for an editor', async () => {
    const { payload } = instance
    const token = await login({ payload, email: editor.email })
    const before = await countAll()
    const preview = await restRequest({ payload, method: 'POST', path: '/import?dryRun=true&fileName=engineer.md', token, body: markdown, headers: { 'content-type': 'text/plain' } })
    expect(preview.status).toBe(200)
    expect(preview.json.outcome).toBe('dry-run')
    expect(preview.json.counts.created).toBe(2)
    expect(await countAll()).toEqual(before)

    const imported = await restRequest({ payload, method: 'POST', path: '/import', token, body: { text: markdown, fileName: 'engineer.md' } })
    expect(imported.status).toBe(201)
    expect(imported.json.role.name).toBe('Data Engineer')
    expect(imported.json.layout).toBe('markdown')
    const { docs } = await questionsOf('Data Engineer')
    expect(docs.map((question) => question.prompt)).toEqual(['What is a data lake?', 'What is a data warehouse?'])
  })

  it('accepts a multipart upload and reports errors with their place', async () => {
    const { payload } = instance
    const token = await login({ payload, email: editor.email })
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array([0x61, 0x0a, 0xc3, 0x28])]), 'bad.txt')
    const response = await handleEndpoints({
      config: payload.config,
      request: new Request('http://localhost:3000/api/import', { method: 'POST', body: form, headers: { authorization: `JWT ${token}` } }),
    })
    expect(response.status).toBe(422)
    const body = await response.json()
    expect(body.fileName).toBe('bad.txt')
    expect(body.diagnostics[0]).toMatchObject({ severity: 'error', line: 2, column: 1 })
  })
})
