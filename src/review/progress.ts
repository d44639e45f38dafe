import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { sql } from '@payloadcms/db-sqlite'

import type { SqlAdapter } from '../config/sqlAdapter'
import type { ReviewStatus } from './fields/reviewStatus'

import { isStaffUser } from '../access/userRoles'
import { sqlAdapterOf, sqlRows } from '../config/sqlAdapter'
import { reviewStatusValues } from './fields/reviewStatus'
import { hintsByQuestion } from '../content/hintsByQuestion'
import { idKey } from '../content/ids'
import { approvedRow, approvedRowsWhere, isExportable } from './exportable'

export type StatusCounts = Record<ReviewStatus, number>

export type RoleProgress = {
  role: { id: number | string; name: string; slug: string }
  /** By each item's newest version: what editors and reviewers are working on. */
  questions: StatusCounts
  hints: StatusCounts
  /** Questions with no prompt yet: the wording workbench's work. */
  needsWording: number
  /** Questions an export would carry now (published, approved, prompted, every hint approved). */
  exportable: number
  total: number
}

type Counts = Omit<RoleProgress, 'role'>

const emptyCounts = (): StatusCounts =>
  Object.fromEntries(reviewStatusValues.map((status) => [status, 0])) as StatusCounts

const emptyProgress = (): Counts => ({ questions: emptyCounts(), hints: emptyCounts(), needsWording: 0, exportable: 0, total: 0 })

const isStatus = (value: unknown): value is ReviewStatus => reviewStatusValues.includes(value as ReviewStatus)

/** Counts per role id (as a key); roles without a row are left out. */
type CountsByRole = Map<string, Counts>

const countsOf = (byRole: CountsByRole, role: unknown): Counts => {
  const key = idKey(role)
  const existing = byRole.get(key)
  if (existing) return existing
  const created = emptyProgress()
  byRole.set(key, created)
  return created
}

/**
 * The counts in one statement on SQL databases (SQLite, PostgreSQL), grouped
 * by role in the database: the newest version of each question by review
 * state (with how many need wording), the newest version of each hint by
 * state under its question's newest role, and the main rows an export would
 * carry (the isExportable rule, with approvedRow's values: an approved,
 * published, prompted question none of whose hints lacks an approved
 * published row). At 10k questions, reading the rows and counting them here
 * took about 2 s of CPU; this returns a few rows per role.
 */
const countBySql = async ({ db }: { db: SqlAdapter }): Promise<CountsByRole> => {
  const { questions, hints, _questions_v: questionVersions, _hints_v: hintVersions } = db.tables
  // Review states are enums on PostgreSQL, one type per table: the union compares them as text.
  const statement = sql`
    select 'questions' as kind, ${questionVersions.version_role} as role_id, cast(${questionVersions.version_reviewStatus} as text) as status,
      count(*) as n, sum(case when ${questionVersions.version_needsWording} then 1 else 0 end) as needs_wording
    from ${questionVersions} where ${questionVersions.latest}
    group by ${questionVersions.version_role}, ${questionVersions.version_reviewStatus}
    union all
    select 'hints', ${questionVersions.version_role}, cast(${hintVersions.version_reviewStatus} as text), count(*), 0
    from ${hintVersions} join ${questionVersions}
      on ${questionVersions.parent} = ${hintVersions.version_question} and ${questionVersions.latest}
    where ${hintVersions.latest}
    group by ${questionVersions.version_role}, ${hintVersions.version_reviewStatus}
    union all
    select 'exportable', ${questions.role}, null, count(*), 0
    from ${questions}
    where ${questions._status} = ${approvedRow._status} and ${questions.reviewStatus} = ${approvedRow.reviewStatus}
      and ${questions.prompt} is not null and trim(${questions.prompt}) <> ''
      -- needsWording is the prompt trimmed as JavaScript trims (tabs, line breaks): the hook derives it on every save.
      and (${questions.needsWording} is null or not ${questions.needsWording})
      and not exists (select 1 from ${hints} where ${hints.question} = ${questions.id}
        and not (coalesce(cast(${hints._status} as text), '') = ${approvedRow._status}
          and coalesce(cast(${hints.reviewStatus} as text), '') = ${approvedRow.reviewStatus}))
    group by ${questions.role}`
  const byRole: CountsByRole = new Map()
  for (const row of await sqlRows({ db, statement })) {
    const counts = countsOf(byRole, row.role_id)
    const n = Number(row.n)
    if (row.kind === 'exportable') counts.exportable += n
    else if (row.kind === 'hints') {
      if (isStatus(row.status)) counts.hints[row.status] += n
    } else {
      if (isStatus(row.status)) counts.questions[row.status] += n
      counts.needsWording += Number(row.needs_wording ?? 0)
      counts.total += n
    }
  }
  return byRole
}

