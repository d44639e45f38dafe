/** The downloads offered in the admin: each export format, and CSV's spreadsheet profile. */
export const downloadFormats = [
  { query: 'json', label: 'JSON' },
  { query: 'md', label: 'Markdown' },
  { query: 'csv', label: 'CSV' },
  { query: 'csv&csvProfile=spreadsheet', label: 'CSV (spreadsheet)' },
] as const
