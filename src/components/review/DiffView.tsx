import type { DiffPart } from '../../review/wordDiff'

import React from 'react'

const styles: Record<DiffPart['type'], React.CSSProperties> = {
  equal: {},
  insert: { background: 'var(--theme-success-100)', color: 'var(--theme-success-800)', textDecoration: 'none' },
  delete: { background: 'var(--theme-error-100)', color: 'var(--theme-error-800)' },
}

/** A word diff: insertions marked <ins>, deletions <del>. */
export const DiffView: React.FC<{ diff: DiffPart[]; empty?: string }> = ({ diff, empty = 'No wording yet.' }) => {
  if (diff.length === 0) return <p style={{ opacity: 0.7 }}>{empty}</p>
  return (
    <div data-testid="review-diff" style={{ whiteSpace: 'pre-wrap', lineHeight: 1.6, padding: '0.5rem 0.75rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
      {diff.map((part, index) =>
        part.type === 'insert' ? (
          <ins key={index} style={styles.insert}>{part.text}</ins>
        ) : part.type === 'delete' ? (
          <del key={index} style={styles.delete}>{part.text}</del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </div>
  )
}
