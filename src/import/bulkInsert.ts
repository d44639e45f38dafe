import type { FlattenedField, Payload, PayloadRequest } from 'payload'

import { getTableColumns, getTableName } from 'drizzle-orm'

/**
 * The bulk write of an import: new documents of one collection, with their
 * first version (for collections with drafts), in multi-row INSERTs per
 * table inside the import's transaction. Callers pass every field as the
 * collection hooks would have stored it (src/content/derivedFields.ts);
 * test/import/bulk-equivalence.test.ts reads bulk rows and payload.create
 * rows back through the Local API and payload.db and finds them identical.
 *
 * Raw inserts are used only on the two SQL adapters, through Payload's own
 * drizzle tables (so column names, JSON and date handling are the adapter's).
 * Any other adapter (MongoDB) takes the adapter-agnostic path: one
 * payload.db.create and createVersion per document.
 */

export type BulkDoc = Record<string, unknown>

type DrizzleTable = Record<string, unknown>
type DrizzleDb = {
  insert: (table: DrizzleTable) => { values: (rows: Record<string, unknown>[]) => { returning: (fields: Record<string, unknown>) => Promise<{ id: number | string }[]> } & PromiseLike<unknown> }
}
type SqlAdapter = Payload['db'] & {
  name: 'sqlite' | 'postgres'
  tables: Record<string, DrizzleTable>
  tableNameMap: Map<string, string>
  drizzle: DrizzleDb
  sessions?: Record<string, { db: DrizzleDb }>
}

const sqlAdapters = new Set(['sqlite', 'postgres'])

/** Whether this database takes the measured raw-insert path. */
export const hasBulkPath = (payload: Payload): boolean => sqlAdapters.has(payload.db.name)

/** Bound parameters per statement: SQLite allows 32,766, PostgreSQL 65,535; stay well below both. */
const maxParameters = 20_000

/** Rows of the value tables (hasMany text, hasMany relationships) of one document, before the parent id is known. */
type Rows = { main: Record<string, unknown>; texts: Record<string, unknown>[]; rels: Record<string, unknown>[] }

/**
 * One document as the rows the drizzle adapter writes: the main row keyed by
 * drizzle column names (groups flattened with `_`), hasMany text values as
 * `<table>_texts` rows and hasMany relationships as `<table>_rels` rows.
 */
const rowsOf = ({ fields, data, table, prefix = '', pathPrefix = '' }: { fields: FlattenedField[]; data: BulkDoc; table: DrizzleTable; prefix?: string; pathPrefix?: string }): Rows => {
  const rows: Rows = { main: {}, texts: [], rels: [] }
  for (const field of fields) {
    const value = data[field.name]
    const key = `${prefix}${field.name}`
    if (field.type === 'join' || ('virtual' in field && field.virtual)) continue
    if (field.type === 'group') {
      if (value && typeof value === 'object') {
        const inner = rowsOf({ fields: field.flattenedFields, data: value as BulkDoc, table, prefix: `${key}_`, pathPrefix: `${pathPrefix}${field.name}.` })
        Object.assign(rows.main, inner.main)
        rows.texts.push(...inner.texts)
        rows.rels.push(...inner.rels)
      }
      continue
    }
    if (value === undefined) continue
    if (field.type === 'text' && field.hasMany) {
      for (const [index, text] of ((value as string[] | null) ?? []).entries()) rows.texts.push({ order: index + 1, path: `${pathPrefix}${field.name}`, text })
      continue
    }
    if (field.type === 'relationship' && field.hasMany) {
      if (typeof field.relationTo !== 'string') throw new Error(`bulk insert: polymorphic relationship ${key} is not supported`)
      for (const [index, id] of ((value as (number | string)[] | null) ?? []).entries()) {
        rows.rels.push({ order: index + 1, path: `${pathPrefix}${field.name}`, [`${field.relationTo}ID`]: id })
      }
      continue
    }
    if (!(key in table)) throw new Error(`bulk insert: no column for ${key}`)
    rows.main[key] = value
  }
  return rows
}

/** A drizzle column, as far as the raw path reads it. */
type DrizzleColumn = { name: string; defaultFn?: () => unknown; onUpdateFn?: () => unknown; mapToDriverValue: (value: unknown) => unknown }

