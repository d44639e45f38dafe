'use client'
import type { ClientField, Column } from 'payload'

import type { QueueRound } from '../../review/queueRounds'
import type { RoundState } from '../../review/round'
import type { ReviewAction } from '../../review/transitions'
import type { RoundFailure } from './RoundResults'

import { Button, Pill, Table, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'

import { DiffView } from './DiffView'
import { errorMessageOf } from './labels'
import { RoundResults } from './RoundResults'

const keyOf = (round: QueueRound): string => String(round.questionId)

/** A question's round, expanded: the question's and each hint's wording against the approved version. */
const RoundDetail: React.FC<{ api: string; questionId: number | string }> = ({ api, questionId }) => {
  const [state, setState] = useState<RoundState | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    void (async () => {
      const response = await fetch(`${api}/questions/${questionId}/review-round`, { credentials: 'include' })
      const body = await response.json().catch(() => null)
      if (response.ok) setState(body as RoundState)
      else setError(errorMessageOf(body, `Could not load the round (${response.status}).`))
    })()
  }, [api, questionId])
  if (error) return <p style={{ color: 'var(--theme-error-500)' }}>{error}</p>
  if (!state) return <p style={{ color: 'var(--theme-elevation-500)' }}>Loading…</p>
  const reasons = [state.question, ...state.hints].flatMap((item) =>
    item.actions.filter((entry) => entry.action === 'approve' && !entry.allowed && entry.status === 403).map((entry) => entry.reason),
  )
  return (
    <div data-testid="review-round-detail" style={{ display: 'grid', gap: '0.5rem', margin: '0.5rem 0' }}>
      <div>
        <strong>Question</strong> · {state.question.reviewStatus === 'inReview' ? 'in review' : state.question.reviewStatus}
        <DiffView diff={state.question.diff} />
      </div>
      {state.hints.map((hint, index) => (
        <div key={String(hint.id)} data-testid="review-round-hint">
          <strong>Hint {index + 1}</strong> · {hint.reviewStatus === 'inReview' ? 'in review' : hint.reviewStatus}
          <DiffView diff={hint.diff} />
        </div>
      ))}
      {reasons.map((reason, index) => (
        <p key={index} data-testid="review-refusal" style={{ color: 'var(--theme-warning-500)', margin: 0 }}>
          {reason}
        </p>
      ))}
    </div>
  )
}

const field = (name: string): ClientField => ({ name, type: 'text' }) as ClientField

/**
 * The queue, one row per question with its hints in review. Keyboard: j/k
 * move, x selects, o opens the diff, a approves, r requests changes (with a
 * comment). One Approve covers the question and its hints; four-eyes is
 * checked per item and a refused item is listed with its reason.
 */
