'use client'
import { Collapsible } from '@payloadcms/ui'
import React from 'react'

import { lossReports } from '../../../exporters/loss'

/** Beside the download buttons: what each format cannot carry (exporters/loss.ts), so nothing is lost unsaid. */
export const LossReports: React.FC = () => (
  <Collapsible header="What each format cannot carry" initCollapsed className="loss-reports">
    {Object.values(lossReports).map((report) => (
      <div key={report.format} data-format={report.format} style={{ marginBottom: '0.75rem' }}>
        <strong>{report.name}</strong>
        <ul style={{ margin: '0.25rem 0 0 1.25rem' }}>
          {report.lines.map((line) => (
            <li key={line.id}>
              {line.what}
              {line.restoredOnReimport ? ' (restored on re-import into Prepbank)' : ''}
            </li>
          ))}
        </ul>
      </div>
    ))}
  </Collapsible>
)
