import type { ReviewStatus } from './fields/reviewStatus'
import type { DiffPart } from './wordDiff'
import type { ReviewedCollection } from './wording'

/** `delete`: the item was deleted (recordDeletion); its entry keeps the wording that went. */
export const eventActions = ['create', 'edit', 'submit', 'approve', 'requestChanges', 'reopen', 'revise', 'delete'] as const
export type EventAction = (typeof eventActions)[number]

/** What enforceReviewRules decided about one save, for recordReviewEvent to write down after it. */
export type ReviewPlan = {
  collection: ReviewedCollection
  action: EventAction
  fromStatus: ReviewStatus | null
  toStatus: ReviewStatus
  comment: string | null
  changedFields: string[]
  wording: string
  approvedWording: string
  diff: DiffPart[]
  published: boolean
}

// Keyed by the save's data object, which Payload hands unchanged from beforeChange to afterChange;
// each document of a bulk update has its own, so parallel saves never mix.
const plans = new WeakMap<object, ReviewPlan>()

export const rememberReviewPlan = ({ data, plan }: { data: object; plan: ReviewPlan }): void => {
  plans.set(data, plan)
}

export const takeReviewPlan = (data: object): ReviewPlan | undefined => {
  const plan = plans.get(data)
  plans.delete(data)
  return plan
}
