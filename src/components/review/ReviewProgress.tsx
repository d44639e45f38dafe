import type { ServerProps } from 'payload'

import React from 'react'

import { Pill } from '@payloadcms/ui'
import Link from 'next/link'

import { canEditContent, canReview, isStaffUser } from '../../access/userRoles'
import { reviewStatusValues } from '../../review/fields/reviewStatus'
import { loadReviewProgress } from '../../review/progress'
import { RoleExportButtons } from '../release/RoleExportButtons'
import { statusLabels } from './labels'

const percent = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 100))

/** On the dashboard: per role, items by review state and progress towards a fully approved (exportable) bank. */
export const ReviewProgress = async ({ payload, user }: ServerProps) => {
  if (!user || !isStaffUser(user)) return null
  const progress = await loadReviewProgress({ payload, user })
  const adminRoute = payload.config.routes.admin
  const editor = canEditContent(user)
  const needsWording = progress.reduce((count, entry) => count + entry.needsWording, 0)
  return (
    <section data-testid="review-progress" style={{ marginBottom: '2rem' }}>
      <h2 style={{ marginBottom: '0.5rem' }}>Review progress</h2>
      <p style={{ opacity: 0.7, marginTop: 0 }}>
        A question is exportable once it has a prompt and it and all of its hints are approved.{' '}
        {editor && needsWording > 0 ? (
          <>
            <Link href={`${adminRoute}/wording`}>{needsWording} need wording</Link> ·{' '}
          </>
        ) : null}
        <Link href={`${adminRoute}/review`}>Open the review queue</Link>
      </p>
      {progress.length === 0 ? <p>No roles yet: import a bank to start.</p> : null}
      <div style={{ display: 'grid', gap: '1rem', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))' }}>
        {progress.map(({ role, questions, hints, needsWording: unworded, exportable, total }) => {
          const done = percent(exportable, total)
          return (
            <article
              key={String(role.id)}
              data-testid="role-progress"
              data-role={role.name}
              data-exportable={exportable}
              data-total={total}
              style={{ padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-m)', background: 'var(--theme-elevation-0)' }}
            >
              <h3 style={{ margin: '0 0 0.5rem' }}>
                <Link href={`${adminRoute}/collections/roles/${role.id}`}>{role.name}</Link>
              </h3>
              <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', marginBottom: '0.5rem' }}>
                {unworded > 0 ? (
                  <Pill size="small" pillStyle="warning" to={editor ? `${adminRoute}/wording?role=${role.id}` : undefined}>
                    <span data-testid="role-needs-wording" data-count={unworded}>
                      {unworded} need{unworded === 1 ? 's' : ''} wording
                    </span>
                  </Pill>
                ) : null}
                {questions.inReview + hints.inReview > 0 ? (
                  <Pill size="small" to={`${adminRoute}/review?role=${role.id}`}>
                    <span data-testid="role-in-review">{questions.inReview + hints.inReview} in review</span>
                  </Pill>
                ) : null}
              </div>
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
              <div style={{ marginTop: '0.75rem', display: 'grid', gap: '0.5rem' }}>
                {role.slug ? <RoleExportButtons slug={role.slug} canPublish={canReview(user)} /> : null}
                {editor ? (
                  <Link href={`${adminRoute}/import?role=${encodeURIComponent(role.slug)}`} data-testid="role-import">
                    Import more questions into {role.name}
                  </Link>
                ) : null}
              </div>
            </article>
          )
        })}
      </div>
    </section>
  )
}
