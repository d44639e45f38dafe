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

export function markdownToHtml(markdown: string): string {
  return renderer.render(markdown).trim()
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** Plain text (a prompt) as HTML text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => htmlEscapes[character])
}

/** One `<div class="prepbank-hint">` per hint, so that Prepbank's readers split them again. */
export function hintsToHtml(hints: readonly NormalHint[]): string {
  return hints.map((hint) => `<div class="${hintHtmlClass}">${markdownToHtml(hint.markdown)}</div>`).join('\n')
}
