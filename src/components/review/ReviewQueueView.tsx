import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

import { isStaffUser } from '../../access/userRoles'
import { questionsWithUnresolvedDuplicates } from '../../duplicates/service'
import { loadReviewQueue } from '../../review/queue'
import { ReviewQueueTable } from './ReviewQueueTable'

const one = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value) || undefined

/** /admin/review: everything in review, oldest first, filterable by role and level. */
export const ReviewQueueView: React.FC<AdminViewServerProps> = async ({ initPageResult, params, searchParams }) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user } = req
  const adminRoute = payload.config.routes.admin
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/review`)}`)
  const role = one(searchParams?.role)
  const level = one(searchParams?.level)
  const staff = isStaffUser(user)

  const [roles, levels, items] = staff
    ? await Promise.all([
        payload.find({ collection: 'roles', sort: 'name', limit: 0, pagination: false, depth: 0, overrideAccess: false, user }),
        payload.find({ collection: 'levels', sort: 'rank', limit: 0, pagination: false, depth: 0, overrideAccess: false, user }),
        loadReviewQueue({ payload, user, role, level }),
      ])
    : [null, null, []]
  const roleNames = Object.fromEntries((roles?.docs ?? []).map((doc) => [String(doc.id), doc.name]))
  const levelNames = Object.fromEntries((levels?.docs ?? []).map((doc) => [String(doc.id), doc.name]))
  // A badge on questions with a likely duplicate that nobody has dismissed (src/duplicates).
  const questionIds = items.filter((item) => item.collection === 'questions').map((item) => item.id)
  const withDuplicates = questionIds.length > 0 ? (await questionsWithUnresolvedDuplicates({ payload, ids: questionIds })).map(String) : []

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>Review queue</h1>
        {!staff ? (
          <p>Only editors, reviewers and admins see the review queue.</p>
        ) : (
          <>
            <form method="get" style={{ display: 'flex', gap: '0.75rem', alignItems: 'end', margin: '1rem 0', flexWrap: 'wrap' }}>
              <label>
                Role{' '}
                <select name="role" defaultValue={role ?? ''}>
                  <option value="">All roles</option>
                  {roles?.docs.map((doc) => (
                    <option key={doc.id} value={String(doc.id)}>
                      {doc.name}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Level{' '}
                <select name="level" defaultValue={level ?? ''}>
                  <option value="">All levels</option>
                  {levels?.docs.map((doc) => (
                    <option key={doc.id} value={String(doc.id)}>
                      {doc.name}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
                Filter
              </button>
            </form>
            <p data-testid="review-queue-count">
              {items.length} item{items.length === 1 ? '' : 's'} in review, oldest first.
            </p>
            <ReviewQueueTable adminRoute={adminRoute} items={items} roleNames={roleNames} levelNames={levelNames} withDuplicates={withDuplicates} />
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
