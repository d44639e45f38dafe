import type { VFile } from 'vfile'
import type { Bank, BankLevel, BankQuestion, SourceRange } from '../../../format/model'
import { byteOrderMark, csvHeader, hintSeparator, restoreCell } from '../../../format/csv'
import { report } from '../../diagnostics'
import { pointLocator } from '../../source-lines'

/**
 * Reads Prepbank's own CSV export (exporters/csv.ts) back into a Bank: RFC
 * 4180 with LF or CRLF row ends, with or without the BOM of the spreadsheet
 * profile. The formula-neutralising "'" is removed again by a rule that holds
 * for both profiles (restoreCell), so the reader need not know which profile
 * wrote the file: the import pipeline drops the BOM. Rows are grouped into
 * levels by (level_rank, level); levels are ordered by rank and questions by
 * position. Problems are reported on `file` and never thrown.
 */

type CsvRecord = {
  fields: string[]
  /** Offsets of each field's first character (its opening quote, if quoted). */
  fieldStarts: number[]
  fieldEnds: number[]
  start: number
  end: number
}

type CsvSyntaxFailure = { offset: number; reason: string }

const unquotedFieldPattern = /[^,\r\n]*/y

/** Splits the text into records; the first syntax error ends the parse, since nothing after it can be trusted. */
function parseCsvRecords({ text, from }: { text: string; from: number }): { records: CsvRecord[]; failure: CsvSyntaxFailure | null } {
  const records: CsvRecord[] = []
  let index = from
  while (index < text.length) {
    const record: CsvRecord = { fields: [], fieldStarts: [], fieldEnds: [], start: index, end: index }
    for (;;) {
      const fieldStart = index
      let value: string
      if (text.charCodeAt(index) === 0x22) {
        value = ''
        let chunkStart = index + 1
        for (;;) {
          const quote = text.indexOf('"', chunkStart)
          if (quote === -1) return { records, failure: { offset: fieldStart, reason: 'this quoted field is never closed' } }
          value += text.slice(chunkStart, quote)
          if (text.charCodeAt(quote + 1) === 0x22) {
            value += '"'
            chunkStart = quote + 2
            continue
          }
          index = quote + 1
          break
        }
        const next = text.charCodeAt(index)
        if (index < text.length && next !== 0x2c && next !== 0x0a && next !== 0x0d) {
          return { records, failure: { offset: index, reason: 'a closing quote must be followed by a comma or the end of the row' } }
        }
      } else {
        unquotedFieldPattern.lastIndex = index
        value = unquotedFieldPattern.exec(text)?.[0] ?? ''
        const quote = value.indexOf('"')
        if (quote !== -1) {
          return { records, failure: { offset: index + quote, reason: 'a field that contains a quote must be quoted as a whole' } }
        }
        index += value.length
      }
      record.fields.push(value)
      record.fieldStarts.push(fieldStart)
      record.fieldEnds.push(index)
      if (text.charCodeAt(index) !== 0x2c) break
      index += 1
    }
    record.end = index
    if (text.startsWith('\r\n', index)) index += 2
    else if (index < text.length) index += 1
    // Spreadsheets like to leave empty lines at the end; an empty line is no row.
    const blankLine = record.fields.length === 1 && record.fields[0] === '' && text.charCodeAt(record.start) !== 0x22
    if (!blankLine) records.push(record)
  }
  return { records, failure: null }
}

const integerPattern = /^-?[0-9]{1,15}$/

function hintTexts(cell: string): string[] {
  const normal = cell.replace(/\r\n?/g, '\n')
  return normal === '' ? [] : normal.split(hintSeparator).filter((hint) => /\S/.test(hint))
}

function tagList(cell: string): string[] {
  return cell
    .split(';')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '')
}

/** Enough messages to fix a file, not one per row of a wrong file. */
const maximumRowMessages = 20

type LevelRows = { name: string; rank: number; firstStart: number; lastEnd: number; questions: { position: number; question: BankQuestion }[] }

