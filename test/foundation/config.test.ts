import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestInstance } from '../helpers/payload'
import { startPayload } from '../helpers/payload'

let instance: TestInstance

beforeAll(async () => {
  instance = await startPayload({ name: 'config' })
})
afterAll(async () => {
  await instance?.close()
})

describe('config', () => {
  it('loads the content model on SQLite', () => {
    const slugs = instance.payload.config.collections.map((collection) => collection.slug)
    expect(slugs).toEqual(expect.arrayContaining(['roles', 'levels', 'questions', 'hints', 'users', 'import-runs']))
    expect(instance.payload.db.name).toBe('sqlite')
  })

  it('keeps versions with drafts for questions and hints', () => {
    for (const slug of ['questions', 'hints']) {
      const collection = instance.payload.config.collections.find((c) => c.slug === slug)
      expect(collection?.versions && typeof collection.versions === 'object' && collection.versions.drafts).toBeTruthy()
    }
  })

  it('keeps login lockout on', () => {
    const users = instance.payload.config.collections.find((c) => c.slug === 'users')
    expect(users?.auth && users.auth.maxLoginAttempts).toBeGreaterThan(0)
  })
})
