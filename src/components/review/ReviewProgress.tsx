import type { ServerProps } from 'payload'

import React from 'react'

import { isStaffUser } from '../../access/userRoles'
import { reviewStatusValues } from '../../review/fields/reviewStatus'
import { loadReviewProgress } from '../../review/progress'
import { statusLabels } from './labels'

const percent = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 100))

/** On the dashboard: per role, items by review state and progress towards a fully approved (exportable) bank. */
export const ReviewProgress = async ({ payload, user }: ServerProps) => {
  if (!user || !isStaffUser(user)) return null
  const progress = await loadReviewProgress({ payload, user })
  const adminRoute = payload.config.routes.admin
  return (
    <section data-testid="review-progress" style={{ marginBottom: '2rem' }}>
      <h2 style={{ marginBottom: '0.5rem' }}>Review progress</h2>
      <p style={{ opacity: 0.7, marginTop: 0 }}>
        A question is exportable once it has a prompt and it and all of its hints are approved. <a href={`${adminRoute}/review`}>Open the review queue</a>
      </p>
      {progress.length === 0 ? <p>No roles yet: import a bank to start.</p> : null}
      <div style={{ display: 'grid', gap: '1rem', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))' }}>
        {progress.map(({ role, questions, hints, exportable, total }) => {
          const done = percent(exportable, total)
          return (
            <article
              key={String(role.id)}
              data-testid="role-progress"
              data-role={role.name}
              data-exportable={exportable}
              data-total={total}
              style={{ padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}
            >
              <h3 style={{ margin: '0 0 0.5rem' }}>
                <a href={`${adminRoute}/review?role=${role.id}`}>{role.name}</a>
              </h3>
              <div
                role="progressbar"
                aria-label={`${role.name}: approved and exportable`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={done}
                style={{ height: 10, background: 'var(--theme-elevation-100)', borderRadius: 5, overflow: 'hidden' }}
              >
                <div style={{ width: `${done}%`, height: '100%', background: 'var(--theme-success-500)' }} />
              </div>
              <p data-testid="role-progress-summary" style={{ margin: '0.5rem 0' }}>
                {exportable} of {total} questions exportable ({done}%)
              </p>
              <table style={{ width: '100%', fontSize: '0.9em' }}>
                <thead>
                  <tr>
                    <th style={{ textAlign: 'left' }}>State</th>
                    <th style={{ textAlign: 'right' }}>Questions</th>
                    <th style={{ textAlign: 'right' }}>Hints</th>
                  </tr>
                </thead>
                <tbody>
                  {reviewStatusValues.map((status) => (
                    <tr key={status} data-status={status}>
                      <td>{statusLabels[status]}</td>
                      <td style={{ textAlign: 'right' }}>{questions[status]}</td>
                      <td style={{ textAlign: 'right' }}>{hints[status]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </article>
          )
        })}
      </div>
    </section>
  )
}
