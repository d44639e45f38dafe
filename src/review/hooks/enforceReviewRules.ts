import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { ReviewStatus } from '../fields/reviewStatus'
import type { EventAction } from '../reviewPlan'
import type { ReviewedCollection } from '../wording'

import { canEditContent, canReview } from '../../access/userRoles'
import { idOf } from '../../content/ids'
import { allowSelfApproval, sameValue, userRolesOf } from '../facts'
import { rememberReviewPlan } from '../reviewPlan'
import { saveKindOf } from '../saveKind'
import { actionTarget, checkTransition, findTransition } from '../transitions'
import { wordDiff } from '../wordDiff'
import { isReviewedCollection, wordingField, wordingOf } from '../wording'

const reject = ({ message, status }: { message: string; status: 400 | 403 }): never => {
  throw new APIError(message, status, undefined, true)
}

/**
 * Every field an export carries (the stable id never changes): a change to any
 * of them is an edit worth recording, reopens an item with changes requested,
 * and puts its author on the four-eyes list, so no exported field reaches
 * readers without a second person's approval.
 */
const contentFields: Record<ReviewedCollection, string[]> = {
  questions: ['prompt', 'role', 'level', 'position', 'tags'],
  hints: ['text', 'question', 'position'],
}

/** The published row, which keeps the last approved wording while a newer draft is in review. */
const findPublished = async ({
  collection,
  id,
  originalDoc,
  req,
}: {
  collection: ReviewedCollection
  id: number | string
  originalDoc: Record<string, unknown>
  req: PayloadRequest
}): Promise<Record<string, unknown> | null> => {
  // When the newest version is the published one, the main row is that same document.
  if (originalDoc._status === 'published') return originalDoc
  const stored = await req.payload.findByID({
    collection,
    id,
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return stored?._status === 'published' ? (stored as unknown as Record<string, unknown>) : null
}

/**
 * The review workflow's rules, for every save of a question or hint: which
 * status moves are allowed and for whom (src/review/transitions.ts), the
 * four-eyes rule, "only approved content is published" and "the approved
 * version stays published until new wording is approved". Access control
 * cannot see field values, so the rules live here and hold for REST,
 * GraphQL and the Local API alike. Server code without a user (seeding,
 * tests' fixtures) is trusted with status moves but not with publishing
 * unapproved content.
 */
export const enforceReviewRules: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc: incomingOriginal,
  req,
}) => {
  const slug = collection.slug
  if (!isReviewedCollection(slug)) return data
  // A duplicate is a create whose originalDoc is the copied document (a plain create's holds at most empty
  // group stubs, never a status): the copy starts as a new draft.
  const original: Record<string, unknown> | undefined = operation === 'update' ? incomingOriginal : undefined
  if (operation === 'create' && typeof incomingOriginal?.reviewStatus === 'string') {
    data.reviewStatus = 'draft'
    data._status = 'draft'
  }

  const from: ReviewStatus = (original?.reviewStatus as ReviewStatus | undefined) ?? 'draft'
  // Payload fills a missing _status from the newest version: a plain save of a published item republishes it.
  const publishing = (data._status ?? original?._status) === 'published'
  const kind = operation === 'update' ? saveKindOf({ req, collection: slug, id: original?.id as number | string | undefined }) : undefined
  // A draft save writes a version only; any other save writes the main row, the published one.
  const draftSave = !publishing && (kind ? kind === 'draft' : data._status === 'draft')
  const user = req.user
  const roles = userRolesOf(user)
  const comment = typeof data.reviewComment === 'string' && data.reviewComment.trim() ? data.reviewComment.trim() : null
  const { config } = req.payload

  const wordingBefore = await wordingOf({ collection: slug, doc: original, config })
  const wordingAfter =
    data[wordingField[slug]] === undefined ? wordingBefore : await wordingOf({ collection: slug, doc: { ...original, ...data }, config })
  const wordingChanged = wordingAfter !== wordingBefore
  const changedFields = contentFields[slug].filter((field) => {
    if (!(field in data)) return false
    if (field === wordingField[slug]) return wordingChanged
    return !sameValue(data[field], original?.[field])
  })

  let to: ReviewStatus = data.reviewStatus ?? from
  if (operation === 'update' && to === from && !publishing) {
    // An edit to approved content is a proposal: the published version stays until it is approved.
    if (from === 'approved') to = 'inReview'
    // Editing what a reviewer sent back starts a new draft of it.
    else if (from === 'changesRequested' && changedFields.length > 0 && (!user || canEditContent(user))) to = 'draft'
  }

  if (publishing && to !== 'approved') {
    reject({
      message: `Only approved content is published; this item would be "${to}". A reviewer approves it, which publishes it.`,
      status: 400,
    })
  }

  const contentChanged = changedFields.length > 0
  const previousEditors = Array.isArray(original?.wordingEditedBy) ? original.wordingEditedBy.map(idOf) : []
  // Who changed exported content since it was last approved; a change to approved content starts the list afresh.
  // A reviewer who edits tags in the save that approves lands on the list too, and so cannot approve (four-eyes).
  const base = from === 'approved' && contentChanged ? [] : previousEditors
  const editors = contentChanged && user && !base.some((id) => String(id) === String(user.id)) ? [...base, user.id] : base

  let transitionName: EventAction | null = null
  if (to !== from) {
    const transition = findTransition({ from, to })
    transitionName = transition?.name ?? (Object.entries(actionTarget).find(([, target]) => target === to)?.[0] as EventAction)
  }

  if (user) {
    if (publishing && !canReview(user)) {
      reject({ message: 'Only reviewers and admins publish; editors save drafts and submit them for review.', status: 403 })
    }
    if (publishing && from === 'approved' && contentChanged) {
      reject({
        message: `Approved content changes only through review (${changedFields.join(', ')}): save the change as a draft (?draft=true); approving it publishes it.`,
        status: 400,
      })
    }
    const check = checkTransition({
      from,
      to,
      roles,
      publishing,
      comment,
      ownWording: editors.some((id) => String(id) === String(user.id)),
      allowSelfApproval: allowSelfApproval(),
    })
    if (!check.ok) reject({ message: check.reason, status: check.status })
  }

  const action: EventAction | null =
    operation === 'create' ? 'create' : (transitionName ?? (changedFields.length > 0 ? 'edit' : null))
  const plainSave = !publishing && !draftSave
  let published: Record<string, unknown> | null = null
  if (operation === 'update' && original?.id !== undefined && (action || (user && plainSave))) {
    published = await findPublished({ collection: slug, id: original.id as number | string, originalDoc: original, req })
    // A plain save writes the main row: over a published one it would replace the approved version.
    if (user && published && plainSave) {
      reject({ message: 'This item is published: save your change as a draft (?draft=true) for review.', status: 400 })
    }
  }

  data.reviewStatus = to
  data.wordingEditedBy = editors
  data.reviewStatusChangedAt =
    operation === 'create' || to !== from ? new Date().toISOString() : (original?.reviewStatusChangedAt ?? null)

  if (action) {
    // Before this save: the version approval published last, the baseline a reviewer compares against.
    const approvedWording = published ? await wordingOf({ collection: slug, doc: published, config }) : ''
    rememberReviewPlan({
      data,
      plan: {
        collection: slug,
        action,
        fromStatus: operation === 'create' ? null : from,
        toStatus: to,
        comment,
        changedFields,
        wording: wordingAfter,
        approvedWording,
        diff: wordDiff({ before: approvedWording, after: wordingAfter }),
        published: publishing,
      },
    })
  }
  return data
}
