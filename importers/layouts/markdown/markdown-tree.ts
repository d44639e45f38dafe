import type { List, Nodes, Root, RootContent } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'

/**
 * Markdown text → mdast, with positions (line, column, offset) into the
 * whole text on every node.
 *
 * Why in pieces: micromark's document tokenizer grows quadratically with the
 * number of containers (lists, blockquotes) in one document — 1 MiB of bold
 * questions with list answers took 230 s in one piece, 6 s in pieces. So the
 * text is cut where every open block ends anyway, the pieces are parsed one
 * by one and their trees joined into the tree of the whole text:
 * - a cut is made only at a line that starts at column 1 after a blank line
 *   (the blank line closes paragraphs, blockquotes and HTML blocks that end
 *   at a blank line; an unindented line closes list items and indented code),
 *   or, inside a long list, at an item marker at column 1 after a blank or
 *   indented line — which holds only if the piece before ends in a list;
 * - blocks that can span blank lines (fenced code, `<!-- … -->`, `<pre>`, …)
 *   and HTML blocks are tracked while cutting, and a piece that ends inside
 *   an unclosed one (at the top level or last in a container) is joined to
 *   the next piece and parsed again, as is one before a cut that did not hold;
 * - a list cut in two is joined back into one list;
 * - link reference definitions would not reach across pieces, but nothing
 *   reads inline links: hints are kept as their Markdown source.
 * test/importers/markdown-tree.test.ts compares the result with remark on the
 * whole text for the fixtures and for hundreds of random documents.
 * GFM is not enabled: its additions are inline or tables, none of which
 * change where blocks start and end, and hints keep their source anyway.
 */

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()
/**
 * Front matter exists only at the start of the text: a later piece starting
 * with "---" has none. Nor has a text whose opening "---" never closes — and
 * there remark-frontmatter's failed attempt would misread the next line
 * ("---\n- item" gives a paragraph), so such a text is read as CommonMark
 * reads it, "---" being a thematic break.
 */
const pieceProcessor = unified().use(remarkParse).freeze()

/**
 * Piece size: large enough that per-parse setup costs little, small enough
 * that micromark's cost per container stays low (measured: 2–8 KiB best).
 */
export const defaultChunkSize = 4 * 1024
/** A piece grows this many times the piece size before it is cut inside a list. */
const listCutFactor = 4

type Cut = {
  offset: number
  /** The list marker the cut line starts with ("-", "*", "+", "." or ")"), if it is a list item. */
  listMarker: string | null
  /**
   * Whether the piece before must end in a list for the cut to hold: a list
   * item line continues the list it follows, but elsewhere micromark may read
   * it otherwise ("2. x" after a paragraph continues the paragraph).
   */
  needsListBefore: boolean
}

export function parseMarkdownTree({ text, chunkSize = defaultChunkSize }: { text: string; chunkSize?: number }): Root {
  const cuts = findCuts({ text, chunkSize })
  if (cuts.length === 0) return (frontMatterEnd(text) > 0 ? processor : pieceProcessor).parse(text)

  const boundaries: Cut[] = [...cuts, { offset: text.length, listMarker: null, needsListBefore: false }]
  const children: RootContent[] = []
  let start = 0
  let linesBefore = 0
  let boundary = 0
  let startCut: Cut | null = null
  while (start < text.length) {
    let end = boundaries[boundary].offset
    let tree = parsePiece({ text, start, end, linesBefore })
    // A block left open at the end of a piece would have run on into the next one.
    while (end < text.length && (endsInOpenBlock({ text, tree, end }) || (boundaries[boundary].needsListBefore && tree.children.at(-1)?.type !== 'list'))) {
      boundary++
      end = boundaries[boundary].offset
      tree = parsePiece({ text, start, end, linesBefore })
    }
    const previous = children.at(-1)
    const [first, ...rest] = tree.children
    if (startCut?.listMarker && previous?.type === 'list' && first?.type === 'list' && continuesList({ text, list: previous, next: first })) {
      joinLists({ text, list: previous, next: first })
      children.push(...rest)
    } else {
      children.push(...tree.children)
    }
    linesBefore += countLineBreaks({ text, start, end })
    start = end
    startCut = boundaries[boundary]
    boundary++
  }
  const lastBreak = text.lastIndexOf('\n')
  return {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: linesBefore + 1, column: text.length - lastBreak, offset: text.length },
    },
  }
}

