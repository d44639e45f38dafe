'use client'
import type { QueueItem } from '../../review/queue'

import React, { useState } from 'react'

import { BulkReview } from './BulkReview'

const key = (item: QueueItem): string => `${item.collection}:${String(item.id)}`

/** The queue's rows with tick boxes; ticked rows are approved or sent back in bulk, per collection. */
export const ReviewQueueTable: React.FC<{
  adminRoute: string
  items: QueueItem[]
  roleNames: Record<string, string>
  levelNames: Record<string, string>
  /** Ids of questions with an unresolved likely duplicate. */
  withDuplicates?: string[]
}> = ({ adminRoute, items, roleNames, levelNames, withDuplicates = [] }) => {
  const [ticked, setTicked] = useState<Set<string>>(new Set())
  const toggle = (item: QueueItem) =>
    setTicked((current) => {
      const next = new Set(current)
      if (next.has(key(item))) next.delete(key(item))
      else next.add(key(item))
      return next
    })
  const idsOf = (collection: QueueItem['collection']) =>
    items.filter((item) => item.collection === collection && ticked.has(key(item))).map((item) => item.id)
  const questionIds = idsOf('questions')
  const hintIds = idsOf('hints')

  if (items.length === 0) return <p>Nothing is waiting for review.</p>
  return (
    <>
      <BulkReview key={`q:${questionIds.join(',')}`} collection="questions" ids={questionIds} />
      <BulkReview key={`h:${hintIds.join(',')}`} collection="hints" ids={hintIds} />
      <table data-testid="review-queue" style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr style={{ textAlign: 'left' }}>
            <th />
            <th>Item</th>
            <th>Role</th>
            <th>Level</th>
            <th>In review since</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={key(item)} style={{ borderTop: '1px solid var(--theme-elevation-100)' }}>
              <td>
                <input type="checkbox" aria-label={`Select ${item.title}`} checked={ticked.has(key(item))} onChange={() => toggle(item)} />
              </td>
              <td>
                {item.collection === 'hints' ? 'Hint: ' : ''}
                <a href={`${adminRoute}/collections/${item.collection}/${item.id}`}>{item.title || '(no wording)'}</a>
                {item.collection === 'questions' && withDuplicates.includes(String(item.id)) ? (
                  <span data-testid="duplicate-badge" title="A likely duplicate exists: see Possible duplicates on the question" style={{ marginLeft: '0.5rem', padding: '0 0.4rem', borderRadius: 8, fontSize: '0.8em', background: 'var(--theme-warning-100)', color: 'var(--theme-warning-800)' }}>
                    possible duplicate
                  </span>
                ) : null}
              </td>
              <td>{roleNames[String(item.roleId)] ?? ''}</td>
              <td>{levelNames[String(item.levelId)] ?? ''}</td>
              <td>
                <time dateTime={item.since}>{new Date(item.since).toLocaleString()}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
