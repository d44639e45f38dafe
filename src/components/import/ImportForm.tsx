'use client'
import type { ImportReport } from '../../import/report'

import { Button, ReactSelect, toast } from '@payloadcms/ui'
import React, { useState } from 'react'

import { layoutNames } from '../../../format/model'
import { ImportReportView } from './ImportReportView'

type Choice = { value: string; label: string }

const layoutChoices: Choice[] = [
  { value: 'auto', label: 'Detect the layout' },
  ...layoutNames.map((name) => ({ value: name, label: name })),
]

type Source = { body: BodyInit; fileName: string; contentType?: string }

/** Paste or upload, pick the role and layout (as the CLI's --role and --layout), preview with a dry run, then confirm. */
export const ImportForm: React.FC<{ apiRoute: string; adminRoute: string; roleNames: string[]; initialRole?: string }> = ({
  apiRoute,
  adminRoute,
  roleNames,
  initialRole,
}) => {
  const [role, setRole] = useState(initialRole ?? '')
  const [layout, setLayout] = useState('auto')
  const [text, setText] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const [fileName, setFileName] = useState('pasted.md')
  const [report, setReport] = useState<ImportReport | null>(null)
  const [busy, setBusy] = useState(false)
  // Incoming questions ("line:column") the editor chose not to import because they duplicate stored ones.
  const [skip, setSkip] = useState<ReadonlySet<string>>(new Set())

  const source = (): Source | null => {
    if (file) {
      const form = new FormData()
      form.append('file', file, file.name)
      return { body: form, fileName: file.name }
    }
    if (text.trim()) return { body: text, fileName, contentType: 'text/plain; charset=utf-8' }
    return null
  }

  const send = async ({ dryRun }: { dryRun: boolean }) => {
    const document = source()
    if (!document) return toast.error('Paste a document or choose a file first.')
    setBusy(true)
    try {
      const query = new URLSearchParams({
        fileName: document.fileName,
        layout,
        ...(role.trim() ? { role: role.trim() } : {}),
        ...(dryRun ? { dryRun: 'true' } : {}),
        ...(!dryRun && skip.size > 0 ? { skip: [...skip].join(',') } : {}),
      })
      const response = await fetch(`${apiRoute}/import?${query}`, {
        method: 'POST',
        credentials: 'include',
        body: document.body,
        headers: document.contentType ? { 'content-type': document.contentType } : undefined,
      })
      const body = await response.json()
      if (!('outcome' in body)) return toast.error(body.errors?.[0]?.message ?? `Import failed (${response.status})`)
      setReport(body as ImportReport)
      if (dryRun) setSkip(new Set())
      if (!dryRun && body.outcome === 'imported') toast.success(`Imported ${body.questions} questions as drafts`)
      if (!dryRun && body.outcome === 'unchanged') toast.info('Nothing changed: this document is already imported')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ display: 'grid', gap: '1rem', maxWidth: '60rem' }}>
      <label>
        File{' '}
        <input
          type="file"
          accept=".txt,.md,.markdown,.csv,.json,text/*"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null)
            setReport(null)
          }}
        />
      </label>
      {!file && (
        <>
          <label>
            Or paste it, named{' '}
            <input value={fileName} onChange={(event) => setFileName(event.target.value)} aria-label="File name" />
          </label>
          <textarea
            aria-label="Document"
            rows={14}
            value={text}
            onChange={(event) => {
              setText(event.target.value)
              setReport(null)
            }}
            style={{ fontFamily: 'monospace', width: '100%' }}
          />
        </>
      )}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))', gap: '0.75rem' }}>
        <label className="field-label" style={{ display: 'grid', gap: '0.25rem' }}>
          Role (empty: the document's title)
          <input
            list="import-roles"
            aria-label="Role"
            value={role}
            onChange={(event) => {
              setRole(event.target.value)
              setReport(null)
            }}
            style={{ padding: '0.5rem', font: 'inherit', background: 'var(--theme-input-bg)', color: 'var(--theme-elevation-800)', border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-s)' }}
          />
          <datalist id="import-roles">
            {roleNames.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </label>
        <div data-testid="import-layout" style={{ display: 'grid', gap: '0.25rem' }}>
          <span className="field-label">Layout</span>
          <ReactSelect
            options={layoutChoices}
            value={layoutChoices.find((choice) => choice.value === layout)}
            onChange={(option) => {
              setLayout((option as Choice).value)
              setReport(null)
            }}
            isClearable={false}
          />
        </div>
      </div>
      <div style={{ display: 'flex', gap: '0.5rem' }}>
        <Button buttonStyle="secondary" disabled={busy} onClick={() => send({ dryRun: true })}>
          Preview
        </Button>
        <Button buttonStyle="primary" disabled={busy || !report || report.outcome !== 'dry-run' || report.errors > 0} onClick={() => send({ dryRun: false })}>
          Confirm import
        </Button>
      </div>
      {report && (
        <ImportReportView
          report={report}
          adminRoute={adminRoute}
          skip={skip}
          onToggleSkip={(key) =>
            setSkip((current) => {
              const next = new Set(current)
              if (next.has(key)) next.delete(key)
              else next.add(key)
              return next
            })
          }
        />
      )}
    </div>
  )
}
