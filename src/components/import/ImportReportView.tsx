'use client'
import type { ImportReport } from '../../import/report'

import React from 'react'

import { ImportDuplicates } from './ImportDuplicates'

const outcomeText: Record<ImportReport['outcome'], string> = {
  'dry-run': 'Preview: nothing written yet',
  imported: 'Imported',
  unchanged: 'Unchanged: nothing written',
  failed: 'Failed: nothing written',
}

/** The report of an import: counts, every diagnostic with its place, and the parsed bank. */
export const ImportReportView: React.FC<{ report: ImportReport; adminRoute: string; skip?: ReadonlySet<string>; onToggleSkip?: (key: string) => void }> = ({
  report,
  adminRoute,
  skip,
  onToggleSkip,
}) => (
  <section aria-label="Import report">
    <h2>
      {outcomeText[report.outcome]} — {report.role?.name ?? 'no role'} ({report.layout ?? 'unknown layout'})
    </h2>
    <p>
      {report.questions} questions in {report.levels.length} sections: {report.counts.created} new, {report.counts.updated} updated,{' '}
      {report.counts.proposed} proposed over approved wording, {report.counts.unchanged} unchanged. {report.errors} errors,{' '}
      {report.warnings} warnings.
    </p>
    {report.outcome === 'imported' || report.outcome === 'unchanged' ? (
      <p data-testid="import-links" style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
        {report.importRunId !== null ? (
          <a href={`${adminRoute}/collections/questions?where[provenance.importRun][equals]=${report.importRunId}`}>The new drafts</a>
        ) : null}
        {report.role?.id !== null && report.role?.id !== undefined ? (
          <a href={`${adminRoute}/wording?role=${report.role.id}`}>Word them in the workbench</a>
        ) : null}
        {report.role?.id !== null && report.role?.id !== undefined ? <a href={`${adminRoute}/collections/roles/${report.role.id}`}>The role</a> : null}
        {report.importRunId !== null ? <a href={`${adminRoute}/collections/import-runs/${report.importRunId}`}>The import run</a> : null}
      </p>
    ) : null}
    {report.diagnostics.length > 0 && (
      <ul aria-label="Diagnostics">
        {report.diagnostics.map((diagnostic, index) => (
          <li key={index} style={{ color: diagnostic.severity === 'error' ? 'var(--theme-error-500)' : diagnostic.severity === 'warning' ? 'var(--theme-warning-500)' : 'var(--theme-elevation-500)' }}>
            <code>
              {report.fileName}:{diagnostic.line ?? '?'}:{diagnostic.column ?? '?'}
            </code>{' '}
            {diagnostic.severity}: {diagnostic.message} <small>[{diagnostic.ruleId}]</small>
          </li>
        ))}
      </ul>
    )}
    <ImportDuplicates report={report} skip={skip} onToggle={onToggleSkip} />
    {report.preview?.map((level) => (
      <details key={level.name} open={report.preview!.length <= 3}>
        <summary>
          {level.name} ({level.questions.length})
        </summary>
        <ol>
          {level.questions.map((question) => (
            <li key={`${question.line}:${question.column}`}>
              <small>line {question.line}</small> {question.needsWording ? <em>needs wording — {question.title}</em> : question.title}
              {question.hints.length > 0 ? (
                <ul data-testid="import-preview-hints" style={{ margin: '0.25rem 0 0.5rem', color: 'var(--theme-elevation-600)' }}>
                  {question.hints.map((hint, index) => (
                    <li key={index} style={{ whiteSpace: 'pre-wrap' }}>
                      {hint}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      </details>
    ))}
  </section>
)
