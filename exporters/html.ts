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

/**
 * True for Markdown that is only paragraphs of plain text, lines without
 * leading or trailing white space and none of the characters that start
 * Markdown syntax: most interview hints. markdown-it renders such text as
 * `<p>` paragraphs of escaped text, which `plainParagraphsHtml` writes
 * directly, several times faster (test/exporters/interop.test.ts checks that
 * both give the same bytes).
 */
export function isPlainParagraphs(markdown: string): boolean {
  if (inlineSyntax.test(markdown) || markdown.startsWith('\n') || markdown.endsWith('\n')) return false
  for (const line of markdown.split('\n')) {
    if (line === '') continue
    if (/^\s|\s$/.test(line) || blockStart.test(line)) return false
  }
  return true
}

/** The paragraphs of Markdown that `isPlainParagraphs` accepts, as plain text. */
export function plainParagraphs(markdown: string): string[] {
  return markdown.split(/\n{2,}/).filter((paragraph) => paragraph !== '')
}

export function plainParagraphsHtml(markdown: string): string {
  return plainParagraphs(markdown)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('\n')
}

export function markdownToHtml(markdown: string): string {
  return isPlainParagraphs(markdown) ? plainParagraphsHtml(markdown) : renderWithMarkdownIt(markdown)
}

export function renderWithMarkdownIt(markdown: string): string {
  return renderer.render(markdown).trim()
}

/** One `<div class="prepbank-hint">` per hint, so that Prepbank's readers split them again. */
export function hintsToHtml(hints: readonly NormalHint[]): string {
  return hints.map((hint) => `<div class="${hintHtmlClass}">${markdownToHtml(hint.markdown)}</div>`).join('\n')
}
