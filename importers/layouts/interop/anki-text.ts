import type { VFile } from 'vfile'
import type { Bank } from '../../../format/model'
import { ankiDeckRoot, ankiDeckSeparator } from '../../../format/interop'
import { report } from '../../diagnostics'
import { pointLocator } from '../../source-lines'
import { interopBankBuilder, rangeOf } from './bank-builder'
import { htmlToHints, htmlToLine } from './html'

/**
 * Anki's text files ("Notes in Plain Text" exports, and Prepbank's Anki
 * export): `#key:value` header lines, then one note per row. Anki's header
 * names the separator (`#separator:tab|comma|semicolon|space|pipe|colon` or
 * a character), whether fields are HTML (`#html:true`), and which columns
 * hold the GUID, deck, note type and tags (`#guid column:1` …, 1-based).
 * The remaining columns are the note's fields: the first is the prompt, the
 * second the hints (one per `<div class="prepbank-hint">` in Prepbank's own
 * exports), further fields are more hints.
 *
 * Fields are read like Anki reads them: a field that starts with `"` is
 * quoted, `""` inside is a quote, and it may span lines.
 *
 * The GUID becomes the stable id, so that importing an updated export
 * updates the same questions. A deck `Prepbank::<Role>::<Level>` (or any
 * `<Role>::<Level…>`) gives the role and level.
 */

const separators: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', space: ' ', pipe: '|', colon: ':' }

type Header = { separator: string; html: boolean; columns: Map<string, number>; deck: string | null; tags: string[] }

function readHeader(text: string): { header: Header; bodyStart: number } {
  const header: Header = { separator: '\t', html: false, columns: new Map(), deck: null, tags: [] }
  let offset = 0
  while (offset < text.length && text[offset] === '#') {
    const lineEnd = text.indexOf('\n', offset)
    const line = text.slice(offset, lineEnd === -1 ? text.length : lineEnd)
    const match = /^#([a-z ]+):(.*)$/i.exec(line)
    if (!match) break
    const key = match[1].trim().toLowerCase()
    const value = match[2].trim()
    if (key === 'separator') header.separator = separators[value.toLowerCase()] ?? value.charAt(0) ?? '\t'
    else if (key === 'html') header.html = value.toLowerCase() === 'true'
    else if (key === 'deck') header.deck = value
    else if (key === 'tags') header.tags = value.split(/\s+/).filter(Boolean)
    else if (key.endsWith(' column')) header.columns.set(key.slice(0, -' column'.length), Number.parseInt(value, 10) - 1)
    offset = lineEnd === -1 ? text.length : lineEnd + 1
  }
  return { header, bodyStart: offset }
}

type Row = { fields: string[]; start: number; end: number }

/** Rows of separated, optionally quoted fields, with their offsets. */
function readRows({ text, start, separator }: { text: string; start: number; separator: string }): Row[] | { error: string; offset: number } {
  const rows: Row[] = []
  let index = start
  while (index < text.length) {
    const rowStart = index
    const fields: string[] = []
    for (;;) {
      if (text[index] === '"') {
        let value = ''
        const quoteStart = index
        index += 1
        for (;;) {
          const quote = text.indexOf('"', index)
          if (quote === -1) return { error: 'a quoted field is never closed', offset: quoteStart }
          value += text.slice(index, quote)
          if (text[quote + 1] === '"') {
            value += '"'
            index = quote + 2
          } else {
            index = quote + 1
            break
          }
        }
        fields.push(value)
      } else {
        let end = index
        while (end < text.length && text[end] !== separator && text[end] !== '\n') end += 1
        fields.push(text.slice(index, end))
        index = end
      }
      if (text[index] === separator) {
        index += 1
        continue
      }
      if (index < text.length && text[index] !== '\n') return { error: `expected "${separator === '\t' ? '\\t' : separator}" or the end of the line after a quoted field`, offset: index }
      break
    }
    const rowEnd = index
    index += 1
    if (fields.length === 1 && fields[0].trim() === '') continue
    rows.push({ fields, start: rowStart, end: rowEnd })
  }
  return rows
}

function deckParts(deck: string): { role: string | null; level: string | null } {
  const parts = deck.split(ankiDeckSeparator).map((part) => part.trim()).filter(Boolean)
  if (parts[0] === ankiDeckRoot && parts.length > 1) parts.shift()
  return { role: parts[0] ?? null, level: parts.slice(1).join(' / ') || null }
}

export function parseAnkiText({ file, text }: { file: VFile; text: string }): Bank | null {
  const pointAt = pointLocator(text)
  const { header, bodyStart } = readHeader(text)
  const rows = readRows({ text, start: bodyStart, separator: header.separator })
  if (!Array.isArray(rows)) {
    report({ file, severity: 'error', ruleId: 'invalid-anki-text', reason: `Malformed Anki text: ${rows.error}`, place: pointAt(rows.offset) })
    return null
  }
  const guidColumn = header.columns.get('guid')
  if (guidColumn === undefined) {
    report({
      file,
      severity: 'warning',
      ruleId: 'missing-guid-column',
      reason: 'The file has no "#guid column" header: notes are matched by content on re-import, not by GUID',
      place: { line: 1, column: 1 },
    })
  }
  const metadataColumns = new Set(header.columns.values())
  const builder = interopBankBuilder({ file, layout: 'anki-text', idPrefix: 'anki' })
  let deck: string | null = null
  for (const row of rows) {
    const range = rangeOf({ pointAt, start: row.start, end: row.end })
    const at = (name: string): string | null => {
      const column = header.columns.get(name)
      return column === undefined ? null : (row.fields[column] ?? null)
    }
    const rowDeck = at('deck') ?? header.deck
    if (rowDeck !== deck || deck === null) {
      deck = rowDeck
      const parts = rowDeck === null ? { role: null, level: null } : deckParts(rowDeck)
      builder.enterCategory({ ...parts, range })
    }
    const fields = row.fields.filter((_, column) => !metadataColumns.has(column))
    const [front = '', ...backs] = fields
    const prompt = header.html ? htmlToLine(front) : front
    const hints = backs.flatMap((back) => (header.html ? htmlToHints(back) : back.trim() === '' ? [] : [back]))
    if (prompt.trim() === '' && hints.length === 0) {
      report({ file, severity: 'warning', ruleId: 'empty-note', reason: 'A note without text; skipped', place: range })
      continue
    }
    builder.addQuestion({
      prompt,
      hints,
      tags: [...header.tags, ...(at('tags') ?? '').split(/\s+/)].filter(Boolean),
      foreignId: guidColumn === undefined ? null : at('guid'),
      range,
    })
  }
  return builder.build()
}
