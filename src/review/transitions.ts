import type { UserRole } from '../access/userRoles'
import type { ReviewStatus } from './fields/reviewStatus'

/** What a user can ask for; the review endpoints take these names. */
export const reviewActions = ['submit', 'approve', 'requestChanges', 'reopen'] as const
export type ReviewAction = (typeof reviewActions)[number]

/** What moved an item: a chosen action, or `revise`, the edit that sends approved content back to review. */
export type TransitionName = ReviewAction | 'revise'

export type Transition = {
  name: TransitionName
  from: readonly ReviewStatus[]
  to: ReviewStatus
  /** Roles that may make the move; admins are listed explicitly. */
  roles: readonly UserRole[]
  /** The save must publish (`_status: 'published'`): approval is what publishes. */
  publishes?: boolean
  commentRequired?: boolean
  /** Nobody approves wording they changed (admins may, when self-approval is allowed). */
  fourEyes?: boolean
}

/**
 * The one table of review moves. Everything else is refused: the
 * beforeChange hook checks every save against it, whatever the interface.
 */
export const transitionTable: readonly Transition[] = [
  { name: 'submit', from: ['draft'], to: 'inReview', roles: ['editor', 'admin'] },
  { name: 'approve', from: ['inReview'], to: 'approved', roles: ['reviewer', 'admin'], publishes: true, fourEyes: true },
  { name: 'requestChanges', from: ['inReview'], to: 'changesRequested', roles: ['reviewer', 'admin'], commentRequired: true },
  // Back to draft to work on it: after changes were requested, or to take a submission back.
  { name: 'reopen', from: ['changesRequested', 'inReview'], to: 'draft', roles: ['editor', 'admin'] },
  // An edit to approved content is a proposal: anyone who may edit makes it, the published version stays.
  { name: 'revise', from: ['approved'], to: 'inReview', roles: ['editor', 'reviewer', 'admin'] },
]

/** The move an action makes from a state, if it applies there: what the review endpoints check first. */
export const transitionForAction = ({ action, from }: { action: ReviewAction; from: ReviewStatus }): Transition | undefined =>
  transitionTable.find((transition) => transition.name === action && transition.from.includes(from))

export const actionTarget: Record<ReviewAction, ReviewStatus> = {
  submit: 'inReview',
  approve: 'approved',
  requestChanges: 'changesRequested',
  reopen: 'draft',
}

export type TransitionCheck =
  | { ok: true; transition: Transition | null }
  | { ok: false; status: 400 | 403; reason: string }

const statusLabel: Record<ReviewStatus, string> = {
  draft: 'draft',
  inReview: 'in review',
  changesRequested: 'changes requested',
  approved: 'approved',
}

const roleList = (roles: readonly UserRole[]): string => {
  const names = roles.map((role) => `${role}s`)
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]
}

export const findTransition = ({ from, to }: { from: ReviewStatus; to: ReviewStatus }): Transition | undefined =>
  transitionTable.find((transition) => transition.to === to && transition.from.includes(from))

/**
 * Whether `roles` may move an item from `from` to `to` in this save. Pure:
 * the hook gathers the facts (who changed the wording, whether the save
 * publishes) and this decides, with the reason a refusal reports.
 */
export const checkTransition = ({
  from,
  to,
  roles,
  publishing,
  comment,
  ownWording,
  allowSelfApproval,
}: {
  from: ReviewStatus
  to: ReviewStatus
  roles: readonly UserRole[]
  publishing: boolean
  comment?: string | null
  /** The acting user changed the wording or another exported field since it was last approved, or does in this save. */
  ownWording: boolean
  allowSelfApproval: boolean
}): TransitionCheck => {
  if (from === to) return { ok: true, transition: null }
  const transition = findTransition({ from, to })
  if (!transition) {
    const onwards = transitionTable
      .filter((candidate) => candidate.from.includes(from) && candidate.name !== 'revise')
      .map((candidate) => `"${candidate.to}" (${candidate.name})`)
    return {
      ok: false,
      status: 400,
      reason: `An item ${statusLabel[from]} cannot become ${statusLabel[to]}. From "${from}" it can go to ${onwards.join(' or ') || 'review only by editing it'}.`,
    }
  }
  if (!transition.roles.some((role) => roles.includes(role))) {
    return { ok: false, status: 403, reason: `Only ${roleList(transition.roles)} can ${describe(transition)}.` }
  }
  if (transition.fourEyes && ownWording && !(allowSelfApproval && roles.includes('admin'))) {
    return {
      ok: false,
      status: 403,
      reason: 'Four-eyes rule: you changed this item (wording, tags, level or position) since it was last approved, so someone else must approve it.',
    }
  }
  if (transition.commentRequired && !comment?.trim()) {
    return { ok: false, status: 400, reason: 'Requesting changes needs a comment that says what to change (reviewComment).' }
  }
  if (transition.publishes && !publishing) {
    return { ok: false, status: 400, reason: 'Approving publishes the item: save it with _status "published" (or use the review endpoint).' }
  }
  return { ok: true, transition }
}

const describe = (transition: Transition): string => {
  switch (transition.name) {
    case 'submit':
      return 'submit items for review'
    case 'approve':
      return 'approve items'
    case 'requestChanges':
      return 'request changes'
    case 'reopen':
      return 'reopen items as drafts'
    case 'revise':
      return 'revise approved items'
  }
}
