'use client'
import { Banner, Button, Pill, toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { errorMessageOf } from '../review/labels'

type Side = { id: number | string; title: string; prompt: string | null; role: string | null; level: string | null; hints: string[]; reviewStatus: string }
type Duplicates = { question: Side; duplicates: (Side & { score: number; link: string })[] }

const column: React.CSSProperties = { flex: '1 1 0', minWidth: 0, padding: '0.5rem', background: 'var(--theme-elevation-50)', borderRadius: 4 }

const SideText: React.FC<{ side: Side; label: string }> = ({ side, label }) => (
  <div style={column}>
    <div style={{ opacity: 0.7, fontSize: '0.85em' }}>
      {label} · {side.role ?? '—'} · {side.level ?? '—'} · {side.reviewStatus}
    </div>
    <p style={{ margin: '0.25rem 0', fontWeight: 600 }}>{side.prompt ?? `${side.title} (needs wording)`}</p>
    <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
      {side.hints.map((hint, index) => (
        <li key={index}>{hint}</li>
      ))}
    </ul>
  </div>
)

/**
 * "Possible duplicates" on a question: each likely duplicate in any role,
 * side by side with this one, with "Not a duplicate" (remembered and
 * audited) and "Merge into that one" (this question's hints move there).
 */
export const DuplicatesPanel: React.FC = () => {
  const { id, savedDocumentData } = useDocumentInfo()
  const savedAt = savedDocumentData?.updatedAt as string | undefined
  const { config } = useConfig()
  const [data, setData] = useState<Duplicates | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const api = `${config.serverURL}${config.routes.api}`

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(`${api}/questions/${id}/duplicates`, { credentials: 'include' })
    const body = await response.json().catch(() => null)
    if (!response.ok) setError(errorMessageOf(body, `Could not look for duplicates (${response.status}).`))
    else setData(body as Duplicates)
  }, [api, id])

  useEffect(() => {
    void load()
  }, [load, savedAt])

  if (!id) return null
  if (error) return <Banner type="error">{error}</Banner>
  if (!data) return <p data-testid="duplicates-loading">Looking for duplicates…</p>

  const post = async ({ path, body, done }: { path: string; body: object; done: string }) => {
    setBusy(true)
    try {
      const response = await fetch(`${api}/questions/${id}/${path}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      const result = await response.json().catch(() => null)
      if (!response.ok) {
        toast.error(errorMessageOf(result, `Failed (${response.status}).`))
        return null
      }
      toast.success(done)
      return result as { kept?: number | string }
    } finally {
      setBusy(false)
    }
  }

  const notDuplicate = async (other: number | string) => {
    if (await post({ path: 'not-duplicate', body: { other }, done: 'Marked as not a duplicate.' })) await load()
  }

  const merge = async (into: number | string) => {
    if (!window.confirm('Merge this question into the other one? Its hints are copied there as drafts, and this question is deleted (archived if it was ever published).')) return
    const result = await post({ path: 'merge', body: { into }, done: 'Merged.' })
    if (result) window.location.assign(`${config.routes.admin}/collections/questions/${String(into)}`)
  }

  return (
    <section data-testid="duplicates-panel" style={{ margin: '1.5rem 0', padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
      <div style={{ display: 'flex', gap: '0.75rem', alignItems: 'center' }}>
        <strong>Possible duplicates</strong>
        <Pill>
          <span data-testid="duplicates-count">{data.duplicates.length}</span>
        </Pill>
      </div>
      {data.duplicates.length === 0 ? <p style={{ opacity: 0.7 }}>No likely duplicate in any bank.</p> : null}
      {data.duplicates.map((duplicate) => (
        <div key={duplicate.id} data-testid="duplicate-item" data-id={duplicate.id} style={{ marginTop: '1rem' }}>
          <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', marginBottom: '0.5rem' }}>
            <span>
              Similarity <strong data-testid="duplicate-score">{duplicate.score.toFixed(2)}</strong>
            </span>
            <a href={`${config.routes.admin}/collections/questions/${duplicate.id}`}>Open #{String(duplicate.id)}</a>
          </div>
          <div style={{ display: 'flex', gap: '0.75rem' }}>
            <SideText side={data.question} label="This question" />
            <SideText side={duplicate} label={`#${String(duplicate.id)}`} />
          </div>
          <div style={{ display: 'flex', gap: '0.5rem', marginTop: '0.5rem' }}>
            <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void notDuplicate(duplicate.id)} id={`not-duplicate-${duplicate.id}`}>
              Not a duplicate
            </Button>
            <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void merge(duplicate.id)} id={`merge-into-${duplicate.id}`}>
              Merge into #{String(duplicate.id)}
            </Button>
          </div>
        </div>
      ))}
    </section>
  )
}
