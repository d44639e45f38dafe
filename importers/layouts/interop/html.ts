import type { Element, Root, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toMdast } from 'hast-util-to-mdast'
import { toText } from 'hast-util-to-text'
import { gfmToMarkdown } from 'mdast-util-gfm'
import type { Options as ToMarkdownOptions } from 'mdast-util-to-markdown'
import { toMarkdown } from 'mdast-util-to-markdown'
import { hintHtmlClass } from '../../../format/interop'

/**
 * HTML fields of Anki and Moodle (a flashcard's back, Moodle's question text
 * and information for graders) read back into Prepbank's Markdown, with the
 * unified family: hast-util-from-html (the HTML parser of browsers, so any
 * tag soup reads) → hast-util-to-mdast → mdast-util-to-markdown with GFM.
 * The Markdown is written in one style ("-" bullets, "*" emphasis, fenced
 * code), which may differ from the style the hint was written in; the loss
 * report says so.
 */

const markdownOptions: ToMarkdownOptions = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  fences: true,
  rule: '-',
  listItemIndent: 'one',
  extensions: [gfmToMarkdown()],
}

function fragment(html: string): Root {
  return fromHtml(html, { fragment: true })
}

function markdownOf(root: Root): string {
  const markdown = toMarkdown(toMdast(root), markdownOptions)
  return markdown.replace(/\n+$/, '')
}

const isHintDiv = (node: RootContent): node is Element =>
  node.type === 'element' &&
  node.tagName === 'div' &&
  Array.isArray(node.properties.className) &&
  node.properties.className.includes(hintHtmlClass)

const isBlank = (node: RootContent): boolean => node.type === 'text' && node.value.trim() === ''

/**
 * The hints in an HTML field: one per `<div class="prepbank-hint">` when the
 * field is made of them (Prepbank's own exports), else the whole field as one
 * hint. Empty hints are dropped.
 */
export function htmlToHints(html: string): string[] {
  const root = fragment(html)
  const content = root.children.filter((node) => !isBlank(node) && node.type !== 'comment')
  const parts = content.length > 0 && content.every(isHintDiv) ? content.map((div) => ({ type: 'root', children: div.children }) as Root) : [root]
  return parts.map(markdownOf).filter((markdown) => markdown.trim() !== '')
}

/** An HTML field as one line of plain text (prompts): block boundaries and line breaks become spaces. */
export function htmlToLine(html: string): string {
  return toText(fragment(html), { whitespace: 'normal' }).replace(/\s+/g, ' ').trim()
}
