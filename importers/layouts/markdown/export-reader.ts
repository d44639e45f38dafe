import type { Yaml } from 'mdast'
import { VFile } from 'vfile'
import type { DeclaredPlaces } from '../../checks'
import { readFrontMatter } from './front-matter'
import { hintLabelLength, parseTagsLine, questionLabelLength } from '../../labels'
import { finishMarkdownBank, levelFromHeading, type MarkdownRoleText } from './markdown-bank'
import { unescapeRawHtml } from '../../../format/markdown-html'
import { sliceSource } from './markdown-source'
import type { Bank, BankLevel, BankQuestion, SourceRange } from '../../../format/model'
import { parseRoleTitle } from '../../header'

/**
 * A line reader for Prepbank's own Markdown export (exporters/markdown.ts),
 * the one Markdown likely to be large: micromark reads about 1–2 MB/s, this
 * reads the export's fixed shape at the speed of the plain-text layout.
 *
 * It gives exactly the bank and messages the mdast reader (layouts/markdown/index.ts)
 * would give, or null so that the mdast reader runs instead. So it accepts
 * only what it can read the same way: the export's block sequence, headings
 * and tags without inline markup (backslash escapes aside), ids, blockquote
 * hints. Anything else — a hand edit, a stray paragraph, an emphasis in a
 * level name — and it steps aside. test/importers/markdown-export-reader.test.ts
 * checks the two readers against each other.
 */

type Line = { text: string; line: number; offset: number }

const idPattern = /^<!--\s*(?:prepbank[-\s]?)?id\s*:\s*(.+?)\s*-->$/i

export function readPrepbankMarkdownExport({ file, text, declared = new Map() }: { file: VFile; text: string; declared?: DeclaredPlaces }): Bank | null {
  if (!text.startsWith('---\nprepbank:')) return null
  const lines = toLines(text)
  const closing = lines.findIndex((line, index) => index > 0 && line.text === '---')
  if (closing === -1) return null

  // Read the front matter on the side: a warning there means the mdast reader should report it.
  const yaml: Yaml = {
    type: 'yaml',
    value: lines
      .slice(1, closing)
      .map((line) => line.text)
      .join('\n'),
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: closing + 1, column: 4, offset: lines[closing].offset + 3 },
    },
  }
  const scratch = new VFile()
  const frontMatter = readFrontMatter({ file: scratch, node: yaml })
  if (scratch.messages.length > 0 || frontMatter.prepbank === null) return null

  const levels: BankLevel[] = []
  const role: MarkdownRoleText = { title: null, name: null, summary: null }
  let index = skipBlank(lines, closing + 1)

  // "# Title" and the optional summary paragraph.
  const title = headingText(lines[index]?.text, 1)
  if (title === null || title === '') return null
  role.title = title || null
  role.name = parseRoleTitle(title) ?? (title || null)
  index = skipBlank(lines, index + 1)
  if (index < lines.length && !lines[index].text.startsWith('#')) {
    const start = index
    while (index < lines.length && !isBlank(lines[index].text)) index++
    const summary = readSummary(lines.slice(start, index))
    if (summary === null) return null
    role.summary = summary
    index = skipBlank(lines, index)
  }

  let level: BankLevel | null = null
  while (index < lines.length) {
    const line = lines[index]
    const levelName = headingText(line.text, 2)
    if (levelName !== null) {
      if (levelName === '') return null
      level = levelFromHeading({ file, text: levelName, range: lineRange(line), frontMatter, index: levels.length, declared })
      levels.push(level)
      index = skipBlank(lines, index + 1)
      continue
    }
    if (!level) return null
    const question = readQuestion({ text, lines, from: index })
    if (!question) return null
    level.questions.push(question.question)
    if (isAfter(question.question.position.end, level.position.end)) level.position.end = { ...question.question.position.end }
    index = question.next
  }
  // An export without questions has no "###" headings, which the mdast reader reads differently.
  if (!levels.some((candidate) => candidate.questions.length > 0)) return null

  return finishMarkdownBank({ file, frontMatter, frontMatterRange: rangeOf(yaml), role, levels, general: null, declared })
}

