import type { Point } from 'unist'
import { questionLabelLength, withoutHintLabel } from '../../labels'
import { decodeEntities, readMarkers, type MarkedText } from '../../question-shape'
import type { SourcePoint, SourceRange } from '../../../format/model'

/**
 * Hints and prompts keep their Markdown: they are cut out of the source text
 * by node offsets rather than rebuilt from the tree, so line breaks,
 * emphasis, lists and code survive exactly as written. What belongs to the
 * container rather than to the hint — the indentation of a list item, the
 * `> ` of a blockquote, a `Hint:` label — is taken off.
 */

/** A point with the offset micromark gives every node. */
export type OffsetPoint = { line: number; column: number; offset: number }

export function offsetPoint(point: Point | undefined): OffsetPoint | null {
  if (!point || point.offset === undefined) return null
  return { line: point.line, column: point.column, offset: point.offset }
}

export function toRange({ start, end }: { start: OffsetPoint; end: OffsetPoint }): SourceRange {
  const plain = (point: OffsetPoint): SourcePoint => ({ line: point.line, column: point.column })
  return { start: plain(start), end: plain(end) }
}

/**
 * The source from `start` to `end`, with the container's indentation
 * (`indent` columns) taken off every line but the first, and, for a
 * blockquote, each line's `>` marker.
 */
export function sliceSource({
  text,
  start,
  end,
  indent,
  quote = false,
  keepTrailingSpace = false,
}: {
  text: string
  start: OffsetPoint
  end: OffsetPoint
  indent: number
  quote?: boolean
  /** Trailing spaces are a hard break in Markdown; Prepbank's own exports keep them. */
  keepTrailingSpace?: boolean
}): string {
  const lines = text
    .slice(start.offset, end.offset)
    .split('\n')
    .map((line, index) => {
      const dedented = index === 0 ? line : removeIndent(line, indent)
      const content = quote ? dedented.replace(/^[ \t]{0,3}>[ \t]?/, '') : dedented
      return keepTrailingSpace ? content : content.trimEnd()
    })
  return trimBlankLines(lines).join('\n')
}

/** Takes a leading `Hint:`/`Answer:` label (and an empty first line it leaves) off a hint. */
export function stripHintLabel(markdown: string): string {
  const rest = withoutHintLabel(markdown)
  if (rest === markdown) return markdown
  return trimBlankLines(rest.split('\n').map((line) => line.trimEnd())).join('\n')
}

/**
 * One-line question wording from inline Markdown: white space collapsed,
 * labels ("Q1:"), numbering ("3.", "F5.") and bold around the whole prompt
 * removed.
 */
export function normalisePrompt(source: string): string | null {
  const prompt = readPrompt({ source }).text
  return prompt === '' ? null : prompt
}

/**
 * The wording of a prompt and the tags its markers give: numbering, labels,
 * bold or italic around the whole prompt, `<a name>` anchors and `<br>` removed,
 * entities decoded, difficulty and score markers turned into tags.
 */
export function readPrompt({ source, legend }: { source: string; legend?: ReadonlyMap<string, string> }): MarkedText {
  let prompt = source
    .replace(/<a\s+(?:name|id)=[^>]*>\s*<\/a>|<a\s+(?:name|id)=[^>]*\/>|<br\s*\/?>/gi, ' ')
    // Inline HTML as the Markdown it stands for: `<code>x</code>` is code, a whole `<b>…</b>` is a bold line.
    .replace(/<code>([^<`]*)<\/code>/gi, '`$1`')
    .replace(/^\s*<(b|strong)>([\s\S]*)<\/\1>\s*$/i, (whole, _tag: string, inner: string) => (/<\/?(?:b|strong)>/i.test(inner) ? whole : inner))
    .replace(/\s+/g, ' ')
    .trim()
  const tags: string[] = []
  for (let pass = 0; pass < 4; pass++) {
    const before = prompt
    // Bold or italic around the whole prompt ("***What is X?***" is both) is how it looks, not what it says.
    const emphasis = /^(\*\*|__|\*|_)(.+)\1$/.exec(prompt)
    if (emphasis && !emphasis[2].includes(emphasis[1])) prompt = emphasis[2].trim()
    const label = prompt.slice(0, questionLabelLength(prompt))
    prompt = prompt.slice(label.length).trim()
    // "*질문: … ?*": emphasis opened before the label and not closed after it closes at the end of the wording.
    const opened = /^(\*\*|__|\*|_)/.exec(label)?.[1]
    if (opened && !label.trimEnd().endsWith(opened) && prompt.endsWith(opened)) prompt = prompt.slice(0, -opened.length).trim()
    const marked = readMarkers(prompt, legend)
    prompt = marked.text
    tags.push(...marked.tags)
    if (prompt === before) break
  }
  return { text: decodeEntities(prompt), tags: [...new Set(tags)] }
}

/** Removes up to `columns` columns of leading white space (a tab reaches the next multiple of 4). */
function removeIndent(line: string, columns: number): string {
  let column = 0
  let index = 0
  while (index < line.length && column < columns) {
    const character = line[index]
    if (character === ' ') column++
    else if (character === '\t') column = column + 4 - (column % 4)
    else break
    index++
  }
  return line.slice(index)
}

function trimBlankLines(lines: string[]): string[] {
  let first = 0
  let last = lines.length
  while (first < last && lines[first].trim() === '') first++
  while (last > first && lines[last - 1].trim() === '') last--
  return lines.slice(first, last)
}