/**
 * The driver under the drizzle instance the import writes through (its
 * transaction's, when there is one): libsql's transaction or client, or
 * node-postgres's pooled client. Drizzle keeps them as `session.tx` /
 * `session.client`; when a future drizzle moves them, this returns null and
 * the rows go through drizzle's query builder as before.
 */
type RawDriver = { placeholder: (index: number) => string; run: (args: { sql: string; args: unknown[] }) => Promise<Record<string, unknown>[]> }

const rawDriverOf = ({ dialect, db }: { dialect: 'sqlite' | 'postgres'; db: DrizzleDb }): RawDriver | null => {
  const session = (db as { session?: { tx?: unknown; client?: unknown } }).session
  if (dialect === 'sqlite') {
    const target = (session?.tx ?? session?.client) as { execute?: (statement: { sql: string; args: unknown[] }) => Promise<{ rows: Record<string, unknown>[] }> } | undefined
    if (typeof target?.execute !== 'function') return null
    return { placeholder: () => '?', run: async ({ sql, args }) => (await target.execute!({ sql, args })).rows }
  }
  const client = session?.client as { query?: (text: string, values: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> } | undefined
  if (typeof client?.query !== 'function') return null
  return { placeholder: (index) => `$${index + 1}`, run: async ({ sql, args }) => (await client.query!(sql, args)).rows }
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`

/**
 * One multi-row INSERT as text and parameters, with the values drizzle's
 * insert builder would bind (each mapped by its column, as drizzle maps a
 * parameter).
 * Drizzle's builder makes a Param object and a query chunk per value: for a
 * 10k-question import that was a fifth of the CPU and a third of everything
 * allocated, and with it the heap's growth.
 */
const insertStatement = ({ driver, table, rows, returning }: { driver: RawDriver; table: DrizzleTable; rows: Record<string, unknown>[]; returning: boolean }) => {
  const keys = Object.keys(rows[0])
  const columns = keys.map((key) => table[key] as DrizzleColumn)
  const args: unknown[] = []
  const tuples: string[] = []
  for (const row of rows) {
    const marks: string[] = []
    for (const [index, key] of keys.entries()) {
      const value = row[key]
      marks.push(driver.placeholder(args.length))
      args.push(value === null ? null : columns[index].mapToDriverValue(value))
    }
    tuples.push(`(${marks.join(', ')})`)
  }
  const schema = (table as Record<symbol, string | undefined>)[Symbol.for('drizzle:Schema')]
  const name = `${schema ? `${quoted(schema)}.` : ''}${quoted(getTableName(table as never))}`
  return {
    sql: `insert into ${name} (${columns.map((column) => quoted(column.name)).join(', ')}) values ${tuples.join(', ')}${returning ? ` returning ${quoted((table.id as DrizzleColumn).name)}` : ''}`,
    args,
  }
}

/**
 * Whether the raw statement binds what drizzle's builder would: every row
 * gives the same columns, and no column left out has a default that drizzle
 * computes in JavaScript (the database applies the others' defaults, as the
 * migrations declare them).
 */
const rawInsertable = ({ table, rows }: { table: DrizzleTable; rows: Record<string, unknown>[] }): boolean => {
  const keys = Object.keys(rows[0])
  if (rows.some((row) => Object.keys(row).length !== keys.length || keys.some((key) => row[key] === undefined))) return false
  const columns = getTableColumns(table as never) as unknown as Record<string, DrizzleColumn>
  if (keys.some((key) => typeof columns[key]?.mapToDriverValue !== 'function')) return false
  return Object.entries(columns).every(([key, column]) => keys.includes(key) || (!column.defaultFn && !column.onUpdateFn))
}

const insertChunked = async ({
  db,
  driver: rawDriver,
  table,
  rows,
  returning,
}: {
  db: DrizzleDb
  /** The driver that takes raw statements; null: drizzle's insert builder. */
  driver: RawDriver | null
  table: DrizzleTable | undefined
  rows: Record<string, unknown>[]
  returning: boolean
}) => {
  const ids: (number | string)[] = []
  if (rows.length === 0) return ids
  if (!table) throw new Error('bulk insert: rows for a table the adapter does not have')
  const columns = Math.max(...rows.slice(0, 50).map((row) => Object.keys(row).length), 1)
  const perStatement = Math.max(1, Math.floor(maxParameters / columns))
  const driver = rawDriver && rawInsertable({ table, rows }) ? rawDriver : null
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement)
    // Both SQLite and PostgreSQL return the rows of a multi-row INSERT … RETURNING in VALUES order,
    // which is what Payload's own array inserts rely on as well.
    const inserted = driver
      ? await driver.run(insertStatement({ driver, table, rows: chunk, returning }))
      : returning
        ? await db.insert(table).values(chunk).returning({ id: table.id })
        : (await db.insert(table).values(chunk), [])
    if (!returning) continue
    if (inserted.length !== chunk.length) throw new Error(`bulk insert: ${inserted.length} ids returned for ${chunk.length} rows`)
    const idColumn = driver ? (table.id as DrizzleColumn).name : 'id'
    for (const row of inserted as Record<string, unknown>[]) ids.push(row[idColumn] as number | string)
  }
  return ids
}

const versionRowOf = (main: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(main).map(([key, value]) => [`version_${key}`, value]))

/**
 * Inserts new documents and, when the collection has versions, their first
 * version (latest). Returns their ids in order.
 */
export const bulkInsert = async ({
  payload,
  req,
  collection,
  docs,
  via = 'driver',
}: {
  payload: Payload
  req: PayloadRequest
  collection: 'questions' | 'hints' | 'review-events'
  docs: BulkDoc[]
  /** `builder`: drizzle's insert builder even where the driver path applies (tests hold the two equal). */
  via?: 'driver' | 'builder'
}): Promise<(number | string)[]> => {
  if (docs.length === 0) return []
  const config = payload.collections[collection].config
  const versioned = Boolean(config.versions)
  const now = new Date().toISOString()
  const stamped = docs.map((doc) => ({ createdAt: now, updatedAt: now, ...doc }))

  if (!hasBulkPath(payload)) {
    const ids: (number | string)[] = []
    for (const data of stamped) {
      const doc = await payload.db.create({ collection, data, req })
      if (versioned) {
        await payload.db.createVersion({ autosave: false, collectionSlug: collection, createdAt: now, updatedAt: now, parent: doc.id, req, returning: false, versionData: doc as never })
      }
      ids.push(doc.id)
    }
    return ids
  }

  const adapter = payload.db as SqlAdapter
  const db = (req.transactionID && adapter.sessions?.[String(await req.transactionID)]?.db) || adapter.drizzle
  const tableName = adapter.tableNameMap.get(collection.replace(/-/g, '_')) ?? collection.replace(/-/g, '_')
  const table = adapter.tables[tableName]
  const driver = via === 'builder' ? null : rawDriverOf({ dialect: adapter.name, db })
  const rows = stamped.map((data) => rowsOf({ fields: config.flattenedFields, data, table }))

  const ids = await insertChunked({ db, driver, table, rows: rows.map((row) => row.main), returning: true })
  const valuesFor = ({ parents, kind, pathPrefix }: { parents: (number | string)[]; kind: 'texts' | 'rels'; pathPrefix: string }) =>
    rows.flatMap((row, index) => row[kind].map((value) => ({ ...value, path: `${pathPrefix}${value.path as string}`, parent: parents[index] })))
  await insertChunked({ db, driver, table: adapter.tables[`${tableName}_texts`], rows: valuesFor({ parents: ids, kind: 'texts', pathPrefix: '' }), returning: false })
  await insertChunked({ db, driver, table: adapter.tables[`${tableName}_rels`], rows: valuesFor({ parents: ids, kind: 'rels', pathPrefix: '' }), returning: false })

  if (versioned) {
    const versionName = `_${tableName}_v`
    const versionTable = adapter.tables[versionName]
    const versionIds = await insertChunked({
      db,
      driver,
      table: versionTable,
      rows: rows.map((row, index) => ({
        parent: ids[index],
        ...versionRowOf(row.main),
        createdAt: stamped[index].createdAt,
        updatedAt: stamped[index].updatedAt,
        latest: true,
      })),
      returning: true,
    })
    await insertChunked({ db, driver, table: adapter.tables[`${versionName}_texts`], rows: valuesFor({ parents: versionIds, kind: 'texts', pathPrefix: 'version.' }), returning: false })
    await insertChunked({ db, driver, table: adapter.tables[`${versionName}_rels`], rows: valuesFor({ parents: versionIds, kind: 'rels', pathPrefix: 'version.' }), returning: false })
  }
  return ids
}
