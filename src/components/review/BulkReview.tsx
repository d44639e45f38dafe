'use client'
import type { ReviewState } from '../../review/review'
import type { ReviewedCollection } from '../../review/wording'

import { Button, toast, useAuth, useConfig, useSelection } from '@payloadcms/ui'
import React, { useState } from 'react'

import { canEditContent, canReview } from '../../access/userRoles'
import { DiffView } from './DiffView'
import { errorMessageOf, statusLabels } from './labels'

type BulkAction = 'approve' | 'requestChanges' | 'submit'

/**
 * Bulk review of the selected items, with only the actions the user may take:
 * editors submit, reviewers approve or request changes (after seeing the
 * diffs). Questions go with their hints (one review round each); each item is
 * saved on its own, so an item the rules refuse leaves the others done.
 */
export const BulkReview: React.FC<{ collection: ReviewedCollection; ids: (number | string)[] }> = ({ collection, ids }) => {
  const { config } = useConfig()
  const { user } = useAuth()
  const editor = canEditContent(user as never)
  const reviewer = canReview(user as never)
  const api = `${config.serverURL}${config.routes.api}`
  const [preview, setPreview] = useState<ReviewState[] | null>(null)
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [failures, setFailures] = useState<{ id: number | string; message?: string }[]>([])

  const loadPreview = async () => {
    setBusy(true)
    try {
      const states = await Promise.all(
        ids.map(async (id) => {
          const response = await fetch(`${api}/${collection}/${id}/review`, { credentials: 'include' })
          return response.ok ? ((await response.json()) as ReviewState) : null
        }),
      )
      setPreview(states.filter((state): state is ReviewState => state !== null))
    } finally {
      setBusy(false)
    }
  }

  const run = async (action: BulkAction) => {
    if (action === 'requestChanges' && !comment.trim()) {
      toast.error('Say what to change: requesting changes needs a comment.')
      return
    }
    setBusy(true)
    try {
      const response = await fetch(`${api}/${collection}/${collection === 'questions' ? 'review-round' : 'review'}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ids, action, ...(comment.trim() ? { comment: comment.trim() } : {}) }),
      })
      const body = await response.json().catch(() => null)
      // Questions answer per round, hints per item.
      const results: { id: number | string; ok: boolean; message?: string }[] | undefined =
        body?.results ?? body?.rounds?.flatMap((round: { results: { id: number | string; ok: boolean }[] }) => round.results)
      if (!results) {
        toast.error(errorMessageOf(body, `Bulk review failed (${response.status}).`))
        return
      }
      setFailures(results.filter((result) => !result.ok))
      if (body.failed === 0) {
        toast.success(`${body.done} done.`)
        window.location.reload()
      } else toast.warning(`${body.done} done, ${body.failed} refused: see the reasons below.`)
    } finally {
      setBusy(false)
    }
  }

  if (ids.length === 0) return null
  return (
    <div data-testid="bulk-review" style={{ margin: '0.75rem 0', padding: '0.75rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
      <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <span>{ids.length} selected.</span>
        {editor ? (
          <Button id="bulk-submit" size="small" buttonStyle="primary" disabled={busy} onClick={() => void run('submit')}>
            Submit {ids.length} for review
          </Button>
        ) : null}
        {reviewer && preview === null ? (
          <Button size="small" buttonStyle="secondary" disabled={busy} onClick={() => void loadPreview()}>
            Review the selected changes…
          </Button>
        ) : null}
      </div>
      {reviewer && preview ? (
        <>
          <ol style={{ paddingLeft: '1.25rem' }}>
            {preview.map((state) => (
              <li key={String(state.id)} style={{ margin: '0.5rem 0' }}>
                <div>
                  #{String(state.id)} · {statusLabels[state.reviewStatus]}
                  {state.actions.find((entry) => entry.action === 'approve' && !entry.allowed && entry.status === 403)?.reason
                    ? ` · ${state.actions.find((entry) => entry.action === 'approve')?.reason}`
                    : ''}
                </div>
                <DiffView diff={state.diff} />
              </li>
            ))}
          </ol>
          <label htmlFor="bulk-review-comment">Comment (required to request changes)</label>
          <textarea
            id="bulk-review-comment"
            rows={2}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            style={{ width: '100%', padding: '0.5rem', background: 'var(--theme-input-bg)', color: 'var(--theme-text)' }}
          />
          <div style={{ display: 'flex', gap: '0.5rem' }}>
            <Button size="small" buttonStyle="primary" disabled={busy} onClick={() => void run('approve')}>
              Approve {ids.length}
            </Button>
            <Button size="small" buttonStyle="secondary" disabled={busy} onClick={() => void run('requestChanges')}>
              Request changes for {ids.length}
            </Button>
          </div>
        </>
      ) : null}
      {failures.length > 0 ? (
        <ul data-testid="bulk-review-failures">
          {failures.map((failure) => (
            <li key={String(failure.id)}>
              #{String(failure.id)}: {failure.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

/** In a collection's list view: bulk review of the rows ticked in the table. */
export const ListBulkReview: React.FC<{ collection: ReviewedCollection }> = ({ collection }) => {
  const { selected } = useSelection()
  const ids = [...selected.entries()].filter(([, isSelected]) => isSelected).map(([id]) => id)
  // A new selection needs a new preview: key the panel by it.
  return <BulkReview key={ids.join(',')} collection={collection} ids={ids} />
}
