import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast'

import remarkParse from 'remark-parse'
import { unified } from 'unified'

import type { RichText } from './lexicalMarkdown'

/**
 * Markdown → Lexical JSON (and its Markdown form) straight from mdast, for
 * the shapes hints nearly always have: paragraphs of text with bold,
 * italic and inline code, and flat bullet or numbered lists. It gives
 * exactly what convertMarkdownToLexical and convertLexicalToMarkdown give
 * (test/content/markdownToLexicalJson.test.ts checks every importer
 * fixture), without building a headless editor per hint, which is the
 * largest cost of a bulk import.
 *
 * Lexical's Markdown import is line-based regexes, not CommonMark, so the
 * two readings agree only on a subset. Anything outside it returns null
 * and the caller falls back to the editor: never a different result.
 */

type TextNode = { detail: 0; format: number; mode: 'normal'; style: ''; text: string; type: 'text'; version: 1 }
type LexicalBlock = Record<string, unknown>

const processor = unified().use(remarkParse).freeze()

const formatBits = { bold: 1, italic: 2, code: 16 } as const

/**
 * Text whose meaning differs between CommonMark and Lexical's regexes: escapes, HTML, strikethrough,
 * links and images, entities, `_` that is not inside a word, tables, tabs, fences, `***`.
 */
