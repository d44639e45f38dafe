import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'

import { indexPostgresValueParents, indexSqliteValueParents } from './parentIndexes'
import { withSqliteConnection } from './sqliteConnection'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'
type Mode = 'development' | 'production'

/**
 * Dev and tests push the schema; production applies committed migrations.
 * They get different default files so a pushed database is never migrated.
 */
export const defaultSqliteUri = ({ dataDir, mode }: { dataDir: string; mode: Mode }): string =>
  `file:${path.join(dataDir, mode === 'production' ? 'prepbank.db' : 'prepbank.dev.db')}`

export const databaseKind = (uri: string): DatabaseKind => {
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  if (uri.startsWith('postgres://') || uri.startsWith('postgresql://')) return 'postgres'
  return 'sqlite'
}

/**
 * A SQLite file remembers which mode made it in a sidecar file, checked
 * before connecting: pushing a production database or migrating a pushed one
 * both lose data, and Payload's own guard is an interactive prompt that
 * hangs a server with no terminal.
 */
export const guardSqliteMode = ({ uri, mode }: { uri: string; mode: Mode }): void => {
  const file = uri.replace(/^file:/, '')
  if (file === ':memory:') return
  const marker = `${file}.mode`
  const existing = fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8').trim() : null
  if (existing && existing !== mode) {
    throw new Error(
      `${file} was made in ${existing} mode (schema ${existing === 'production' ? 'migrations' : 'push'}); ` +
        `using it in ${mode} mode would damage it. Point DATABASE_URI at a ${mode} database, ` +
        `e.g. ${defaultSqliteUri({ dataDir: path.dirname(file), mode })}.`,
    )
  }
  if (!existing) {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
    fs.writeFileSync(marker, `${mode}\n`)
  }
}

/** SQL migrations are dialect-specific: each SQL adapter has its own folder under src/migrations. */
export const databaseAdapter = ({
  uri,
  mode,
  migrationsRoot,
  lockTimeoutMs = 60_000,
}: {
  uri: string
  mode: Mode
  migrationsRoot: string
  /** SQLite: how long a write waits for other writers. */
  lockTimeoutMs?: number
}): DatabaseAdapterObj => {
  const kind = databaseKind(uri)
  const migrationDir = path.join(migrationsRoot, kind)
  if (kind === 'mongodb') return mongooseAdapter({ url: uri })
  const push = mode !== 'production'
  if (kind === 'postgres') return postgresAdapter({
      pool: { connectionString: uri },
      push,
      migrationDir,
      afterSchemaInit: [indexPostgresValueParents],
    })
  guardSqliteMode({ uri, mode })
  // Payload leaves SQLite transactions off by default; imports must be all or nothing.
  // The connection (WAL, queued writers, lazy BEGIN) is set up in sqliteConnection.ts.
  return withSqliteConnection({
    adapter: sqliteAdapter({
      client: { url: uri },
      push,
      migrationDir,
      transactionOptions: {},
      afterSchemaInit: [indexSqliteValueParents],
    }),
    url: uri,
    lockTimeoutMs,
  })
}
