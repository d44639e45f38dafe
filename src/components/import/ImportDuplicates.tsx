'use client'
import type { ImportReport } from '../../import/report'

import React from 'react'

/**
 * The preview's likely duplicates: each incoming question with the stored
 * questions (any role) it likely duplicates, a score and a link, and a box
 * to skip it. Only new questions can be skipped; an update is the same question.
 */
export const ImportDuplicates: React.FC<{
  report: ImportReport
  skip?: ReadonlySet<string>
  onToggle?: (key: string) => void
}> = ({ report, skip, onToggle }) => {
  const duplicates = report.duplicates ?? []
  if (duplicates.length === 0) return null
  const editable = report.outcome === 'dry-run' && onToggle
  return (
    <section aria-label="Likely duplicates" data-testid="import-duplicates">
      <h3>
        Likely duplicates ({duplicates.length}){editable ? ': tick the ones not to import' : ''}
      </h3>
      <ul style={{ listStyle: 'none', paddingLeft: 0 }}>
        {duplicates.map((duplicate) => (
          <li key={duplicate.key} data-testid="import-duplicate" data-key={duplicate.key} style={{ marginBottom: '0.75rem' }}>
            <label style={{ display: 'flex', gap: '0.5rem', alignItems: 'baseline' }}>
              {editable && duplicate.willCreate ? (
                <input type="checkbox" checked={skip?.has(duplicate.key) ?? false} onChange={() => onToggle(duplicate.key)} aria-label={`Skip line ${duplicate.line}`} />
              ) : null}
              <span>
                <code>
                  {report.fileName}:{duplicate.line}:{duplicate.column}
                </code>{' '}
                {duplicate.title} <small>({duplicate.level})</small>
              </span>
            </label>
            <ul>
              {duplicate.matches.map((match) => (
                <li key={match.id}>
                  <a href={match.link} target="_blank" rel="noreferrer" data-testid="import-duplicate-match">
                    #{match.id} {match.title}
                  </a>{' '}
                  <small>similarity {match.score.toFixed(2)}</small>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {report.skippedDuplicates ? <p>{report.skippedDuplicates} likely duplicates skipped.</p> : null}
    </section>
  )
}
