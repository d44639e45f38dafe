import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import type { PoolClient } from 'pg'

import type { Level, Role } from '../../src/payload-types'
import type { BenchBank } from './data'

/** The libsql client Payload's SQLite adapter holds: the same driver, the same connection. */
export const libsqlOf = (payload: Payload): SQLiteAdapter['client'] => (payload.db as unknown as SQLiteAdapter).client

/** The pg pool Payload's PostgreSQL adapter holds. */
export const pgPoolOf = (payload: Payload): PostgresAdapter['pool'] => (payload.db as unknown as PostgresAdapter).pool

export const onPostgres = (payload: Payload): boolean => payload.db.name === 'postgres'

type Statement = { sql: string; args?: (string | number)[] }

/** `?` placeholders as PostgreSQL's `$1, $2…` (the suite's own SQL has no `?` elsewhere). */
const numbered = (sql: string): string => {
  let index = 0
  return sql.replace(/\?/g, () => `$${(index += 1)}`)
}

/** One statement through the adapter's own driver (libsql or pg), `?` placeholders on both. */
export const queryRows = async (payload: Payload, { sql, args = [] }: Statement): Promise<Record<string, unknown>[]> =>
  onPostgres(payload) ? (await pgPoolOf(payload).query(numbered(sql), args)).rows : (await libsqlOf(payload).execute({ sql, args })).rows

/** `work` on one client of Payload's pg pool, inside a transaction: committed when it returns, rolled back when it throws. */
export const inPgTransaction = async <T>(payload: Payload, work: (client: PoolClient) => Promise<T>): Promise<T> => {
  const client = await pgPoolOf(payload).connect()
  try {
    await client.query('BEGIN')
    const value = await work(client)
    await client.query('COMMIT')
    return value
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  } finally {
    client.release()
  }
}

/** Statements in one transaction, through the adapter's own driver. */
const inTransaction = async (payload: Payload, statements: Statement[]): Promise<void> => {
  if (onPostgres(payload)) {
    await inPgTransaction(payload, async (client) => {
      for (const { sql, args = [] } of statements) await client.query(numbered(sql), args)
    })
    return
  }
  await libsqlOf(payload).batch(
    statements.map(({ sql, args = [] }) => ({ sql, args })),
    'write',
  )
}

/**
 * Publishes a role's whole bank the way approval leaves it (question and
 * hint rows `_status = 'published'`, `review_status = 'approved'`, and the
 * same on their version rows), in one SQL transaction. The review path goes
 * through four Local API calls per item with the four-eyes rules, fine for a
 * test of 50 questions and hours for 50k; exports only read these columns.
 */
export const publishRoleBank = async ({ payload, roleId }: { payload: Payload; roleId: number | string }): Promise<void> => {
  const ofRole = 'SELECT id FROM questions WHERE role_id = ?'
  await inTransaction(payload, [
    { sql: `UPDATE questions SET _status = 'published', review_status = 'approved' WHERE role_id = ?`, args: [roleId] },
    { sql: `UPDATE _questions_v SET version__status = 'published', version_review_status = 'approved' WHERE parent_id IN (${ofRole})`, args: [roleId] },
    { sql: `UPDATE hints SET _status = 'published', review_status = 'approved' WHERE question_id IN (${ofRole})`, args: [roleId] },
    {
      sql: `UPDATE _hints_v SET version__status = 'published', version_review_status = 'approved' WHERE parent_id IN (SELECT id FROM hints WHERE question_id IN (${ofRole}))`,
      args: [roleId],
    },
  ])
}

/** Row counts straight from the database, for the checks each case makes after its timed step. */
export const countRows = async ({
  payload,
  table,
  where = '',
  args = [],
}: {
  payload: Payload
  table: string
  where?: string
  args?: (string | number)[]
}): Promise<number> => {
  const rows = await queryRows(payload, { sql: `SELECT count(*) AS n FROM ${table} ${where}`, args })
  return Number(rows[0]?.n ?? 0)
}

/** The bank's role and levels: found when a template database already holds them, created (untimed setup) otherwise. */
export const ensureRoleAndLevels = async ({ payload, bank }: { payload: Payload; bank: BenchBank }): Promise<{ role: Role; levels: Map<string, Level> }> => {
  const found = await payload.find({ collection: 'roles', where: { slug: { equals: bank.role.slug } }, limit: 1, depth: 0 })
  const role =
    found.docs[0] ??
    (await payload.create({
      collection: 'roles',
      data: { name: bank.role.name, slug: bank.role.slug, title: bank.role.title, summary: bank.role.summary },
    }))
  const levels = new Map<string, Level>()
  for (const level of bank.levels) {
    const existing = await payload.find({ collection: 'levels', where: { slug: { equals: level.slug } }, limit: 1, depth: 0 })
    levels.set(level.slug, existing.docs[0] ?? (await payload.create({ collection: 'levels', data: { name: level.name, slug: level.slug, rank: level.rank } })))
  }
  return { role, levels }
}

/** Finds the bank's role, which a template database holds. */
export const findRole = async ({ payload, slug }: { payload: Payload; slug: string }): Promise<Role> => {
  const { docs } = await payload.find({ collection: 'roles', where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`No role "${slug}" in the template database`)
  return docs[0]
}
