import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'

import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

/**
 * Payload's SQL adapters index the tables of hasMany text and number fields
 * (`<collection>_texts`, `_numbers`) on (order, parent) only, so reading a
 * document's values scans the whole table: a page of 500 questions with tags
 * took over a second at 10k questions. An index led by `parent_id` makes it a lookup.
 */
type PostgresSchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

const valueTables = (tables: Record<string, unknown>): string[] =>
  Object.keys(tables).filter((name) => name.endsWith('_texts') || name.endsWith('_numbers'))

export const indexSqliteValueParents: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const name of valueTables(schema.tables)) {
    extendTable({
      table: schema.tables[name],
      extraConfig: (table) => ({ parentIdx: sqliteIndex(`${name}_parent_idx`).on(table.parent) }),
    })
  }
  return schema
}

export const indexPostgresValueParents: PostgresSchemaHook = ({ schema, extendTable }) => {
  for (const name of valueTables(schema.tables)) {
    extendTable({
      table: schema.tables[name],
      extraConfig: (table) => ({ parentIdx: pgIndex(`${name}_parent_idx`).on(table.parent) }),
    })
  }
  return schema
}
