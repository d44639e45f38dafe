import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

import { canEditContent } from '../../access/userRoles'
import { loadWordingWork } from '../../review/workbench'
import { WordingWorkbench } from './WordingWorkbench'
import { firstParam } from '../searchParam'

/** /admin/wording: hint-only questions one at a time, for editors to write their prompts. */
export const WordingWorkbenchView: React.FC<AdminViewServerProps> = async ({ initPageResult, params, searchParams }) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user } = req
  const adminRoute = payload.config.routes.admin
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/wording`)}`)
  const role = firstParam(searchParams?.role)
  const level = firstParam(searchParams?.level)
  const editor = canEditContent(user)
  const read = { limit: 0, pagination: false, depth: 0, overrideAccess: false, user } as const
  const [roles, levels, work] = editor
    ? await Promise.all([
        payload.find({ collection: 'roles', sort: 'name', select: { name: true }, ...read }),
        payload.find({ collection: 'levels', sort: 'rank', select: { name: true }, ...read }),
        loadWordingWork({ payload, user, role, level }),
      ])
    : [null, null, null]

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
      <SetStepNav nav={[{ label: 'Wording workbench', url: `${adminRoute}/wording` }]} />
      <Gutter>
        <h1>Wording workbench</h1>
        {!editor || !work || !roles || !levels ? (
          <p>Only editors and admins write wording.</p>
        ) : (
          <WordingWorkbench
            key={`${role ?? ''}:${level ?? ''}`}
            api={`${payload.config.serverURL}${payload.config.routes.api}`}
            adminRoute={adminRoute}
            work={work}
            roles={roles.docs.map((doc) => ({ value: String(doc.id), label: doc.name }))}
            levels={levels.docs.map((doc) => ({ value: String(doc.id), label: doc.name }))}
            role={role}
            level={level}
          />
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
