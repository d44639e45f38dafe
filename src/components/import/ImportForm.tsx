'use client'
import type { ImportReport } from '../../import/report'

import { Button, toast } from '@payloadcms/ui'
import React, { useState } from 'react'

import { ImportReportView } from './ImportReportView'

type Source = { body: BodyInit; fileName: string; contentType?: string }

/** Paste or upload, preview with a dry run, then confirm. */
export const ImportForm: React.FC<{ apiRoute: string }> = ({ apiRoute }) => {
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
