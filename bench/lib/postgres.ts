/**
 * The PostgreSQL side of the suite. The orchestrator (bench/run.ts) makes a
 * database per case, passes its URI to the case (`--database`), and drops it
 * after the case's process has exited: Payload's PostgreSQL adapter keeps a
 * pooled connection for the life of its process, so a case cannot drop its
 * own database without FORCE (test/helpers/postgres.ts). Export cases get a
 * copy of the published bank the Prepbank import case left, made with
 * `CREATE DATABASE … TEMPLATE …` (a file copy on the server).
 */
import { dropLeftoverDatabases, withServer } from '../../test/helpers/postgres'

export const benchDatabases = ['sqlite', 'postgres'] as const
export type BenchDatabase = (typeof benchDatabases)[number]

/** Every database the suite makes starts with this; leftovers of a killed run are dropped at the next start. */
export const benchDatabasePrefix = 'prepbank_bench_'

/** The server the PostgreSQL cases use: a URI of a database on it where the user may CREATE DATABASE. */
export const postgresServer = (): { uri: string; from: string } | null => {
  for (const name of ['PREPBANK_BENCH_POSTGRES_URI', 'PREPBANK_TEST_POSTGRES_URI']) {
    const uri = process.env[name]
    if (uri) return { uri, from: name }
  }
  return null
}

/** The URI of database `name` on the server `server` points at. */
export const databaseUri = ({ server, name }: { server: string; name: string }): string => {
  const url = new URL(server)
  url.pathname = `/${name}`
  return url.toString()
}

const quoted = (name: string): string => {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unexpected database name ${name}`)
  return `"${name}"`
}

/** A new empty database, or a copy of `template` (which nobody may be connected to). */
export const createDatabase = ({ server, name, template }: { server: string; name: string; template?: string }): Promise<void> =>
  withServer(async (admin) => {
    await admin.query(`CREATE DATABASE ${quoted(name)}${template ? ` TEMPLATE ${quoted(template)}` : ''}`)
  }, server)

/** Drops a database whose case has ended (no FORCE: a database still in use is an error worth seeing). */
export const dropDatabase = ({ server, name }: { server: string; name: string }): Promise<void> =>
  withServer(async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${quoted(name)}`)
  }, server)

/** The databases earlier runs left (a killed run); the ones a live process still holds stay. */
export const dropLeftoverBenchDatabases = (server: string): Promise<void> => dropLeftoverDatabases({ prefix: benchDatabasePrefix, server })
