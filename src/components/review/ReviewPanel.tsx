'use client'
import type { ReviewEvent } from '../../payload-types'
import type { ReviewState } from '../../review/review'
import type { ReviewAction } from '../../review/transitions'

import { Banner, Button, Pill, toast, useConfig, useDocumentInfo, useForm, useFormModified } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import type { RoundFailure } from './RoundResults'

import { DiffView } from './DiffView'
import { ReviewHistory } from './ReviewHistory'
import { actionLabels, errorMessageOf, statusLabels } from './labels'
import { RoundResults } from './RoundResults'

/**
 * On a question or hint: its review status, the wording diff against the
 * approved version, the actions open to the user, and the audit trail.
 * On a question, actions take its whole round (POST /api/questions/:id/review-round:
 * submitting submits its draft hints, approving approves its hints in review);
 * on a hint, the hint alone (POST /api/hints/:id/review). Same rules as any save.
 */
export const ReviewPanel: React.FC = () => {
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  // A save can change the status (an edit reopens or revises): reload after each one.
  const savedAt = savedDocumentData?.updatedAt as string | undefined
  const { config } = useConfig()
  const modified = useFormModified()
  const { submit } = useForm()
  const [failures, setFailures] = useState<RoundFailure[]>([])
  const [state, setState] = useState<ReviewState | null>(null)
  const [events, setEvents] = useState<ReviewEvent[]>([])
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [loadError, setLoadError] = useState<string | null>(null)
  const api = `${config.serverURL}${config.routes.api}`
  const subject = collectionSlug === 'hints' ? 'hint' : 'question'
  const endpoint = `${api}/${collectionSlug}/${id}/${subject === 'question' ? 'review-round' : 'review'}`

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    const [stateResponse, eventsResponse] = await Promise.all([
      fetch(`${api}/${collectionSlug}/${id}/review`, { credentials: 'include' }),
      fetch(
        `${api}/review-events?where[documentId][equals]=${encodeURIComponent(String(id))}&where[subject][equals]=${subject}&sort=-createdAt&limit=100&depth=0`,
        { credentials: 'include' },
      ),
    ])
    const stateBody = await stateResponse.json().catch(() => null)
    if (!stateResponse.ok) {
      setLoadError(errorMessageOf(stateBody, `Could not load the review state (${stateResponse.status}).`))
      return
    }
    setState(stateBody as ReviewState)
    const eventsBody = await eventsResponse.json().catch(() => null)
    setEvents(eventsResponse.ok ? ((eventsBody?.docs ?? []) as ReviewEvent[]) : [])
  }, [api, collectionSlug, id, subject])

  useEffect(() => {
    void load()
  }, [load, savedAt])

  if (!id) return <p style={{ opacity: 0.7 }}>Save this item as a draft first; then it can be submitted for review.</p>
  if (loadError) return <Banner type="error">{loadError}</Banner>
  if (!state) return <p>Loading review…</p>

  const act = async (action: ReviewAction) => {
    if (action === 'requestChanges' && !comment.trim()) {
      toast.error('Say what to change: requesting changes needs a comment.')
      return
    }
    setBusy(true)
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action, ...(comment.trim() ? { comment: comment.trim() } : {}) }),
      })
      const body = await response.json().catch(() => null)
      const refused: RoundFailure[] = (body?.results ?? []).filter((result: { ok: boolean }) => !result.ok)
      if (!response.ok && refused.length === 0) {
        toast.error(errorMessageOf(body, `${actionLabels[action]} failed (${response.status}).`))
        return
      }
      if (refused.length > 0) {
        // Some items of the round were refused (four-eyes, say): show why, and keep the page.
        setFailures(refused)
        toast.warning(`${actionLabels[action]}: ${body.done} done, ${body.failed} refused.`)
        await load()
        return
      }
      toast.success(`${actionLabels[action]}: done${body?.done > 1 ? ` for the question and ${body.done - 1} hint${body.done === 2 ? '' : 's'}` : ''}.`)
      // The edit form holds the old version: load the new one.
      window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  /** After changes were requested: save the edit (a draft) and submit it again, in one step. */
  const saveAndResubmit = async () => {
    setBusy(true)
    try {
      await submit({
        action: `${api}/${collectionSlug}/${id}?depth=0&draft=true`,
        method: 'PATCH',
        overrides: { _status: 'draft' },
        skipValidation: true,
      })
    } finally {
      setBusy(false)
    }
    await act('submit')
  }

  const open = state.actions.filter((entry) => entry.allowed)
  // Why a reviewer cannot approve (four-eyes) is worth saying; "not from this state" is not.
  const refusals = state.actions.filter((entry) => !entry.allowed && entry.status === 403 && entry.action === 'approve')
  const lastRequest = events.find((event) => event.action === 'requestChanges')

  return (
    <section data-testid="review-panel" style={{ margin: '1.5rem 0', padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
      <div style={{ display: 'flex', gap: '0.75rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <strong>Review</strong>
        <Pill>
          <span data-testid="review-status" data-status={state.reviewStatus}>{statusLabels[state.reviewStatus]}</span>
        </Pill>
        <span style={{ opacity: 0.7 }}>{state.published ? 'An approved version is published.' : 'Nothing published yet.'}</span>
      </div>

      {state.reviewStatus === 'changesRequested' && lastRequest?.comment ? (
        <Banner type="error">
          <span data-testid="review-requested-changes">
            Changes requested by {lastRequest.actorName ?? 'a reviewer'}: {lastRequest.comment}
          </span>
        </Banner>
      ) : null}

      <h4 style={{ margin: '1rem 0 0.5rem' }}>{state.published ? 'Wording against the approved version' : 'Wording (nothing approved yet)'}</h4>
      <DiffView diff={state.diff} />

      {open.length > 0 ? (
        <div style={{ marginTop: '1rem' }}>
          <label htmlFor="review-comment" style={{ display: 'block', marginBottom: '0.25rem' }}>
            Comment {open.some((entry) => entry.action === 'requestChanges') ? '(required to request changes)' : '(optional)'}
          </label>
          <textarea
            id="review-comment"
            rows={3}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            style={{ width: '100%', padding: '0.5rem', background: 'var(--theme-input-bg)', color: 'var(--theme-text)', border: '1px solid var(--theme-elevation-150)' }}
          />
          {modified && state.reviewStatus !== 'changesRequested' ? (
            <p style={{ color: 'var(--theme-warning-500)' }}>Save your changes first: review actions apply to the saved version.</p>
          ) : null}
          <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
            {open.map(({ action }) => (
              <Button
                key={action}
                id={`review-action-${action}`}
                buttonStyle={action === 'approve' || action === 'submit' ? 'primary' : 'secondary'}
                size="small"
                disabled={busy || modified}
                onClick={() => void act(action)}
              >
                {actionLabels[action]}
              </Button>
            ))}
            {state.reviewStatus === 'changesRequested' && modified && state.actions.some((entry) => entry.action === 'reopen' && entry.allowed) ? (
              <Button id="review-action-resubmit" buttonStyle="primary" size="small" disabled={busy} onClick={() => void saveAndResubmit()}>
                Save and resubmit
              </Button>
            ) : null}
          </div>
          <RoundResults failures={failures} adminRoute={config.routes.admin} />
        </div>
      ) : (
        <p style={{ opacity: 0.7 }}>
          {state.reviewStatus === 'approved'
            ? 'Approved. To change it, edit and save a draft: it goes back to review, and this version stays published until the new wording is approved.'
            : 'No review action is open to you on this item now.'}
        </p>
      )}
      {refusals.map((entry) => (
        <p key={entry.action} data-testid="review-refusal" style={{ opacity: 0.8 }}>
          {entry.reason}
        </p>
      ))}

      <ReviewHistory events={events} />
    </section>
  )
}
