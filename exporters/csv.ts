import type { CsvProfile } from '../format/csv'
import type { NormalQuestion, NormalSource } from './source'

import { byteOrderMark, csvHeader, hintSeparator, protectCell, tagSeparator } from '../format/csv'


/** Streams the CSV format; its columns, separators and profiles are defined in format/csv.ts. */

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