const unsafeText = /[\\<~\t\r]|\]\(|\]:|\]\[|!\[|&#?\w+;|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|^\||\*\*\*|```/mu
/** Lines Lexical reads as blocks of their own whatever CommonMark says (its element transformers and normalizeMarkdown). */
const blockLine = /^(?:#{1,6}\s|>|\d+[.)]\s|[-*+]\s|\s*-?\s?\[(?:\s|x)?\]\s|---\s*$|===*\s*$)/i
const listLine = { bullet: /^[-*+]\s\S/, number: /^\d+\.\s\S/ }
/** A line of a block: no hard break (trailing spaces), and no block marker even after its indentation. */
const plainLine = (line: string, index: number) =>
  line === line.trimEnd() && (index === 0 ? line === line.trimStart() : true) && !blockLine.test(line) && !blockLine.test(line.trimStart())

const textNode = (text: string, format = 0): TextNode => ({ detail: 0, format, mode: 'normal', style: '', text, type: 'text', version: 1 })

const blockBase = { direction: null, format: '', indent: 0 }

/** Inline content as Lexical text nodes, or null outside the subset. Soft line breaks become spaces, as Lexical merges lines. */
const inlineNodes = (children: PhrasingContent[]): TextNode[] | null => {
  const nodes: TextNode[] = []
  for (const child of children) {
    if (child.type === 'text') {
      if (/[*`]/.test(child.value)) return null
      nodes.push(textNode(child.value.replace(/\n/g, ' ')))
    } else if (child.type === 'inlineCode') {
      if (/[`\n]/.test(child.value) || child.value.trim() !== child.value || !child.value) return null
      nodes.push(textNode(child.value, formatBits.code))
    } else if (child.type === 'strong' || child.type === 'emphasis') {
      const [only] = child.children
      if (child.children.length !== 1 || only.type !== 'text' || /[*`\n]/.test(only.value) || only.value.trim() !== only.value) return null
      nodes.push(textNode(only.value, child.type === 'strong' ? formatBits.bold : formatBits.italic))
    } else return null
  }
  // Lexical never stores two neighbours with one format, nor text beside a format it could merge into.
  for (let index = 1; index < nodes.length; index += 1) if (nodes[index].format === nodes[index - 1].format) return null
  return nodes.length ? nodes : null
}

/** A node's Markdown as Lexical exports it: Markdown characters escaped outside code, tags around the trimmed text, whitespace kept outside. */
const exportText = (node: TextNode): string => {
  const tag = node.format === formatBits.bold ? '**' : node.format === formatBits.italic ? '*' : node.format === formatBits.code ? '`' : ''
  const trimmed = node.text.trim()
  const escaped = node.format === formatBits.code ? trimmed : trimmed.replace(/([*_`~\\])/g, '\\$1')
  return node.text.replace(trimmed, () => `${tag}${escaped}${tag}`)
}

const linesOf = ({ lines, node }: { lines: string[]; node: { position?: { start: { line: number }; end: { line: number } } } }) =>
  node.position ? lines.slice(node.position.start.line - 1, node.position.end.line) : null

const paragraphBlock = ({ paragraph, lines }: { paragraph: Paragraph; lines: string[] }) => {
  const own = linesOf({ lines, node: paragraph })
  if (!own || !own.every(plainLine)) return null
  const children = inlineNodes(paragraph.children)
  if (!children) return null
  return {
    // Lexical's paragraph remembers the format of the text it starts with.
    json: { children, ...blockBase, type: 'paragraph', version: 1, textFormat: children[0].format, textStyle: '' },
    markdown: children.map(exportText).join(''),
  }
}

const listBlock = ({ list, lines }: { list: List; lines: string[] }) => {
  const listType = list.ordered ? 'number' : 'bullet'
  const start = list.ordered ? (list.start ?? 1) : 1
  if (list.spread || list.children.some((item) => item.spread || item.checked !== null && item.checked !== undefined)) return null
  const items: LexicalBlock[] = []
  const markdown: string[] = []
  for (const [index, item] of (list.children as ListItem[]).entries()) {
    const own = linesOf({ lines, node: item })
    const [paragraph] = item.children
    if (!own || own.length !== 1 || !listLine[listType].test(own[0]) || own[0] !== own[0].trimEnd()) return null
    if (item.children.length !== 1 || paragraph.type !== 'paragraph') return null
    // "- [ ] …" is a check list to the editor (its own node type): leave it to the editor.
    if (/^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\](?:\s|$)/.test(own[0])) return null
    const children = inlineNodes(paragraph.children)
    if (!children) return null
    const value = start + index
    items.push({ children, ...blockBase, type: 'listitem', version: 1, value })
    markdown.push(`${list.ordered ? `${value}. ` : '- '}${children.map(exportText).join('')}`)
  }
  // Lexical numbers a list from its first marker and ignores the others: only lists numbered in order agree.
  if (list.ordered && listLines({ lines, list }).some((line, index) => !line.startsWith(`${start + index}. `))) return null
  return {
    json: { children: items, ...blockBase, type: 'list', version: 1, listType, start, tag: list.ordered ? 'ol' : 'ul' },
    markdown: markdown.join('\n'),
  }
}

const listLines = ({ lines, list }: { lines: string[]; list: List }): string[] => linesOf({ lines, node: list }) ?? []

const block = ({ node, lines }: { node: RootContent; lines: string[] }) => {
  if (node.type === 'paragraph') return paragraphBlock({ paragraph: node, lines })
  if (node.type === 'list') return listBlock({ list: node, lines })
  return null
}

export type HintForms = { text: RichText; markdown: string }

/** The Lexical JSON and the Markdown Lexical would export for it; null when the editor must decide. */
export const markdownToLexicalJson = (markdown: string): HintForms | null => {
  if (unsafeText.test(markdown)) return null
  const lines = markdown.split('\n')
  const tree = processor.parse(markdown)
  const blocks: { json: LexicalBlock; markdown: string }[] = []
  let lastLine = 0
  for (const node of tree.children) {
    const converted = block({ node, lines })
    if (!converted || !node.position) return null
    // Two blocks on adjacent lines are one paragraph to Lexical unless the second starts a list.
    if (blocks.length && node.position.start.line === lastLine + 1 && node.type !== 'list') return null
    if (blocks.length && node.type === 'list' && tree.children[tree.children.indexOf(node) - 1]?.type === 'list') return null
    lastLine = node.position.end.line
    blocks.push(converted)
  }
  if (!blocks.length) return null
  return {
    text: { root: { children: blocks.map((converted) => converted.json), ...blockBase, type: 'root', version: 1 } } as unknown as RichText,
    markdown: blocks.map((converted) => converted.markdown).join('\n\n'),
  }
}