type Row = Record<string, unknown> & { id: number | string }

/**
 * The same counts for adapters without SQL (MongoDB): four reads through the
 * database adapter (`payload.db`, adapter-agnostic, without the per-document
 * afterRead work of the Local API), counted here. Also the reference the SQL
 * path is tested against.
 */
export const countByRows = async ({ payload, req }: { payload: Payload; req?: Partial<PayloadRequest> }): Promise<CountsByRole> => {
  const all = { limit: 0, pagination: false, req } as const
  const [latestQuestions, latestHints, publishedQuestions, mainHints] = (await Promise.all([
    // The newest version of each (draft: true in the Local API).
    payload.db.queryDrafts({ collection: 'questions', select: { parent: true, version: { role: true, reviewStatus: true, needsWording: true } }, ...all }),
    payload.db.queryDrafts({ collection: 'hints', select: { parent: true, version: { question: true, reviewStatus: true } }, ...all }),
    payload.db.find({ collection: 'questions', where: approvedRowsWhere, select: { role: true, prompt: true, reviewStatus: true, _status: true }, ...all }),
    payload.db.find({ collection: 'hints', select: { question: true, reviewStatus: true, _status: true }, ...all }),
  ])) as unknown as [
    { docs: (Row & { role: unknown; reviewStatus: ReviewStatus; needsWording?: boolean | null })[] },
    { docs: (Row & { question: unknown; reviewStatus: ReviewStatus })[] },
    { docs: (Row & { role: unknown; prompt?: string | null; reviewStatus: ReviewStatus; _status?: string | null })[] },
    { docs: (Row & { question: unknown; reviewStatus: ReviewStatus; _status?: string | null })[] },
  ]
  const byRole: CountsByRole = new Map()
  const roleOfQuestion = new Map<string, unknown>()
  for (const question of latestQuestions.docs) {
    const counts = countsOf(byRole, question.role)
    roleOfQuestion.set(idKey(question.id), question.role)
    if (isStatus(question.reviewStatus)) counts.questions[question.reviewStatus] += 1
    if (question.needsWording) counts.needsWording += 1
    counts.total += 1
  }
  for (const hint of latestHints.docs) {
    const role = roleOfQuestion.get(idKey(hint.question))
    if (role !== undefined && isStatus(hint.reviewStatus)) countsOf(byRole, role).hints[hint.reviewStatus] += 1
  }
  const hintsOf = hintsByQuestion(mainHints.docs)
  for (const question of publishedQuestions.docs) {
    if (isExportable({ question, hints: hintsOf.get(idKey(question.id)) ?? [] })) countsOf(byRole, question.role).exportable += 1
  }
  return byRole
}

/**
 * Review progress per role, for editors, reviewers and admins (anyone else
 * gets nothing). Staff may read every question and hint, so the counts are
 * taken from the database directly: one grouped statement on SQL databases,
 * four reads counted in memory on others.
 */
export const loadReviewProgress = async ({
  payload,
  user,
  req,
}: {
  payload: Payload
  user?: TypedUser | null
  req?: Partial<PayloadRequest>
}): Promise<RoleProgress[]> => {
  if (!isStaffUser(user as Parameters<typeof isStaffUser>[0])) return []
  const db = sqlAdapterOf(payload)
  const [roles, counts] = await Promise.all([
    payload.find({ collection: 'roles', sort: 'name', select: { name: true, slug: true }, depth: 0, overrideAccess: false, user, limit: 0, pagination: false, req }),
    db ? countBySql({ db }) : countByRows({ payload, req }),
  ])
  return roles.docs.map((role) => ({ role: { id: role.id, name: role.name, slug: role.slug ?? '' }, ...(counts.get(idKey(role.id)) ?? emptyProgress()) }))
}
