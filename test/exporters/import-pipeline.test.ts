import type { CsvProfile, TextExportFormat } from '../../exporters/index'
import { describe, expect, it } from 'vitest'
import { bankToExportSource, exportBankToString, sourceFromArrays } from '../../exporters/index'
import { parseBank } from '../../importers/parse'
import { fixtureSource } from './fixtures'

/**
 * Exports imported through the importer's own entry point (decoding, layout
 * detection, checks), then exported again: the same bytes. The pipeline
 * drops the BOM and turns CRLF into LF before a layout parser sees the text,
 * which the spreadsheet CSV must survive; the Markdown export is read by the
 * importer's Markdown layout.
 */

const cases: { format: TextExportFormat; csvProfile?: CsvProfile; layout: string }[] = [
  { format: 'json', layout: 'prepbank-json' },
  { format: 'csv', layout: 'prepbank-csv' },
  { format: 'csv', csvProfile: 'spreadsheet', layout: 'prepbank-csv' },
  { format: 'md', layout: 'markdown' },
]

describe('exports re-imported through parseBank', () => {
  for (const { format, csvProfile, layout } of cases) {
    it(`${format}${csvProfile ? ` (${csvProfile})` : ''}: detected as ${layout}, exported again byte for byte`, async () => {
      const first = await exportBankToString({ source: fixtureSource(), format, csvProfile })
      const result = parseBank(new TextEncoder().encode(first), { path: `bank.${format}` })
      expect(result.file.messages.filter((message) => message.fatal).map(String)).toEqual([])
      expect(result.layout).toBe(layout)
      expect(result.bank).not.toBeNull()
      const second = await exportBankToString({ source: bankToExportSource({ bank: result.bank! }), format, csvProfile })
      expect(second).toBe(first)
    })
  }

  it('md: a role without title or summary keeps its slug, name and levels', async () => {
    const source = sourceFromArrays({
      role: { slug: 'bare-role', name: 'Bare Role', title: null, summary: null },
      levels: [{ level: { slug: 'only', name: 'Only', rank: 5 }, questions: [{ id: 'q1', prompt: 'Why?', tags: [], hints: [] }] }],
    })
    const result = parseBank(await exportBankToString({ source, format: 'md' }), { path: 'bare.md' })
    expect(result.file.messages.map(String)).toEqual([])
    // The importer takes the "# Bare Role" heading for a title when the front matter has none, so the title is not compared.
    expect(result.bank?.role).toMatchObject({ slug: 'bare-role', name: 'Bare Role', summary: null })
    expect(result.bank?.levels).toMatchObject([{ slug: 'only', name: 'Only', rank: 5, questions: [{ key: 'q1', prompt: 'Why?' }] }])
  })
})
