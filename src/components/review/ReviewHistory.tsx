import type { ReviewEvent } from '../../payload-types'
import type { DiffPart } from '../../review/wordDiff'

import React from 'react'

import { DiffView } from './DiffView'
import { eventLabels } from './labels'

const when = (iso: string): string => new Date(iso).toLocaleString()

/** The audit trail of one item, newest first. */
export const ReviewHistory: React.FC<{ events: ReviewEvent[] }> = ({ events }) => (
  <details style={{ marginTop: '1rem' }} open={events.length > 0 && events.length <= 5}>
    <summary>History ({events.length})</summary>
    <ol data-testid="review-history" style={{ listStyle: 'none', padding: 0, margin: '0.5rem 0 0' }}>
      {events.map((event) => (
        <li key={event.id} data-action={event.action} style={{ padding: '0.4rem 0', borderTop: '1px solid var(--theme-elevation-100)' }}>
          <div>
            <time dateTime={event.createdAt}>{when(event.createdAt)}</time> · <strong>{event.actorName ?? 'system'}</strong>{' '}
            {eventLabels[event.action] ?? event.action}
            {event.fromStatus && event.fromStatus !== event.toStatus ? ` (${event.fromStatus} → ${event.toStatus ?? 'deleted'})` : event.fromStatus ? '' : ` (${event.toStatus})`}
            {event.published ? ' · published' : ''}
          </div>
          {event.comment ? <blockquote style={{ margin: '0.25rem 0 0 1rem' }}>{event.comment}</blockquote> : null}
          {Array.isArray(event.diff) && (event.diff as DiffPart[]).some((part) => part.type !== 'equal') ? (
            <details style={{ marginLeft: '1rem' }}>
              <summary>Wording against the approved version</summary>
              <DiffView diff={event.diff as DiffPart[]} />
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  </details>
)