export function parsePrepbankCsv({ file, text }: { file: VFile; text: string }): Bank | null {
  const pointAt = pointLocator(text)
  const rangeAt = ({ start, end }: { start: number; end: number }): SourceRange => ({ start: pointAt(start), end: pointAt(end) })
  let errorCount = 0
  const reportError = ({ reason, offset, ruleId }: { reason: string; offset: number; ruleId: string }) => {
    errorCount += 1
    if (errorCount <= maximumRowMessages) report({ file, severity: 'error', ruleId, reason, place: pointAt(offset) })
  }

  const { records, failure } = parseCsvRecords({ text, from: text.startsWith(byteOrderMark) ? byteOrderMark.length : 0 })
  if (failure !== null) {
    reportError({ reason: `Invalid CSV: ${failure.reason}`, offset: failure.offset, ruleId: 'invalid-csv' })
    return null
  }

  const [header, ...rows] = records
  if (header === undefined || header.fields.join(',') !== csvHeader.join(',')) {
    reportError({
      reason: `The first row must be the header ${csvHeader.join(',')}`,
      offset: header?.start ?? 0,
      ruleId: 'unexpected-header',
    })
    return null
  }
  if (rows.length === 0) {
    reportError({ reason: 'The file has no question rows, so it names no role', offset: header.end, ruleId: 'no-rows' })
    return null
  }

  let roleName: string | null = null
  const levels = new Map<string, LevelRows>()
  for (const row of rows) {
    if (row.fields.length !== csvHeader.length) {
      reportError({ reason: `Invalid CSV: expected ${csvHeader.length} fields, found ${row.fields.length}`, offset: row.start, ruleId: 'invalid-csv' })
      continue
    }
    const cells = row.fields.map(restoreCell)
    const [id, role, levelName, levelRank, position, prompt, hints, tags] = cells
    const fieldStart = (column: number) => row.fieldStarts[column]

    if (role === '') reportError({ reason: 'The role is empty', offset: fieldStart(1), ruleId: 'invalid-value' })
    else if (roleName === null) roleName = role
    else if (role !== roleName) {
      reportError({ reason: `Every row must name the same role: "${role}" differs from "${roleName}"`, offset: fieldStart(1), ruleId: 'mixed-roles' })
    }
    if (levelName === '') reportError({ reason: 'The level is empty', offset: fieldStart(2), ruleId: 'invalid-value' })
    if (!integerPattern.test(levelRank)) {
      reportError({ reason: `level_rank must be an integer, not "${levelRank}"`, offset: fieldStart(3), ruleId: 'invalid-value' })
    }
    if (!integerPattern.test(position)) {
      reportError({ reason: `position must be an integer, not "${position}"`, offset: fieldStart(4), ruleId: 'invalid-value' })
    }
    if (errorCount > 0) continue

    const levelKey = `${levelRank}\u0000${levelName}`
    const level = levels.get(levelKey) ?? { name: levelName, rank: Number(levelRank), firstStart: row.start, lastEnd: row.end, questions: [] }
    levels.set(levelKey, level)
    level.lastEnd = row.end
    const hintsRange = rangeAt({ start: fieldStart(6), end: row.fieldEnds[6] })
    level.questions.push({
      position: Number(position),
      question: {
        key: id === '' ? null : id,
        prompt: prompt === '' ? null : prompt,
        hints: hintTexts(hints).map((hint) => ({ text: hint, position: hintsRange })),
        tags: tagList(tags),
        position: rangeAt(row),
      },
    })
  }
  if (errorCount > maximumRowMessages) {
    report({ file, severity: 'error', ruleId: 'invalid-csv', reason: `…and ${errorCount - maximumRowMessages} more errors`, place: pointAt(0) })
  }
  if (errorCount > 0 || roleName === null) return null

  // Array.prototype.sort is stable: rows that agree on rank or position keep their order in the file.
  const bankLevels: BankLevel[] = [...levels.values()]
    .sort((left, right) => left.rank - right.rank)
    .map((level) => ({
      name: level.name,
      slug: null,
      rank: level.rank,
      declaredCount: null,
      position: rangeAt({ start: level.firstStart, end: level.lastEnd }),
      questions: level.questions.sort((left, right) => left.position - right.position).map(({ question }) => question),
    }))
  return {
    layout: 'prepbank-csv',
    collection: null,
    role: { name: roleName, slug: null, title: null, summary: null, declaredTotal: null },
    levels: bankLevels,
  }
}