function parsePiece({ text, start, end, linesBefore }: { text: string; start: number; end: number; linesBefore: number }): Root {
  const source = text.slice(start, end)
  if (start === 0) return (frontMatterEnd(text) > 0 ? processor : pieceProcessor).parse(source)
  const tree = pieceProcessor.parse(source)
  visit(tree, (node) => {
    const position = node.position
    if (!position) return
    position.start.line += linesBefore
    position.end.line += linesBefore
    if (position.start.offset !== undefined) position.start.offset += start
    if (position.end.offset !== undefined) position.end.offset += start
  })
  return tree
}

/** Line starts where the text may be cut, at least `chunkSize` apart. */
function findCuts({ text, chunkSize }: { text: string; chunkSize: number }): Cut[] {
  const cuts: Cut[] = []
  if (text.length <= chunkSize) return cuts
  let lineStart = frontMatterEnd(text)
  let pieceStart = 0
  let previous = ''
  /** What ends the block the scan is in: a closing fence, an HTML end marker, or (HTML kinds 6 and 7) a blank line. */
  let openBlock: { fence: string } | { htmlEnd: string } | 'until-blank' | null = null

  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    const line = text.slice(lineStart, lineEnd)
    const blank = line.trim() === ''

    if (openBlock === 'until-blank') {
      if (blank) openBlock = null
    } else if (openBlock && 'fence' in openBlock) {
      const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)
      if (closing && closing[1][0] === openBlock.fence[0] && closing[1].length >= openBlock.fence.length) openBlock = null
    } else if (openBlock) {
      if (line.toLowerCase().includes(openBlock.htmlEnd)) openBlock = null
    } else {
      const size = lineStart - pieceStart
      const cut = size >= chunkSize ? cutAt({ line, previous }) : null
      // A cut inside a list may not hold (see Cut), so it is the fallback for long lists only.
      if (cut && (!cut.needsListBefore || size >= listCutFactor * chunkSize)) {
        cuts.push({ offset: lineStart, ...cut })
        pieceStart = lineStart
      }
      openBlock = openingBlock({ line, previous })
    }

    previous = line
    lineStart = lineEnd + 1
  }
  return cuts
}

/** Whether a piece may start at this line, given the line before it. */
function cutAt({ line, previous }: { line: string; previous: string }): Omit<Cut, 'offset'> | null {
  if (!/^\S/.test(line)) return null
  const previousBlank = previous.trim() === ''
  // A list item with content ("-" alone cannot interrupt a paragraph); "- - -" and "***" are thematic breaks.
  const marker = /^(?:([-*+])|\d{1,9}([.)]))[ \t]+\S/.exec(line)
  if (marker && !/^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,})$/.test(line)) {
    // Only a cut inside a list (checked once the piece before is parsed): after a blank or indented
    // line, the item is then a sibling in that list. Elsewhere other lines give cuts enough.
    return previousBlank || /^[ \t]/.test(previous) ? { listMarker: marker[1] ?? marker[2], needsListBefore: true } : null
  }
  if (/^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(line)) return null
  return previousBlank ? { listMarker: null, needsListBefore: false } : null
}

