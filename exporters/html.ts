import MarkdownIt from 'markdown-it'
import type { NormalHint } from './source'
import { hintHtmlClass } from '../format/interop'

/**
 * Hints are Markdown; the HTML targets (Anki, Moodle XML, QTI) get them
 * rendered by markdown-it: CommonMark plus GFM tables and strikethrough,
 * XHTML output (so the QTI package stays well-formed XML). With `html:
 * false`, raw HTML in a hint is escaped and shows as text: a hint can never
 * inject markup into a flashcard or an LMS page. markdown-it rather than
 * micromark: it renders a typical hint about five times faster, which keeps
 * a 10k-question export within its time budget.
 */

const renderer = new MarkdownIt('commonmark', { html: false, xhtmlOut: true, linkify: false, typographer: false }).enable([
  'table',
  'strikethrough',
])

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** Plain text (a prompt) as HTML text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => htmlEscapes[character])
}

/** Characters that can start inline markup, an entity, a table or an HTML tag anywhere in a line. */
// eslint-disable-next-line no-control-regex -- control characters are rewritten by markdown-it, so they leave the fast path
const inlineSyntax = /[\\`*_[\]<>&~|\u0000-\u0009\u000B-\u001F\u007F]/
/** Line starts that open a block: list items, headings, setext underlines. */
const blockStart = /^(?:[-+#=]|\d{1,9}[.)])/

/** A block of a plain hint: a paragraph (lines of plain text), or a tight "- " list of one-line plain items. */
export type PlainBlock = { list: false; text: string } | { list: true; items: string[] }

/** A line with no leading or trailing white space that cannot open a block (list item, heading, setext underline). */
const isPlainLine = (line: string): boolean => line !== '' && !/^\s|\s$/.test(line) && !blockStart.test(line)

/**
 * The blocks of Markdown that is only paragraphs of plain text and tight
 * "- " lists of plain one-line items, with blank lines between blocks and
 * none of the characters that start inline syntax: most interview hints.
 * Null for any other Markdown. markdown-it renders such text as `<p>` and
 * `<ul><li>` of escaped text, which `plainBlocksHtml` writes directly,
 * several times faster (test/exporters/interop.test.ts checks that both
 * give the same bytes). Two lists with a blank line between them are one
 * loose list (`<li><p>`) in CommonMark, and a line without a blank line
 * before it continues a list item: both are left to markdown-it.
 */
export function plainBlocks(markdown: string): PlainBlock[] | null {
  if (inlineSyntax.test(markdown) || markdown.startsWith('\n') || markdown.endsWith('\n')) return null
  const blocks: PlainBlock[] = []
  for (const chunk of markdown.split(/\n{2,}/)) {
    const lines = chunk.split('\n')
    if (lines.every((line) => line.startsWith('- '))) {
      const items = lines.map((line) => line.slice(2))
      if (!items.every(isPlainLine) || blocks.at(-1)?.list) return null
      blocks.push({ list: true, items })
    } else {
      if (!lines.every(isPlainLine)) return null
      blocks.push({ list: false, text: chunk })
    }
  }
  return blocks
}

export function plainBlocksHtml(blocks: readonly PlainBlock[]): string {
  return blocks
    .map((block) => (block.list ? `<ul>\n${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>` : `<p>${escapeHtml(block.text)}</p>`))
    .join('\n')
}

export function markdownToHtml(markdown: string): string {
  const blocks = plainBlocks(markdown)
  return blocks ? plainBlocksHtml(blocks) : renderWithMarkdownIt(markdown)
}

export function renderWithMarkdownIt(markdown: string): string {
  return renderer.render(markdown).trim()
}

/** One `<div class="prepbank-hint">` per hint, so that Prepbank's readers split them again. */
export function hintsToHtml(hints: readonly NormalHint[]): string {
  return hints.map((hint) => `<div class="${hintHtmlClass}">${markdownToHtml(hint.markdown)}</div>`).join('\n')
}