/** "### Prompt", then the id comment, the tags paragraph and blockquote hints, in that order. */
function readQuestion({ text, lines, from }: { text: string; lines: Line[]; from: number }): { question: BankQuestion; next: number } | null {
  const heading = lines[from]
  const content = headingContent(heading.text, 3)
  // The prompt is the heading's source, verbatim: only the writer's raw-HTML escapes come off.
  if (content === null || content === '') return null
  const question: BankQuestion = { key: null, prompt: unescapeRawHtml(content), hints: [], tags: [], position: lineRange(heading) }
  let index = skipBlank(lines, from + 1)

  const id = idPattern.exec(lines[index]?.text.trim() ?? '')
  if (id && lines[index].text.startsWith('<!--')) {
    question.key = id[1]
    question.position.end = lineRange(lines[index]).end
    index = skipBlank(lines, index + 1)
  }

  if (lines[index]?.text.startsWith('Tags:')) {
    const plain = plainInline(lines[index].text)
    const tags = plain === null ? null : parseTagsLine(plain.trim())
    if (tags === null || !isBlank(lines[index + 1]?.text ?? '')) return null
    question.tags = tags
    question.position.end = lineRange(lines[index]).end
    index = skipBlank(lines, index + 1)
  }

  while (lines[index]?.text.startsWith('>')) {
    const start = index
    while (index < lines.length && lines[index].text.startsWith('>')) index++
    // A line right after a blockquote could continue it lazily; the export always leaves a blank line.
    if (index < lines.length && !isBlank(lines[index].text)) return null
    const first = lines[start]
    const last = lines[index - 1]
    const range = { start: { line: first.line, column: 1 }, end: { line: last.line, column: last.text.length + 1 } }
    const hint = sliceSource({
      text,
      start: { ...range.start, offset: first.offset },
      end: { ...range.end, offset: last.offset + last.text.length },
      indent: 0,
      quote: true,
      keepTrailingSpace: true,
    })
    if (hint === '') return null
    question.hints.push({ text: unescapeRawHtml(hint), position: range })
    question.position.end = { ...range.end }
    index = skipBlank(lines, index)
  }

  if (index < lines.length && headingContent(lines[index].text, 3) === null && headingContent(lines[index].text, 2) === null) return null
  return { question, next: index }
}

/** The summary paragraph as the mdast reader gets it: plain text, line breaks kept, lines trimmed. */
function readSummary(lines: Line[]): { text: string; range: SourceRange } | null {
  const texts: string[] = []
  for (const [index, line] of lines.entries()) {
    // Lines that would start another block, or end in a hard break, read differently as Markdown.
    if (/^(?:[ \t]|#|>|[-*+](?:[ \t]|$)|\d{1,9}[.)]|=|-|```|~~~|<|\|)/.test(line.text)) return null
    if (index < lines.length - 1 && /[ \t\\]$/.test(line.text)) return null
    const plain = plainInline(line.text)
    if (plain === null) return null
    // A labelled, "Q:" or "Tags:" first line makes the paragraph a hint, question or tags.
    if (index === 0 && (hintLabelLength(line.text) > 0 || questionLabelLength(line.text) > 0 || parseTagsLine(plain.trim()) !== null)) return null
    texts.push(plain.trim())
  }
  const text = texts.join('\n').trim()
  if (text === '') return null
  const first = lines[0]
  const last = lines[lines.length - 1]
  return { text, range: { start: { line: first.line, column: 1 }, end: { line: last.line, column: last.text.length + 1 } } }
}

/**
 * Inline Markdown without markup → its text: backslash escapes resolved;
 * null when anything else (emphasis, code, links, HTML, character
 * references) would need a real parser.
 */
function plainInline(source: string): string | null {
  let text = ''
  for (let index = 0; index < source.length; index++) {
    const character = source[index]
    if (character === '\\') {
      const next = source[index + 1]
      if (next === undefined) return null
      if (/[!-/:-@[-`{-~]/.test(next)) {
        text += next
        index++
        continue
      }
      text += character
      continue
    }
    if ('*_`[]<'.includes(character)) return null
    if (character === '&' && /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/.test(source.slice(index))) return null
    text += character
  }
  return text
}

/** The plain text of an ATX heading of this depth, white space collapsed; null when the line is no such heading or has markup. */
function headingText(line: string | undefined, depth: number): string | null {
  const content = line === undefined ? null : headingContent(line, depth)
  if (content === null) return null
  const plain = plainInline(content)
  return plain === null ? null : plain.replace(/\s+/g, ' ').trim()
}

/** The content of an ATX heading of exactly this depth (closing "#"s removed), or null. */
function headingContent(line: string, depth: number): string | null {
  const marker = '#'.repeat(depth)
  if (line === marker) return ''
  if (!line.startsWith(`${marker} `)) return null
  return line
    .slice(depth + 1)
    .replace(/(?:^|[ \t]+)#+[ \t]*$/, '')
    .trim()
}


function toLines(text: string): Line[] {
  const lines: Line[] = []
  let offset = 0
  let line = 1
  for (;;) {
    const end = text.indexOf('\n', offset)
    lines.push({ text: text.slice(offset, end === -1 ? text.length : end), line, offset })
    if (end === -1) break
    offset = end + 1
    line++
  }
  // A final line end leaves no line of its own.
  if (lines.length > 1 && lines[lines.length - 1].text === '') lines.pop()
  return lines
}

function skipBlank(lines: Line[], from: number): number {
  let index = from
  while (index < lines.length && isBlank(lines[index].text)) index++
  return index
}

function isBlank(text: string): boolean {
  return /^[ \t]*$/.test(text)
}

function lineRange(line: Line): SourceRange {
  return { start: { line: line.line, column: 1 }, end: { line: line.line, column: line.text.length + 1 } }
}

function rangeOf(node: Yaml): SourceRange | null {
  const position = node.position
  return position ? { start: { line: position.start.line, column: position.start.column }, end: { line: position.end.line, column: position.end.column } } : null
}

function isAfter(a: { line: number; column: number }, b: { line: number; column: number }): boolean {
  return a.line > b.line || (a.line === b.line && a.column > b.column)
}
