import type { NormalQuestion, NormalSource } from './source'

/**
 * Streams the CSV format (RFC 4180, UTF-8): one row per question.
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

const needsQuotingPattern = /[",\r\n]/

function quoteField(field: string): string {
  return needsQuotingPattern.test(field) ? `"${field.replaceAll('"', '""')}"` : field
}

function hintsCell(hints: readonly { markdown: string }[]): string {
  return hints.map((hint) => hint.markdown.replace(/^---$/gm, '***')).join(hintSeparator)
}

function questionCells({
  question,
  roleName,
  level,
  position,
}: {
  question: NormalQuestion
  roleName: string
  level: { name: string; rank: number }
  position: number
}): string[] {
  return [
    question.id,
    roleName,
    level.name,
    String(level.rank),
    String(position),
    question.prompt,
    hintsCell(question.hints),
    question.tags.join(tagSeparator),
  ]
}

export async function* csvChunks({
  source,
  profile = 'standard',
}: {
  source: NormalSource
  profile?: CsvProfile
}): AsyncGenerator<string> {
  const spreadsheet = profile === 'spreadsheet'
  const rowEnd = spreadsheet ? '\r\n' : '\n'
  const row = (cells: readonly string[]): string =>
    cells.map((cell) => quoteField(protectCell({ cell, profile }))).join(',') + rowEnd

  yield (spreadsheet ? byteOrderMark : '') + row(csvHeader)
  for await (const { level, questions } of source.levels) {
    let position = 0
    for await (const question of questions) {
      position += 1
      yield row(questionCells({ question, roleName: source.role.name, level, position }))
    }
  }
}
