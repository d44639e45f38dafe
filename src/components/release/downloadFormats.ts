import type { ExportFormat } from '../../../exporters'

/** The downloads offered in the admin: each export format, and CSV's spreadsheet profile. */
export const downloadFormats: readonly {
  query: string
  format: ExportFormat
  label: string
}[] = [
  { query: 'json', format: 'json', label: 'JSON' },
  { query: 'md', format: 'md', label: 'Markdown' },
  { query: 'csv', format: 'csv', label: 'CSV' },
  {
    query: 'csv&csvProfile=spreadsheet',
    format: 'csv',
    label: 'CSV (spreadsheet)',
  },
  { query: 'anki', format: 'anki', label: 'Anki text' },
  { query: 'apkg', format: 'apkg', label: 'Anki deck (.apkg)' },
  { query: 'moodle', format: 'moodle', label: 'Moodle XML' },
  { query: 'gift', format: 'gift', label: 'GIFT' },
  { query: 'qti', format: 'qti', label: 'QTI 3.0' },
]
