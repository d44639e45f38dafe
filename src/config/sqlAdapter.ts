import type { Payload } from 'payload'

/**
 * What the measured SQL paths (export, review progress) use of Payload's SQL adapters
 * (SQLite and PostgreSQL, both drizzle): the drizzle instance, the adapter's
 * own table objects (so drizzle renders each dialect's names and quoting),
 * and `execute`. Null for adapters without SQL (MongoDB), which take the
 * Local API paths instead.
 */
export type SqlAdapter = {
  /** Payload's adapter name: which SQL dialect a measured path writes its own functions in. */
  dialect: 'sqlite' | 'postgres'
  drizzle: unknown
  tables: Record<string, Record<string, never>>
  execute: (args: { drizzle: unknown; sql: unknown }) => Promise<{ rows: Record<string, unknown>[] }>
}

export const sqlAdapterOf = (payload: Payload): SqlAdapter | null => {
  const db = payload.db as unknown as Omit<Partial<SqlAdapter>, 'dialect'>
  const dialect = payload.db.name
  if (dialect !== 'sqlite' && dialect !== 'postgres') return null
  if (!db.drizzle || !db.tables?.roles || !db.tables.questions_texts || typeof db.execute !== 'function') return null
  return { dialect, drizzle: db.drizzle, tables: db.tables, execute: db.execute.bind(db) }
}

/** Rows of a statement, through the adapter's own connection. */
export const sqlRows = async ({ db, statement }: { db: SqlAdapter; statement: unknown }): Promise<Record<string, unknown>[]> =>
  (await db.execute({ drizzle: db.drizzle, sql: statement })).rows
