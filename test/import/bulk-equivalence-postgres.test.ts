import { afterAll, beforeAll, describe, it } from 'vitest'

import type { TestInstance, TestUser } from '../helpers/payload'

import { createUser } from '../helpers/payload'
import { postgresServerUri, startPostgresPayload } from '../helpers/postgres'
import { checkBulkEquivalence, checkDriverMatchesBuilder } from './bulkEquivalence'

/**
 * The bulk path on the second SQL adapter, in production mode (committed
 * migrations). Runs when PREPBANK_TEST_POSTGRES_URI names a server (.ci/run sets it).
 */
let instance: TestInstance | undefined
let editor: TestUser

describe.skipIf(!postgresServerUri)('bulk import on PostgreSQL', () => {
  beforeAll(async () => {
    instance = await startPostgresPayload({ name: 'bulk' })
    await createUser({ payload: instance.payload, roles: ['admin'] })
    editor = await createUser({ payload: instance.payload, roles: ['editor'] })
  })

  afterAll(async () => {
    await instance?.close()
  })

  it('stores rows, versions and review events identical to payload.create', async () => {
    await checkBulkEquivalence({ payload: instance!.payload, editor })
  })

  it('writes the same rows through the driver as through drizzle\'s insert builder', async () => {
    await checkDriverMatchesBuilder({ payload: instance!.payload })
  })
})