/** The blocks that may hold blank lines or list-like lines: fenced code, and HTML blocks. */
function openingBlock({ line, previous }: { line: string; previous: string }): { fence: string } | { htmlEnd: string } | 'until-blank' | null {
  const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line)
  if (fence && !(fence[1][0] === '`' && fence[2].includes('`'))) return { fence: fence[1] }
  const html = /^ {0,3}<(?:(script|pre|style|textarea)(?:[\s>]|$)|(!--)|(\?)|(![A-Za-z])|(!\[CDATA\[))/i.exec(line)
  if (html) {
    const htmlEnd = html[1] ? `</${html[1].toLowerCase()}>` : html[2] ? '-->' : html[3] ? '?>' : html[5] ? ']]>' : '>'
    // The end marker may close the block on its own first line.
    const rest = line.slice(html.index + html[0].length).toLowerCase()
    return rest.includes(htmlEnd) ? null : { htmlEnd }
  }
  // Any other block starting with "<" may be an HTML block that runs to the next blank line.
  if (/^ {0,3}</.test(line) && (previous.trim() === '' || /^ {0,3}</.test(previous))) return 'until-blank'
  return null
}

/** Whether the list that starts a piece is, in the whole text, the continuation of the list that ends the previous one. */
function continuesList({ text, list, next }: { text: string; list: List; next: List }): boolean {
  return list.ordered === next.ordered && listMarker({ text, list }) === listMarker({ text, list: next })
}

function listMarker({ text, list }: { text: string; list: List }): string | null {
  const offset = list.children[0]?.position?.start.offset
  if (offset === undefined) return null
  const marker = /^[ \t]*(?:([-*+])|\d{1,9}([.)]))/.exec(text.slice(offset, offset + 16))
  return marker ? (marker[1] ?? marker[2]) : null
}

/** One list again, as the whole text gives it: loose when a blank line separates its items anywhere. */
function joinLists({ text, list, next }: { text: string; list: List; next: List }): void {
  const gapStart = list.position?.end.offset
  const gapEnd = next.position?.start.offset
  const blankBetween = gapStart !== undefined && gapEnd !== undefined && /\n[ \t]*\n/.test(text.slice(gapStart, gapEnd))
  list.spread = Boolean(list.spread || next.spread || blankBetween)
  list.children.push(...next.children)
  if (list.position && next.position) list.position.end = next.position.end
}

/**
 * Whether a piece ends inside a fenced code or HTML block that did not
 * close — at the top level, or as the last block of a list item or
 * blockquote (where micromark places the end of the unclosed block
 * differently at the end of a text than before a line that closes its
 * container).
 */
function endsInOpenBlock({ text, tree, end }: { text: string; tree: Root; end: number }): boolean {
  const last = tree.children.at(-1)
  const to = last?.position?.end.offset
  // Only a block that reaches the end of the piece can have been cut short.
  if (!last || to === undefined || text.slice(to, end).trim() !== '') return false
  for (let node: Nodes | undefined = last; node; node = 'children' in node ? node.children.at(-1) : undefined) {
    const from = node.position?.start.offset
    const until = node.position?.end.offset
    if (from === undefined || until === undefined) continue
    if (node.type === 'code' && isUnclosedFence(text.slice(from, until))) return true
    if (node.type === 'html' && isUnclosedHtml(text.slice(from, until))) return true
  }
  return false
}

/** A fence whose last line is not a closing fence (container prefixes such as "> " or indentation aside). */
function isUnclosedFence(source: string): boolean {
  const opening = /^ {0,3}(`{3,}|~{3,})/.exec(source)
  if (!opening) return false
  const lines = source.split('\n')
  if (lines.length < 2) return true
  const closing = /^[ \t>]*(`{3,}|~{3,})[ \t]*$/.exec(lines.at(-1) ?? '')
  return !(closing && closing[1][0] === opening[1][0] && closing[1].length >= opening[1].length)
}

function isUnclosedHtml(source: string): boolean {
  const firstLineEnd = source.indexOf('\n')
  const block = openingBlock({ line: firstLineEnd === -1 ? source : source.slice(0, firstLineEnd), previous: '' })
  if (!block || block === 'until-blank' || 'fence' in block) return false
  return firstLineEnd === -1 || !source.slice(firstLineEnd).toLowerCase().includes(block.htmlEnd)
}

/** Offset just after the front matter (`---` … `---` from line 1), or 0 when there is none. */
function frontMatterEnd(text: string): number {
  if (!/^---[ \t]*\n/.test(text)) return 0
  const closing = /\n---[ \t]*(?:\n|$)/.exec(text)
  return closing ? closing.index + closing[0].length : 0
}

function countLineBreaks({ text, start, end }: { text: string; start: number; end: number }): number {
  let breaks = 0
  for (let at = text.indexOf('\n', start); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) breaks++
  return breaks
}
