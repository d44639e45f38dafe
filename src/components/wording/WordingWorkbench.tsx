'use client'
import type { WordingWork } from '../../review/workbench'
import type { RoundFailure } from '../review/RoundResults'
import type { Choice } from '../review/ScopeFilters'

import { Banner, Button, Pill, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useRef, useState } from 'react'

import { errorMessageOf } from '../review/labels'
import { RoundResults } from '../review/RoundResults'
import { ScopeFilters } from '../review/ScopeFilters'

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

/**
 * One hint-only question at a time: its role, level and hints, and a box for
 * the prompt. Ctrl/Cmd+Enter saves the prompt as a draft and moves on; Skip
 * leaves it for later. The questions worded here (and earlier, as drafts) are
 * submitted together, each with its hints, in one action.
 */
export const WordingWorkbench: React.FC<{
  api: string
  adminRoute: string
  work: WordingWork
  roles: Choice[]
  levels: Choice[]
  role?: string
  level?: string
}> = ({ api, adminRoute, work, roles, levels, role, level }) => {
  const router = useRouter()
  const [queue, setQueue] = useState(work.items)
  const [index, setIndex] = useState(0)
  const [prompt, setPrompt] = useState('')
  const [remaining, setRemaining] = useState(work.remaining)
  const [worded, setWorded] = useState<(number | string)[]>(work.wordedByUser)
  const [busy, setBusy] = useState(false)
  const [failures, setFailures] = useState<RoundFailure[]>([])
  const box = useRef<HTMLTextAreaElement>(null)
  const current = queue[index]
  const roleName = (id: number | string) => roles.find((choice) => choice.value === String(id))?.label ?? ''
  const levelName = (id: number | string) => levels.find((choice) => choice.value === String(id))?.label ?? ''

  const move = useCallback((step: number) => {
    setIndex((at) => (queue.length === 0 ? 0 : (at + step + queue.length) % queue.length))
    setPrompt('')
    box.current?.focus()
  }, [queue.length])

  const save = useCallback(async () => {
    if (!current || busy) return
    if (!prompt.trim()) {
      toast.error('Write the prompt first, or skip this question.')
      return
    }
    setBusy(true)
    try {
      const response = await fetch(`${api}/questions/${current.id}?draft=true`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ prompt: prompt.trim() }),
      })
      const body = await response.json().catch(() => null)
      if (!response.ok) {
        toast.error(errorMessageOf(body, `Saving failed (${response.status}).`))
        return
      }
      setWorded((ids) => (ids.some((id) => String(id) === String(current.id)) ? ids : [...ids, current.id]))
      setRemaining((count) => Math.max(0, count - 1))
      setQueue((items) => items.filter((item) => item.id !== current.id))
      setIndex((at) => (at >= queue.length - 1 ? 0 : at))
      setPrompt('')
      toast.success('Saved as a draft.')
      box.current?.focus()
    } finally {
      setBusy(false)
    }
  }, [api, busy, current, prompt, queue.length])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault()
        void save()
      } else if (event.altKey && event.key === 'ArrowRight') {
        event.preventDefault()
        move(1)
      } else if (event.altKey && event.key === 'ArrowLeft') {
        event.preventDefault()
        move(-1)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [move, save])

  const submitWorded = async () => {
    if (worded.length === 0) return
    setBusy(true)
    try {
      const response = await fetch(`${api}/questions/review-round`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ids: worded, action: 'submit' }),
      })
      const body = await response.json().catch(() => null)
      if (!body?.rounds) {
        toast.error(errorMessageOf(body, `Submitting failed (${response.status}).`))
        return
      }
      const refused: RoundFailure[] = body.rounds.flatMap((round: { results: (RoundFailure & { ok: boolean })[] }) =>
        round.results.filter((result) => !result.ok),
      )
      setFailures(refused)
      const questions = body.rounds.length - new Set(refused.filter((failure) => failure.collection === 'questions').map((failure) => String(failure.id))).size
      if (refused.length === 0) toast.success(`Submitted ${questions} question${questions === 1 ? '' : 's'} with their hints for review.`)
      else toast.warning(`${body.done} submitted, ${body.failed} refused: see the reasons below.`)
      setWorded([])
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  const shortcut = isMac() ? '⌘+Enter' : 'Ctrl+Enter'

  return (
    <div data-testid="wording-workbench" style={{ display: 'grid', gap: 'calc(var(--base) * 0.75)', maxWidth: '60rem' }}>
      <ScopeFilters path={`${adminRoute}/wording`} roles={roles} levels={levels} role={role} level={level} />

      <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <strong data-testid="wording-progress" data-remaining={remaining}>
          {remaining} of {work.total} still need wording
        </strong>
        <Button
          id="wording-submit"
          buttonStyle="primary"
          size="small"
          margin={false}
          disabled={busy || worded.length === 0}
          onClick={() => void submitWorded()}
        >
          Submit the ones I worded for review ({worded.length})
        </Button>
      </div>
      <RoundResults failures={failures} adminRoute={adminRoute} />

      {current ? (
        <article
          data-testid="wording-item"
          data-id={String(current.id)}
          style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-m)', padding: 'var(--base)', background: 'var(--theme-elevation-0)' }}
        >
          <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap', marginBottom: '0.75rem' }}>
            <Pill size="small" pillStyle="warning">Needs wording</Pill>
            <Pill size="small">{roleName(current.roleId)}</Pill>
            <Pill size="small">{levelName(current.levelId)}</Pill>
            <span style={{ color: 'var(--theme-elevation-500)' }}>
              #{current.position} · {index + 1} of {queue.length} loaded ·{' '}
              <a href={`${adminRoute}/collections/questions/${current.id}`}>open the document</a>
            </span>
          </div>
          <h4 style={{ margin: '0 0 0.5rem' }}>Hints</h4>
          <ol data-testid="wording-hints" style={{ margin: '0 0 1rem', paddingLeft: '1.25rem' }}>
            {current.hints.map((hint) => (
              <li key={String(hint.id)} style={{ whiteSpace: 'pre-wrap', marginBottom: '0.5rem' }}>
                {hint.markdown}
              </li>
            ))}
          </ol>
          <label htmlFor="wording-prompt" className="field-label">
            Prompt — the question as asked
          </label>
          <textarea
            id="wording-prompt"
            ref={box}
            autoFocus
            rows={3}
            value={prompt}
            placeholder={current.workingTitle}
            onChange={(event) => setPrompt(event.target.value)}
            style={{
              width: '100%',
              padding: 'calc(var(--base) * 0.5)',
              font: 'inherit',
              background: 'var(--theme-input-bg)',
              color: 'var(--theme-elevation-800)',
              border: '1px solid var(--theme-elevation-150)',
              borderRadius: 'var(--style-radius-s)',
            }}
          />
          <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap', marginTop: '0.5rem' }}>
            <Button id="wording-save" buttonStyle="primary" size="small" margin={false} disabled={busy} onClick={() => void save()}>
              Save and next ({shortcut})
            </Button>
            <Button id="wording-skip" buttonStyle="secondary" size="small" margin={false} disabled={busy || queue.length < 2} onClick={() => move(1)}>
              Skip (Alt+→)
            </Button>
          </div>
        </article>
      ) : (
        <Banner type="success">
          {remaining > 0 ? 'You have been through the loaded questions: reload for the next ones.' : 'Nothing here needs wording.'}
        </Banner>
      )}
    </div>
  )
}
