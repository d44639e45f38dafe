import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import type { TestInstance } from './payload'

import { bootPayload } from './payload'

/**
 * The server .ci/run starts (Debian's PostgreSQL); tests on the second SQL
 * adapter skip when it is not set.
 */
export const postgresServerUri = process.env.PREPBANK_TEST_POSTGRES_URI

/** A connection to the server's maintenance database `server` names (default: the tests' server), for CREATE and DROP DATABASE. */
export const withServer = async <T>(work: (admin: pg.Client) => Promise<T>, server = postgresServerUri): Promise<T> => {
  const admin = new pg.Client({ connectionString: server })
  await admin.connect()
  try {
    return await work(admin)
  } finally {
    await admin.end()
  }
}

/**
 * Databases that earlier runs of this test left behind. The adapter keeps one
 * pooled connection checked out for the life of the process (db-postgres
 * connect.js), so a test cannot drop its own database: dropping with FORCE
 * kills that connection and pg raises it as an uncaught error. Each run drops
 * the ones no live process still holds; the server refuses the others.
 */
export const dropLeftoverDatabases = async ({ prefix, server = postgresServerUri }: { prefix: string; server?: string }): Promise<void> =>
  withServer(async (admin) => {
    const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}%`])
    for (const { datname } of rows) {
      await admin.query(`DROP DATABASE IF EXISTS "${datname}"`).catch(() => undefined)
    }
  }, server)

/**
 * A real Payload in production mode (committed migrations) on a fresh
 * PostgreSQL database named after the test and the process.
 */
export const startPostgresPayload = async ({ name }: { name: string }): Promise<TestInstance> => {
  if (!postgresServerUri) throw new Error('PREPBANK_TEST_POSTGRES_URI is not set')
  const prefix = `prepbank_${name}_`
  await dropLeftoverDatabases({ prefix })
  const database = `${prefix}${process.pid}`
  await withServer((admin) => admin.query(`CREATE DATABASE ${database}`))
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `prepbank-${name}-pg-`))
  const url = new URL(postgresServerUri)
  url.pathname = `/${database}`
  Object.assign(process.env, {
    NODE_ENV: 'production',
    DATABASE_URI: url.toString(),
    PAYLOAD_SECRET: 'prepbank-pg-test-secret-0123456789',
    PREPBANK_DATA_DIR: dir,
    PREPBANK_LOG_LEVEL: 'warn',
  })
  return bootPayload({ dir })
}
