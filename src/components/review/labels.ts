import type { ReviewStatus } from '../../review/fields/reviewStatus'
import type { ReviewAction } from '../../review/transitions'

export const statusLabels: Record<ReviewStatus, string> = {
  draft: 'Draft',
  inReview: 'In review',
  changesRequested: 'Changes requested',
  approved: 'Approved',
}

export const actionLabels: Record<ReviewAction, string> = {
  submit: 'Submit for review',
  approve: 'Approve and publish',
  requestChanges: 'Request changes',
  reopen: 'Reopen as draft',
}

export const eventLabels: Record<string, string> = {
  create: 'created',
  edit: 'edited',
  submit: 'submitted',
  approve: 'approved',
  requestChanges: 'requested changes',
  reopen: 'reopened',
  revise: 'revised approved wording',
  delete: 'deleted',
}

/** The first error message of a Payload-style error body. */
export const errorMessageOf = (body: unknown, fallback: string): string =>
  (body as { errors?: { message?: string }[] } | null)?.errors?.[0]?.message ?? fallback
