import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { ReviewStatus } from './fields/reviewStatus'
import type { DiffPart } from './wordDiff'
import type { ReviewedCollection } from './wording'
import type { ReviewAction } from './transitions'

import { idOf } from '../content/ids'
import { allowSelfApproval, userRolesOf } from './facts'
import { actionTarget, checkTransition, reviewActions, transitionForAction } from './transitions'
import { wordDiff } from './wordDiff'
import { wordingOf } from './wording'

/**
 * Performs a review action as the request's user. It is an ordinary save
 * through the Local API with `overrideAccess: false`, so enforceReviewRules
 * decides exactly as for a REST PATCH or a GraphQL mutation; this only picks
 * the right kind of save: approval publishes, everything else saves a draft.
 */
export const performReviewAction = async ({
  req,
  collection,
  id,
  action,
  comment,
}: {
  req: PayloadRequest
  collection: ReviewedCollection
  id: number | string
  action: ReviewAction
  comment?: string
}) => {
  const latest = await req.payload.findByID({ collection, id, depth: 0, draft: true, overrideAccess: false, req })
  // The save alone cannot tell "approve" from "republish" or "submit" from "revise": check the action's own move.
  if (!transitionForAction({ action, from: latest.reviewStatus })) {
    const open = reviewActions.filter((candidate) => transitionForAction({ action: candidate, from: latest.reviewStatus }))
    throw new APIError(
      `Cannot ${action}: the item is "${latest.reviewStatus}". From there: ${open.join(', ') || 'edit it to send it back to review'}.`,
      400,
      undefined,
      true,
    )
  }
  const approve = action === 'approve'
  const doc = await req.payload.update({
    collection,
    id,
    data: {
      reviewStatus: actionTarget[action],
      ...(approve ? { _status: 'published' as const } : {}),
      ...(comment ? { reviewComment: comment } : {}),
    },
    draft: !approve,
    depth: 0,
    overrideAccess: false,
    req,
  })
  return { id: doc.id, reviewStatus: doc.reviewStatus, _status: doc._status ?? null }
}

/** `status` says why an action is closed: 400, not from this state; 403, not for this user. */
export type ActionAvailability = { action: ReviewAction; allowed: boolean; reason?: string; status?: 400 | 403 }

export type ReviewState = {
  collection: ReviewedCollection
  id: number | string
  reviewStatus: ReviewStatus
  /** An approved version is published (and exported) now. */
  published: boolean
  wording: string
  approvedWording: string
  /** From the approved (published) wording to the newest wording. */
  diff: DiffPart[]
  actions: ActionAvailability[]
}

/** The newest version of an item with its approved baseline and what the user may do with it. */
export const loadReviewState = async ({
  req,
  collection,
  id,
}: {
  req: PayloadRequest
  collection: ReviewedCollection
  id: number | string
}): Promise<ReviewState> => {
  const { payload } = req
  const read = { collection, id, depth: 0, overrideAccess: false, req } as const
  const latest = await payload.findByID({ ...read, draft: true })
  const main = await payload.findByID({ ...read, draft: false })
  const published = main._status === 'published'
  const wording = await wordingOf({ collection, doc: latest as unknown as Record<string, unknown>, config: payload.config })
  const approvedWording = published
    ? await wordingOf({ collection, doc: main as unknown as Record<string, unknown>, config: payload.config })
    : ''
  const roles = userRolesOf(req.user)
  const ownWording = (latest.wordingEditedBy ?? []).some((editor) => String(idOf(editor)) === String(req.user?.id))
  const actions = reviewActions.map((action): ActionAvailability => {
    if (!transitionForAction({ action, from: latest.reviewStatus })) {
      return { action, allowed: false, reason: `Not from "${latest.reviewStatus}".`, status: 400 }
    }
    const check = checkTransition({
      from: latest.reviewStatus,
      to: actionTarget[action],
      roles,
      publishing: action === 'approve',
      // The comment is asked for when the action is taken.
      comment: action === 'requestChanges' ? 'comment' : null,
      ownWording,
      allowSelfApproval: allowSelfApproval(),
    })
    if (!check.ok) return { action, allowed: false, reason: check.reason, status: check.status }
    return { action, allowed: true }
  })
  return {
    collection,
    id: latest.id,
    reviewStatus: latest.reviewStatus,
    published,
    wording,
    approvedWording,
    diff: wordDiff({ before: approvedWording, after: wording }),
    actions,
  }
}
