import { afterAll, beforeAll, describe, it } from 'vitest'

import type { TestInstance, TestUser } from '../helpers/payload'

import { createUser, startPayload } from '../helpers/payload'
import { checkBulkEquivalence, checkDriverMatchesBuilder } from './bulkEquivalence'

let instance: TestInstance
let editor: TestUser

beforeAll(async () => {
  instance = await startPayload({ name: 'bulk-equivalence' })
  await createUser({ payload: instance.payload, roles: ['admin'] })
  editor = await createUser({ payload: instance.payload, roles: ['editor'] })
})
afterAll(async () => {
  await instance?.close()
})

describe('bulk import on SQLite', () => {
  it('stores rows, versions and review events identical to payload.create', async () => {
    await checkBulkEquivalence({ payload: instance.payload, editor })
  })

  it('writes the same rows through the driver as through drizzle\'s insert builder', async () => {
    await checkDriverMatchesBuilder({ payload: instance.payload })
  })
})
