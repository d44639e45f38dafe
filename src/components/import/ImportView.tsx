import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

import { canEditContent } from '../../access/userRoles'
import { ImportForm } from './ImportForm'

/** /admin/import: an editor uploads or pastes a document, checks the parsed bank and its diagnostics, then confirms. */
export const ImportView: React.FC<AdminViewServerProps> = async ({ initPageResult, params, searchParams }) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user } = req
  const adminRoute = payload.config.routes.admin
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/import`)}`)
  const editor = canEditContent(user)
  // ?role=<slug> (from a dashboard card) picks the role.
  const roleSlug = typeof searchParams?.role === 'string' ? searchParams.role : undefined
  const roles = editor
    ? (await payload.find({ collection: 'roles', sort: 'name', select: { name: true, slug: true }, limit: 0, pagination: false, depth: 0, overrideAccess: false, user })).docs
    : []
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={[{ label: 'Import a bank', url: `${adminRoute}/import` }]} />
      <Gutter>
        <h1>Import a bank</h1>
        <p>
          Plain text, Markdown, Q&amp;A or a Prepbank export. Every question arrives as a draft for review; importing the same
          document again changes nothing.
        </p>
        {editor ? (
          <ImportForm
            apiRoute={`${payload.config.serverURL}${payload.config.routes.api}`}
            adminRoute={adminRoute}
            roleNames={roles.map((role) => role.name)}
            initialRole={roles.find((role) => role.slug === roleSlug)?.name}
          />
        ) : (
          <p>Only editors and admins import documents.</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
