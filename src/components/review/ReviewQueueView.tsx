import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

import { canReview, isStaffUser } from '../../access/userRoles'
import { questionsWithUnresolvedDuplicates } from '../../duplicates/service'
import { loadReviewRounds } from '../../review/queueRounds'
import { ReviewQueueTable } from './ReviewQueueTable'
import { ScopeFilters } from './ScopeFilters'
import { firstParam } from '../searchParam'

/** /admin/review: one row per question in review (with its hints), oldest first, filterable by role and level. */
export const ReviewQueueView: React.FC<AdminViewServerProps> = async ({ initPageResult, params, searchParams }) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user } = req
  const adminRoute = payload.config.routes.admin
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/review`)}`)
  const role = firstParam(searchParams?.role)
  const level = firstParam(searchParams?.level)
  const staff = isStaffUser(user)
  const read = { limit: 0, pagination: false, depth: 0, overrideAccess: false, user } as const

  const [roles, levels, rounds] = staff
    ? await Promise.all([
        payload.find({ collection: 'roles', sort: 'name', select: { name: true }, ...read }),
        payload.find({ collection: 'levels', sort: 'rank', select: { name: true }, ...read }),
        loadReviewRounds({ payload, user, role, level }),
      ])
    : [null, null, []]
  const roleNames = Object.fromEntries((roles?.docs ?? []).map((doc) => [String(doc.id), doc.name]))
  const levelNames = Object.fromEntries((levels?.docs ?? []).map((doc) => [String(doc.id), doc.name]))
  const items = rounds.reduce((count, round) => count + (round.question ? 1 : 0) + round.hints.length, 0)
  // A badge on questions with a likely duplicate that nobody has dismissed (src/duplicates).
  const questionIds = rounds.map((round) => round.questionId)
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
      <SetStepNav nav={[{ label: 'Review queue', url: `${adminRoute}/review` }]} />
      <Gutter>
        <h1>Review queue</h1>
        {!staff ? (
          <p>Only editors, reviewers and admins see the review queue.</p>
        ) : (
          <>
            <ScopeFilters
              path={`${adminRoute}/review`}
              roles={Object.entries(roleNames).map(([value, label]) => ({ value, label }))}
              levels={Object.entries(levelNames).map(([value, label]) => ({ value, label }))}
              role={role}
              level={level}
            />
            <p data-testid="review-queue-count">
              {rounds.length} question{rounds.length === 1 ? '' : 's'} ({items} item{items === 1 ? '' : 's'}) in review, oldest first.
            </p>
            <ReviewQueueTable
              api={`${payload.config.serverURL}${payload.config.routes.api}`}
              adminRoute={adminRoute}
              rounds={rounds}
              roleNames={roleNames}
              levelNames={levelNames}
              canReview={canReview(user)}
              withDuplicates={withDuplicates}
            />
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
