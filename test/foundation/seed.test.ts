import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestInstance } from '../helpers/payload'
import { startPayload } from '../helpers/payload'

let instance: TestInstance

beforeAll(async () => {
  // The quick start's first run: an empty development database with seeding on.
  instance = await startPayload({ name: 'seed', seedExamples: true })
})
afterAll(async () => {
  await instance?.close()
})

describe('first run', () => {
  it('imports the two example banks as drafts', async () => {
    const { payload } = instance
    const roles = await payload.find({ collection: 'roles', sort: 'name' })
    expect(roles.docs.map((role) => role.name)).toEqual(['AI Data Ops Specialist', 'AI Image Data Specialist'])
    expect((await payload.count({ collection: 'questions' })).totalDocs).toBe(100)
    expect((await payload.count({ collection: 'questions', where: { _status: { equals: 'published' } } })).totalDocs).toBe(0)
    expect((await payload.count({ collection: 'import-runs', where: { outcome: { equals: 'imported' } } })).totalDocs).toBe(2)
  })
})
