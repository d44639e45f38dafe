import { afterAll, beforeAll, describe, it } from 'vitest'

import type { TestInstance } from '../helpers/payload'

import { createUser } from '../helpers/payload'
import { postgresServerUri, startPostgresPayload } from '../helpers/postgres'
import { checkProgressCounts } from './progressCounts'

/**
 * The grouped statement on the second SQL adapter (enums, booleans and
 * bigint counts differ from SQLite), in production mode with the committed
 * migrations. Runs when PREPBANK_TEST_POSTGRES_URI names a server.
 */
let instance: TestInstance | undefined

describe.skipIf(!postgresServerUri)('review progress on PostgreSQL', () => {
  beforeAll(async () => {
    instance = await startPostgresPayload({ name: 'progress' })
    await createUser({ payload: instance.payload, roles: ['admin'] })
  })

  afterAll(async () => {
    await instance?.close()
  })

  it('counts per role in one grouped statement, the same as counting the rows', async () => {
    await checkProgressCounts({ payload: instance!.payload })
  })
})
