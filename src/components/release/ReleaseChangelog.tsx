'use client'
import { Button, Pill, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { Changelog } from '../../release/changelog'

import { DiffView } from '../review/DiffView'

type State = { status: 'loading' } | { status: 'first' | 'failed'; message: string } | { status: 'ready'; changelog: Changelog }

/** On a release: what changed since the role's previous release, with word diffs, and its Markdown and JSON downloads. */
export const ReleaseChangelog: React.FC = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const [state, setState] = useState<State>({ status: 'loading' })
  const api = `${config.serverURL}${config.routes.api}`

  useEffect(() => {
    if (!id) return
    let cancelled = false
    fetch(`${api}/releases/${id}/changelog?format=json`, { credentials: 'include' })
      .then(async (response) => {
        const body = await response.json()
        if (cancelled) return
        if (response.ok) setState({ status: 'ready', changelog: body as Changelog })
        else setState({ status: response.status === 404 ? 'first' : 'failed', message: body.errors?.[0]?.message ?? 'The changelog could not be loaded' })
      })
      .catch((error: unknown) => {
        if (!cancelled) setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) })
      })
    return () => {
      cancelled = true
    }
  }, [api, id])

  if (!id) return null
  return (
    <section data-testid="release-changelog" style={{ margin: '1.5rem 0' }}>
      <h3 style={{ marginBottom: '0.5rem' }}>Changelog</h3>
      {state.status === 'loading' && <p>Loading…</p>}
      {(state.status === 'first' || state.status === 'failed') && <p style={{ opacity: 0.8 }}>{state.message}</p>}
      {state.status === 'ready' && <ChangelogBody changelog={state.changelog} download={`${api}/releases/${id}/changelog`} />}
    </section>
  )
}

const ChangelogBody: React.FC<{ changelog: Changelog; download: string }> = ({ changelog, download }) => {
  const { summary } = changelog
  return (
    <div>
      <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', alignItems: 'center', marginBottom: '0.75rem' }}>
        <span>
          Release {changelog.from.version} → {changelog.to.version}:
        </span>
        <Pill size="small">{summary.added} added</Pill>
        <Pill size="small">{summary.removed} removed</Pill>
        <Pill size="small">{summary.reworded} reworded</Pill>
        <Pill size="small">{summary.hintsChanged} hints changed</Pill>
        <Pill size="small">{summary.moved} moved</Pill>
        <Button buttonStyle="secondary" size="small" el="anchor" url={`${download}?format=md`} newTab>
          Markdown
        </Button>
        <Button buttonStyle="secondary" size="small" el="anchor" url={`${download}?format=json`} newTab>
          JSON
        </Button>
      </div>
      {changelog.added.length > 0 && (
        <List title="Added" items={changelog.added.map((question) => ({ key: question.id, body: `${question.prompt} (${question.level})` }))} />
      )}
      {changelog.removed.length > 0 && (
        <List title="Removed" items={changelog.removed.map((question) => ({ key: question.id, body: `${question.prompt} (${question.level})` }))} />
      )}
      {changelog.reworded.length > 0 && (
        <div data-testid="changelog-reworded">
          <h4>Reworded</h4>
          {changelog.reworded.map((question) => (
            <DiffView key={question.id} diff={question.diff} />
          ))}
        </div>
      )}
      {changelog.hintsChanged.length > 0 && (
        <div data-testid="changelog-hints">
          <h4>Hints changed</h4>
          {changelog.hintsChanged.map((question) => (
            <div key={question.id} style={{ marginBottom: '0.5rem' }}>
              <div>{question.prompt}</div>
              {question.hints.map((hint) => (
                <DiffView key={hint.position} diff={hint.diff} />
              ))}
            </div>
          ))}
        </div>
      )}
      {changelog.moved.length > 0 && (
        <List
          title="Moved"
          items={changelog.moved.map((question) => ({ key: question.id, body: `${question.prompt}: ${question.fromLevel} → ${question.level}` }))}
        />
      )}
    </div>
  )
}

const List: React.FC<{ title: string; items: { key: string; body: string }[] }> = ({ title, items }) => (
  <div data-testid={`changelog-${title.toLowerCase()}`}>
    <h4>{title}</h4>
    <ul style={{ margin: '0 0 0.75rem 1.25rem' }}>
      {items.map((item) => (
        <li key={item.key}>{item.body}</li>
      ))}
    </ul>
  </div>
)
