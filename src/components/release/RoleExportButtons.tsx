'use client'
import { Button, toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useState } from 'react'

import { downloadFormats } from './downloadFormats'
import { LossReports } from './LossReports'

/** On a role (or its dashboard card, given its slug): download its approved bank in each format, or freeze it as a release. */
export const RoleExportButtons: React.FC<{ slug?: string; canPublish?: boolean }> = ({ slug: givenSlug, canPublish = true }) => {
  const { savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const [publishing, setPublishing] = useState(false)
  const slug = givenSlug ?? (savedDocumentData?.slug as string | undefined)
  if (!slug) return null
  const api = `${config.serverURL}${config.routes.api}`

  const publish = async () => {
    setPublishing(true)
    try {
      const response = await fetch(`${api}/releases/publish`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role: slug }),
      })
      const body = await response.json()
      if (!response.ok) toast.error(body.errors?.[0]?.message ?? 'Publishing failed')
      else if (body.created) toast.success(`Published ${body.release.label} (${body.release.questionCount} questions)`)
      else toast.info(`Nothing changed since ${body.release.label}: no new release`)
    } finally {
      setPublishing(false)
    }
  }

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: '0.5rem' }}>
      <div
        style={{
          display: 'flex',
          gap: '0.5rem',
          alignItems: 'center',
          flexWrap: 'wrap',
        }}
      >
        <span>Export approved:</span>
        {downloadFormats.map(({ query, label }) => (
          <Button key={query} buttonStyle="secondary" size="small" el="anchor" url={`${api}/roles/${slug}/export?format=${query}`} newTab>
            {label}
          </Button>
        ))}
        {canPublish ? (
          <Button buttonStyle="primary" size="small" disabled={publishing} onClick={publish}>
            Publish release
          </Button>
        ) : null}
      </div>
      <LossReports />
    </div>
  )
}
