import type { Payload } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, it } from 'vitest'

import type { TestUser } from '../helpers/payload'

import { createUser } from '../helpers/payload'
import { checkBulkEquivalence } from './bulkEquivalence'

/**
 * The bulk path on the second SQL adapter, in production mode (committed
 * migrations), as test/foundation/postgres.test.ts boots it. Runs when
 * PREPBANK_TEST_POSTGRES_URI names a server (.ci/run sets it).
 */
const serverUri = process.env.PREPBANK_TEST_POSTGRES_URI
const database = `prepbank_bulk_${process.pid}`

let payload: Payload
let dir: string
let editor: TestUser

describe.skipIf(!serverUri)('bulk import on PostgreSQL', () => {
  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: serverUri })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${database}`)
    await admin.query(`CREATE DATABASE ${database}`)
    await admin.end()
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prepbank-bulk-pg-'))
    const url = new URL(serverUri!)
    url.pathname = `/${database}`
    Object.assign(process.env, {
      NODE_ENV: 'production',
      DATABASE_URI: url.toString(),
      PAYLOAD_SECRET: 'prepbank-pg-test-secret-0123456789',
      PREPBANK_DATA_DIR: dir,
      PREPBANK_LOG_LEVEL: 'warn',
    })
    const { default: config } = await import('../../payload.config')
    payload = await getPayload({ config })
    await createUser({ payload, roles: ['admin'] })
    editor = await createUser({ payload, roles: ['editor'] })
  })

  afterAll(async () => {
    await payload?.destroy()
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
    if (serverUri) {
      const admin = new pg.Client({ connectionString: serverUri })
      await admin.connect()
      // FORCE: a pooled connection of the destroyed instance may still be closing.
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
      await admin.end()
    }
  })

  it('stores rows, versions and review events identical to payload.create', async () => {
    await checkBulkEquivalence({ payload, editor })
  })
})
