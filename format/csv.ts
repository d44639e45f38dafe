/**
 * The CSV format's contract, shared by the writer (exporters/csv.ts) and the
 * reader (importers/layouts/prepbank/csv.ts).
 * The format is RFC 4180, UTF-8, one row per question:
 *
 *   id,role,level,level_rank,position,prompt,hints,tags
 *
 * - role and level are display names; level_rank and position are integers.
 * - hints: the hints' Markdown joined by a line that is exactly "---". A hint
 *   line that is itself exactly "---" is written as "***" (the same thematic
 *   break in Markdown), so the separator is unambiguous.
 * - tags: joined by "; " (tags never contain ";").
 * - A field is quoted when it contains '"', ',', CR or LF; quotes are doubled.
 *
 * Profiles:
 * - standard (default): LF row ends, no BOM.
 * - spreadsheet: UTF-8 BOM, CRLF row ends, and formula injection neutralised:
 *   a cell that begins with "=", "+", "-", "@", tab or CR, possibly after
 *   leading single quotes, gets one more "'" in front.
 *
 * Reading back does not depend on the profile (the import pipeline drops the
 * BOM before the reader sees it): the reader removes one "'" from every cell
 * that matches /^'+[=+\-@\t\r]/ (restoreCell). So that this restores every
 * cell exactly, both profiles write a cell that already matches it, i.e. one
 * that starts with "'"s and then one of those characters, with one more "'".
 */

export const csvProfiles = ['standard', 'spreadsheet'] as const
export type CsvProfile = (typeof csvProfiles)[number]

export const csvHeader = ['id', 'role', 'level', 'level_rank', 'position', 'prompt', 'hints', 'tags'] as const

export const hintSeparator = '\n---\n'
export const tagSeparator = '; '
export const byteOrderMark = '\uFEFF'

/** A cell a spreadsheet would run as a formula, or one that only looks neutralised already. */
const formulaLikePattern = /^'*[=+\-@\t\r]/
/** A cell as the spreadsheet profile neutralises it, whatever the profile it was written in. */
const neutralisedPattern = /^'+[=+\-@\t\r]/

/** The cell as written: one more "'" in front where a spreadsheet (or the reader) would take it for something else. */
export function protectCell({ cell, profile }: { cell: string; profile: CsvProfile }): string {
  return (profile === 'spreadsheet' ? formulaLikePattern : neutralisedPattern).test(cell) ? `'${cell}` : cell
}

/** The inverse of protectCell, for either profile. */
export function restoreCell(cell: string): string {
  return neutralisedPattern.test(cell) ? cell.slice(1) : cell
}