export const ReviewQueueTable: React.FC<{
  api: string
  adminRoute: string
  rounds: QueueRound[]
  roleNames: Record<string, string>
  levelNames: Record<string, string>
  canReview: boolean
  /** Ids of questions with an unresolved likely duplicate. */
  withDuplicates?: string[]
}> = ({ api, adminRoute, rounds, roleNames, levelNames, canReview, withDuplicates = [] }) => {
  const router = useRouter()
  const [ticked, setTicked] = useState<Set<string>>(new Set())
  const [open, setOpen] = useState<Set<string>>(new Set())
  const [cursor, setCursor] = useState(0)
  const [comment, setComment] = useState('')
  const [asking, setAsking] = useState<string[] | null>(null)
  const [busy, setBusy] = useState(false)
  const [failures, setFailures] = useState<RoundFailure[]>([])
  const [done, setDone] = useState<Set<string>>(new Set())

  const toggle = (set: Set<string>, key: string) => {
    const next = new Set(set)
    if (next.has(key)) next.delete(key)
    else next.add(key)
    return next
  }

  const run = useCallback(
    async ({ ids, action, note }: { ids: string[]; action: ReviewAction; note?: string }) => {
      if (ids.length === 0 || busy) return
      setBusy(true)
      try {
        const response = await fetch(`${api}/questions/review-round`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ids, action, ...(note?.trim() ? { comment: note.trim() } : {}) }),
        })
        const body = await response.json().catch(() => null)
        if (!body?.rounds) {
          toast.error(errorMessageOf(body, `Review failed (${response.status}).`))
          return
        }
        const refused: RoundFailure[] = body.rounds.flatMap((round: { results: (RoundFailure & { ok: boolean })[] }) =>
          round.results.filter((result) => !result.ok),
        )
        setFailures(refused)
        const finished = body.rounds
          .filter((round: { results: { ok: boolean }[] }) => round.results.every((result) => result.ok))
          .map((round: { questionId: number | string }) => String(round.questionId))
        setDone((current) => new Set([...current, ...finished]))
        setTicked(new Set())
        setAsking(null)
        setComment('')
        const verb = action === 'approve' ? 'Approved' : action === 'requestChanges' ? 'Sent back' : 'Done'
        if (refused.length === 0) toast.success(`${verb}: ${body.done} item${body.done === 1 ? '' : 's'}.`)
        else toast.warning(`${body.done} done, ${body.failed} refused: see the reasons above the queue.`)
        router.refresh()
      } finally {
        setBusy(false)
      }
    },
    [api, busy, router],
  )

  const visible = rounds.filter((round) => !done.has(keyOf(round)))
  const current = visible[Math.min(cursor, visible.length - 1)]
  const selected = visible.filter((round) => ticked.has(keyOf(round))).map(keyOf)

  const requestChanges = (ids: string[]) => {
    if (!comment.trim()) {
      setAsking(ids)
      return
    }
    void run({ ids, action: 'requestChanges', note: comment })
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      if (target && (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT' || target.isContentEditable)) return
      if (event.ctrlKey || event.metaKey || event.altKey) return
      if (event.key === 'j') setCursor((at) => Math.min(at + 1, visible.length - 1))
      else if (event.key === 'k') setCursor((at) => Math.max(at - 1, 0))
      else if (event.key === 'x' && current) setTicked((set) => toggle(set, keyOf(current)))
      else if ((event.key === 'o' || event.key === 'Enter') && current) setOpen((set) => toggle(set, keyOf(current)))
      else if (event.key === 'a' && current && canReview) void run({ ids: selected.length ? selected : [keyOf(current)], action: 'approve' })
      else if (event.key === 'r' && current && canReview) {
        event.preventDefault()
        setAsking(selected.length ? selected : [keyOf(current)])
      } else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [canReview, current, run, selected, visible.length])

  if (visible.length === 0) {
    return (
      <>
        <RoundResults failures={failures} adminRoute={adminRoute} />
        <p data-testid="review-queue-empty">Nothing is waiting for review.</p>
      </>
    )
  }

  const allTicked = selected.length === visible.length
  const columns: Column[] = [
    {
      accessor: 'select',
      active: true,
      field: field('select'),
      Heading: (
        <input
          type="checkbox"
          aria-label="Select all"
          data-testid="review-select-all"
          checked={allTicked}
          onChange={() => setTicked(allTicked ? new Set() : new Set(visible.map(keyOf)))}
        />
      ),
      renderedCells: visible.map((round) => (
        <input
          key={keyOf(round)}
          type="checkbox"
          aria-label={`Select ${round.title}`}
          checked={ticked.has(keyOf(round))}
          onChange={() => setTicked((set) => toggle(set, keyOf(round)))}
        />
      )),
    },
    {
      accessor: 'title',
      active: true,
      field: field('title'),
      Heading: 'Question',
      renderedCells: visible.map((round, index) => (
        <div key={keyOf(round)} data-testid="review-round" data-question={String(round.questionId)} data-current={index === cursor}>
          <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap' }}>
            <button
              type="button"
              className="btn btn--style-none"
              aria-expanded={open.has(keyOf(round))}
              aria-label={open.has(keyOf(round)) ? 'Hide the wording' : 'Show the wording'}
              onClick={() => setOpen((set) => toggle(set, keyOf(round)))}
              style={{ cursor: 'pointer', background: 'none', border: 0, color: 'inherit', padding: 0 }}
            >
              {open.has(keyOf(round)) ? '▾' : '▸'}
            </button>
            <a href={`${adminRoute}/collections/questions/${round.questionId}`}>{round.title || '(no wording)'}</a>
            {round.question ? null : <Pill size="small" pillStyle="light-gray">hints only</Pill>}
            {round.hints.length ? (
              <Pill size="small">
                {round.hints.length} hint{round.hints.length === 1 ? '' : 's'}
              </Pill>
            ) : null}
            {withDuplicates.includes(String(round.questionId)) ? (
              <span data-testid="duplicate-badge" title="A likely duplicate exists: see Possible duplicates on the question">
                <Pill size="small" pillStyle="warning">
                  possible duplicate
                </Pill>
              </span>
            ) : null}
          </div>
          {open.has(keyOf(round)) ? <RoundDetail api={api} questionId={round.questionId} /> : null}
        </div>
      )),
    },
    {
      accessor: 'role',
      active: true,
      field: field('role'),
      Heading: 'Role',
      renderedCells: visible.map((round) => <span key={keyOf(round)}>{roleNames[String(round.roleId)] ?? ''}</span>),
    },
    {
      accessor: 'level',
      active: true,
      field: field('level'),
      Heading: 'Level',
      renderedCells: visible.map((round) => <span key={keyOf(round)}>{levelNames[String(round.levelId)] ?? ''}</span>),
    },
    {
      accessor: 'since',
      active: true,
      field: field('since'),
      Heading: 'In review since',
      renderedCells: visible.map((round) => (
        <time key={keyOf(round)} dateTime={round.since}>
          {new Date(round.since).toLocaleString()}
        </time>
      )),
    },
    ...(canReview
      ? [
          {
            accessor: 'actions',
            active: true,
            field: field('actions'),
            Heading: '',
            renderedCells: visible.map((round) => (
              <div key={keyOf(round)} style={{ display: 'flex', gap: '0.25rem', justifyContent: 'flex-end' }}>
                <Button
                  buttonStyle="primary"
                  size="small"
                  margin={false}
                  disabled={busy}
                  id={`queue-approve-${round.questionId}`}
                  onClick={() => void run({ ids: [keyOf(round)], action: 'approve' })}
                >
                  Approve
                </Button>
                <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => setAsking([keyOf(round)])}>
                  Request changes
                </Button>
              </div>
            )),
          } satisfies Column,
        ]
      : []),
  ]

  return (
    <div data-testid="review-queue" className="review-queue">
      {/* The row under the keyboard cursor. */}
      <style>{`.review-queue tr:has([data-current="true"]) td { background: var(--theme-elevation-50); }`}</style>
      <RoundResults failures={failures} adminRoute={adminRoute} />
      {canReview ? (
        <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap', margin: '0.5rem 0' }}>
          <span>{selected.length} selected</span>
          <Button buttonStyle="primary" size="small" margin={false} disabled={busy || selected.length === 0} onClick={() => void run({ ids: selected, action: 'approve' })}>
            Approve {selected.length || ''}
          </Button>
          <Button buttonStyle="secondary" size="small" margin={false} disabled={busy || selected.length === 0} onClick={() => requestChanges(selected)}>
            Request changes for {selected.length || ''}
          </Button>
          <span style={{ color: 'var(--theme-elevation-500)', fontSize: '0.9em' }}>Keys: j/k move · x select · o show wording · a approve · r request changes</span>
        </div>
      ) : (
        <p style={{ color: 'var(--theme-elevation-500)' }}>Reviewers approve or send back; editors see what is waiting.</p>
      )}
      {asking ? (
        <div data-testid="review-comment-box" style={{ display: 'grid', gap: '0.5rem', margin: '0.5rem 0', maxWidth: '40rem' }}>
          <label htmlFor="queue-comment" className="field-label">
            What should change? ({asking.length} question{asking.length === 1 ? '' : 's'})
          </label>
          <textarea
            id="queue-comment"
            autoFocus
            rows={3}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void run({ ids: asking, action: 'requestChanges', note: comment })
              if (event.key === 'Escape') setAsking(null)
            }}
            style={{ width: '100%', padding: '0.5rem', font: 'inherit', background: 'var(--theme-input-bg)', color: 'var(--theme-elevation-800)', border: '1px solid var(--theme-elevation-150)' }}
          />
          <div style={{ display: 'flex', gap: '0.5rem' }}>
            <Button buttonStyle="primary" size="small" margin={false} disabled={busy || !comment.trim()} onClick={() => void run({ ids: asking, action: 'requestChanges', note: comment })}>
              Send back
            </Button>
            <Button buttonStyle="secondary" size="small" margin={false} onClick={() => setAsking(null)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : null}
      <Table columns={columns} data={visible.map((round) => ({ id: keyOf(round) }))} />
    </div>
  )
}
