import { afterAll, beforeAll, describe, it } from 'vitest'

import type { TestInstance } from '../helpers/payload'

import { createUser, startPayload } from '../helpers/payload'
import { checkProgressCounts } from './progressCounts'

let instance: TestInstance

beforeAll(async () => {
  instance = await startPayload({ name: 'progress' })
  // The first account becomes the admin: the test's users come after it.
  await createUser({ payload: instance.payload, roles: ['admin'] })
})

afterAll(async () => {
  await instance?.close()
})

describe('review progress on SQLite', () => {
  it('counts per role in one grouped statement, the same as counting the rows', async () => {
    await checkProgressCounts({ payload: instance.payload })
  })
})
