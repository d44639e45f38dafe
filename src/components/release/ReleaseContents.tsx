'use client'
import type { JSONFieldClientComponent } from 'payload'

import { FieldLabel, useField } from '@payloadcms/ui'
import React from 'react'

/**
 * A release's frozen contents, read-only. Payload's JSON field loads the Monaco
 * editor from a CDN, which breaks offline; a release is never edited, so plain
 * preformatted JSON, bundled with the app, is all it needs.
 */
export const ReleaseContents: JSONFieldClientComponent = ({ path, field }) => {
  const { value } = useField<unknown>({ path: path ?? field.name })
  return (
    <div className="field-type json" data-testid="release-contents">
      <FieldLabel label={field.label ?? 'Contents'} path={path} />
      <pre
        style={{
          maxHeight: '32rem',
          overflow: 'auto',
          padding: 'calc(var(--base) * 0.5)',
          background: 'var(--theme-elevation-50)',
          color: 'var(--theme-elevation-800)',
          border: '1px solid var(--theme-elevation-150)',
          borderRadius: 'var(--style-radius-s)',
          fontSize: '0.85em',
        }}
      >
        {value === undefined || value === null ? '—' : JSON.stringify(value, null, 2)}
      </pre>
      {field.admin?.description && typeof field.admin.description === 'string' ? (
        <p className="field-description">{field.admin.description}</p>
      ) : null}
    </div>
  )
}
