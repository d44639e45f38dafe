'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React from 'react'

import { downloadFormats } from './downloadFormats'
import { LossReports } from './LossReports'

/** On a release: its frozen content in each format. */
export const ReleaseDownloads: React.FC = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  if (!id) return null
  const api = `${config.serverURL}${config.routes.api}`
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
        <span>Download:</span>
        {downloadFormats.map(({ query, label }) => (
          <Button
            key={query}
            buttonStyle="secondary"
            size="small"
            el="anchor"
            url={`${api}/releases/${id}/download?format=${query}`}
            newTab
          >
            {label}
          </Button>
        ))}
      </div>
      <LossReports />
    </div>
  )
}
