import type { Payload, Where } from 'payload'

import type { Role } from '../payload-types'

import { sql } from '@payloadcms/db-sqlite'
import { createHash } from 'node:crypto'

import type { SqlAdapter } from '../config/sqlAdapter'

import { approvedRow, approvedRowsWhere } from '../review/exportable'
import { sqlAdapterOf, sqlRows } from '../config/sqlAdapter'

/** What an export shows of a role. */
export type ExportRole = Pick<Role, 'id' | 'slug' | 'name' | 'title' | 'summary'>

/** Counts and the newest update of a set of rows: any insert, edit or deletion changes one of them. */
export type RowsState = { rows: number; approved: number; newest: string | null }

/**
 * Everything a role's live export depends on, read from the database on every
 * request: the role row, its questions, their hints (every hint, approved or
 * not: a new draft hint holds its question back) and the levels. It is the
 * database that decides freshness, not the memory of one process, so two
 * servers on one database never disagree.
 */
export type BankState = {
  role: ExportRole
  roleUpdatedAt: string
  questions: RowsState
  hints: RowsState
  levels: Omit<RowsState, 'approved'>
}

/** Timestamps as ISO text, whatever the driver returns (SQLite text, a pg Date or text). */
const isoOf = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  const date = value instanceof Date ? value : new Date(String(value))
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString()
}


/**
 * The state in one statement on SQL databases (SQLite, PostgreSQL): the role
 * by slug, and one aggregate row each for its questions, their hints and the
 * levels. Drizzle renders the adapter's own tables and columns; the
 * approved-rows rule comes from review/exportable.
 */
const readSqlState = async ({ db, slug }: { db: SqlAdapter; slug: string }): Promise<BankState | null> => {
  const { roles, questions, hints, levels } = db.tables
  const roleId = sql`(select ${roles.id} from ${roles} where ${roles.slug} = ${slug})`
  const approvedCase = (table: Record<string, never>) =>
    sql`sum(case when ${table._status} = ${approvedRow._status} and ${table.reviewStatus} = ${approvedRow.reviewStatus} then 1 else 0 end)`
  const statement = sql`select r.*, q.*, h.*, l.* from
    (select ${roles.id} as role_id, ${roles.slug} as role_slug, ${roles.name} as role_name, ${roles.title} as role_title,
      ${roles.summary} as role_summary, ${roles.updatedAt} as role_updated_at from ${roles} where ${roles.slug} = ${slug}) r,
    (select count(*) as q_rows, ${approvedCase(questions)} as q_approved, max(${questions.updatedAt}) as q_newest
      from ${questions} where ${questions.role} = ${roleId}) q,
    (select count(*) as h_rows, ${approvedCase(hints)} as h_approved, max(${hints.updatedAt}) as h_newest
      from ${hints} where ${hints.question} in (select ${questions.id} from ${questions} where ${questions.role} = ${roleId})) h,
    (select count(*) as l_rows, max(${levels.updatedAt}) as l_newest from ${levels}) l`
  const [row] = await sqlRows({ db, statement })
  if (!row) return null
  const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value))
  return {
    role: {
      id: row.role_id as number,
      slug: text(row.role_slug),
      name: String(row.role_name),
      title: text(row.role_title),
      summary: text(row.role_summary),
    },
    roleUpdatedAt: isoOf(row.role_updated_at) ?? '',
    questions: { rows: Number(row.q_rows), approved: Number(row.q_approved ?? 0), newest: isoOf(row.q_newest) },
    hints: { rows: Number(row.h_rows), approved: Number(row.h_approved ?? 0), newest: isoOf(row.h_newest) },
    levels: { rows: Number(row.l_rows), newest: isoOf(row.l_newest) },
  }
}

const rowsState = async ({ payload, collection, where, approved = true }: { payload: Payload; collection: 'questions' | 'hints' | 'levels'; where: Where; approved?: boolean }) => {
  const newest = await payload.find({ collection, where, sort: '-updatedAt', limit: 1, depth: 0, select: { updatedAt: true } })
  const approvedRows = approved ? (await payload.count({ collection, where: { and: [where, approvedRowsWhere] } })).totalDocs : 0
  return { rows: newest.totalDocs, approved: approvedRows, newest: isoOf(newest.docs[0]?.updatedAt) }
}

/** The same state through the Local API, for adapters without SQL (MongoDB): a few queries instead of one. */
export const readLocalApiState = async ({ payload, slug }: { payload: Payload; slug: string }): Promise<BankState | null> => {
  const { docs } = await payload.find({ collection: 'roles', where: { slug: { equals: slug } }, limit: 1, depth: 0, pagination: false })
  const role = docs[0]
  if (!role) return null
  const [questions, hints, levels] = await Promise.all([
    rowsState({ payload, collection: 'questions', where: { role: { equals: role.id } } }),
    rowsState({ payload, collection: 'hints', where: { 'question.role': { equals: role.id } } }),
    rowsState({ payload, collection: 'levels', where: {}, approved: false }),
  ])
  return {
    role: { id: role.id, slug: role.slug ?? null, name: role.name, title: role.title ?? null, summary: role.summary ?? null },
    roleUpdatedAt: isoOf(role.updatedAt) ?? '',
    questions,
    hints,
    levels: { rows: levels.rows, newest: levels.newest },
  }
}

/** The role named by `slug` and the state of its bank; null when there is no such role. */
export const readBankState = async ({ payload, slug }: { payload: Payload; slug: string }): Promise<BankState | null> => {
  const db = sqlAdapterOf(payload)
  return db ? readSqlState({ db, slug }) : readLocalApiState({ payload, slug })
}

/**
 * A weak ETag for a live export: a hash of the bank's state and of the
 * export's query (format, profile, selection). It changes with every
 * approval, revision, deletion, role edit and level change, and costs one
 * small query instead of an export, so a 304 or a cache hit is cheap.
 */
export const bankFingerprint = ({ state, query }: { state: BankState; query: unknown }): string =>
  `W/"${createHash('sha256').update(JSON.stringify([query, state])).digest('hex').slice(0, 32)}"`
