import type { Where } from 'payload'

/**
 * The one rule for "published and approved": what approval leaves on a main
 * row (the version readers get). Export, the dashboard's progress and releases
 * read rows through approvedRowsWhere and decide with isApprovedRow /
 * isExportable; a SQL bulk path renders the same `approvedRow` values.
 */
export const approvedRow = { _status: 'published', reviewStatus: 'approved' } as const

/** The approved-rows query as a Payload `where`, for questions and hints alike. */
export const approvedRowsWhere: Where = {
  and: [{ _status: { equals: approvedRow._status } }, { reviewStatus: { equals: approvedRow.reviewStatus } }],
}

type StatusFields = { _status?: string | null; reviewStatus?: string | null }

export const isApprovedRow = (row: StatusFields): boolean =>
  row._status === approvedRow._status && row.reviewStatus === approvedRow.reviewStatus

/**
 * The export rule on published rows: the question is approved and has a
 * prompt, and every one of its hints has an approved published version. A
 * hint whose newer wording is still in review counts by its approved version;
 * a hint that was never approved holds its question back.
 */
export const isExportable = ({ question, hints }: { question: StatusFields & { prompt?: string | null }; hints: StatusFields[] }): boolean =>
  isApprovedRow(question) && Boolean(question.prompt?.trim()) && hints.every(isApprovedRow)
