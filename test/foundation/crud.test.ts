import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestInstance, TestUser } from '../helpers/payload'
import { createUser, startPayload } from '../helpers/payload'
import { markdownToLexical } from '../../src/content/lexicalMarkdown'

let instance: TestInstance
let admin: TestUser
let editor: TestUser

beforeAll(async () => {
  instance = await startPayload({ name: 'crud' })
  admin = await createUser({ payload: instance.payload, roles: ['admin'] })
  editor = await createUser({ payload: instance.payload, roles: ['editor'] })
})
afterAll(async () => {
  await instance?.close()
})

describe('create, read, update and delete', () => {
  it('roles: slug derived from the name, editable, unique', async () => {
    const { payload } = instance
    const as = { overrideAccess: false, user: editor } as const
    const role = await payload.create({ collection: 'roles', data: { name: 'AI Data Ops Specialist', title: 'AI Data Ops Specialist Interview Questions' }, ...as })
    expect(role.slug).toBe('ai-data-ops-specialist')
    const read = await payload.findByID({ collection: 'roles', id: role.id, ...as })
    expect(read.title).toBe('AI Data Ops Specialist Interview Questions')
    const renamed = await payload.update({ collection: 'roles', id: role.id, data: { slug: 'Data Ops' }, ...as })
    expect(renamed.slug).toBe('data-ops')
    const clash = await payload.create({ collection: 'roles', data: { name: 'Other', slug: 'data-ops' }, ...as }).catch((error) => error)
    expect(clash).toBeInstanceOf(Error)
    // Deleting a role takes its whole bank out of the export: admins only (README, Security → Access).
    expect(await payload.delete({ collection: 'roles', id: role.id, ...as }).catch((error) => error)).toBeInstanceOf(Error)
    await payload.delete({ collection: 'roles', id: role.id, overrideAccess: false, user: admin })
    expect((await payload.find({ collection: 'roles', where: { id: { equals: role.id } } })).totalDocs).toBe(0)
  })

  it('levels: ordered by rank', async () => {
    const { payload } = instance
    const as = { overrideAccess: false, user: editor } as const
    const advanced = await payload.create({ collection: 'levels', data: { name: 'Advanced', rank: 3 }, ...as })
    const beginner = await payload.create({ collection: 'levels', data: { name: 'Beginner', rank: 1 }, ...as })
    const { docs } = await payload.find({ collection: 'levels', ...as })
    expect(docs.map((level) => level.slug)).toEqual(['beginner', 'advanced'])
    await payload.update({ collection: 'levels', id: advanced.id, data: { description: 'Hard ones' }, ...as })
    expect(await payload.delete({ collection: 'levels', id: advanced.id, ...as }).catch((error) => error)).toBeInstanceOf(Error)
    await payload.delete({ collection: 'levels', id: advanced.id, overrideAccess: false, user: admin })
    await payload.delete({ collection: 'levels', id: beginner.id, overrideAccess: false, user: admin })
  })

  it('questions and hints: working title, needs wording, stable id, derived plain text, the hints join, versions', async () => {
    const { payload } = instance
    const as = { overrideAccess: false, user: editor } as const
    const role = await payload.create({ collection: 'roles', data: { name: 'Tester' }, ...as })
    const level = await payload.create({ collection: 'levels', data: { name: 'Scenario-Based', rank: 4 }, ...as })
    const question = await payload.create({
      collection: 'questions',
      data: { role: role.id, level: level.id, position: 1, hintTitle: 'ELT loads raw data first' },
      draft: true,
      ...as,
    })
    expect(question.needsWording).toBe(true)
    expect(question.workingTitle).toBe('ELT loads raw data first')
    expect(question.stableId).toMatch(/^[0-9a-f-]{36}$/)
    expect(question.lastEditedBy).toBeTruthy()

    const text = await markdownToLexical({ config: payload.config, markdown: 'A strong answer explains:\n\n- **ELT** loads first\n- transforms later' })
    const second = await payload.create({ collection: 'hints', data: { question: question.id, position: 2, text }, draft: true, ...as })
    const first = await payload.create({ collection: 'hints', data: { question: question.id, position: 1, text: await markdownToLexical({ config: payload.config, markdown: 'First.' }) }, draft: true, ...as })
    expect(second.plainText).toContain('ELT loads first')
    expect(second.plainText).toContain('A strong answer explains:')
    expect(second.plainText).not.toContain('**')

    const edited = await payload.update({ collection: 'hints', id: first.id, data: { text: await markdownToLexical({ config: payload.config, markdown: 'Changed *text*.' }) }, draft: true, ...as })
    expect(edited.plainText).toBe('Changed text.')
    // plainText cannot be forged: it is derived on every save.
    const forged = await payload.update({ collection: 'hints', id: first.id, data: { plainText: 'forged' }, draft: true, ...as })
    expect(forged.plainText).toBe('Changed text.')

    const worded = await payload.update({ collection: 'questions', id: question.id, data: { prompt: 'What is ELT?', stableId: 'hijack' }, draft: true, ...as })
    expect(worded.workingTitle).toBe('What is ELT?')
    expect(worded.needsWording).toBe(false)
    expect(worded.stableId).toBe(question.stableId)

    const withHints = await payload.findByID({ collection: "questions", id: question.id, depth: 1, ...as })
    const joined = withHints.hints?.docs?.map((hint) => (typeof hint === 'object' ? hint.position : null))
    expect(joined).toEqual([1, 2])

    const versions = await payload.findVersions({ collection: 'questions', where: { parent: { equals: question.id } }, ...as })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(2)

    await payload.delete({ collection: 'hints', id: first.id, ...as })
    await payload.delete({ collection: 'hints', id: second.id, ...as })
    await payload.delete({ collection: 'questions', id: question.id, ...as })
  })

  it('users: admins create, update and delete them', async () => {
    const { payload } = instance
    const as = { overrideAccess: false, user: admin } as const
    const user = await payload.create({ collection: 'users', data: { email: 'new@example.test', password: 'a long password', roles: ['reviewer'] }, ...as })
    expect(user.roles).toEqual(['reviewer'])
    const updated = await payload.update({ collection: 'users', id: user.id, data: { roles: ['reviewer', 'editor'] }, ...as })
    expect(updated.roles).toEqual(['reviewer', 'editor'])
    await payload.delete({ collection: 'users', id: user.id, ...as })
  })

  it('import runs: staff read them, nobody writes them through the API', async () => {
    const { payload } = instance
    const attempt = await payload.create({ collection: 'import-runs', data: { fileName: 'x', documentHash: 'y', outcome: 'imported' }, overrideAccess: false, user: admin }).catch((error) => error)
    expect(attempt).toBeInstanceOf(Error)
    const run = await payload.create({ collection: 'import-runs', data: { fileName: 'x.txt', documentHash: 'abc', outcome: 'imported' } })
    const read = await payload.findByID({ collection: 'import-runs', id: run.id, overrideAccess: false, user: editor })
    expect(read.fileName).toBe('x.txt')
    await payload.delete({ collection: 'import-runs', id: run.id, overrideAccess: false, user: admin })
  })
})

describe('first user', () => {
  it('the very first account becomes admin', async () => {
    const { payload } = instance
    const { docs } = await payload.find({ collection: 'users', sort: 'createdAt', limit: 1 })
    expect(docs[0].roles).toEqual(['admin'])
  })
})
