import type { Html, List, ListItem, Nodes, Paragraph, PhrasingContent, RootContent, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { isQuestionShaped } from '../../question-shape'

/**
 * Blocks that are the page's furniture rather than its content: tables of
 * contents, link lists, "back to top" links, attribution lines, sponsor and
 * layout HTML, MDX imports and components. The reader leaves them out of
 * prompts and hints and reports each as `skipped-navigation` (info).
 */

/** Letters inside links and outside them, over a block's inline content. */
type LinkLetters = { links: number; inLinks: number; outside: number; inPage: number }

const letters = (text: string): number => text.replace(/[^\p{L}]/gu, '').length

function countLinkLetters(node: Nodes, into: LinkLetters): LinkLetters {
  if (node.type === 'link' || node.type === 'linkReference') {
    into.links++
    into.inLinks += letters(toString(node))
    if (node.type === 'link' && node.url.startsWith('#')) into.inPage++
    return into
  }
  if (node.type === 'text' || node.type === 'inlineCode') {
    into.outside += letters(node.value)
    return into
  }
  if (node.type === 'html') {
    // Inline anchors and images carry no words; other inline HTML counts as what it says.
    into.outside += letters(node.value.replace(/<[^>]*>/g, ''))
    return into
  }
  if ('children' in node) for (const child of node.children) countLinkLetters(child as Nodes, into)
  return into
}

function linkLetters(node: Nodes): LinkLetters {
  return countLinkLetters(node, { links: 0, inLinks: 0, outside: 0, inPage: 0 })
}

/** A paragraph (or table) that is links and little else: "* [Intro](#intro)", "| 1 | [What is X?](#x) |". */
export function isLinkParagraph(node: Paragraph | Table): boolean {
  const counts = linkLetters(node)
  return counts.links > 0 && counts.outside <= Math.max(12, 0.3 * counts.inLinks)
}

/** "**[⬆ Back to Top](#top)**", "[↥ back to top](#table-of-contents)". */
export function isBackToTop(node: Paragraph | Html): boolean {
  const text = node.type === 'html' ? node.value.replace(/<[^>]*>/g, ' ') : toString(node)
  return /^[\s\p{So}\p{Sm}↑↥⬆^]*(?:back\s+to\s+(?:the\s+)?(?:top|contents|index|table\s+of\s+contents)|top|наверх|nach\s+oben|retour\s+en\s+haut|volver\s+arriba|回到顶部|返回顶部)\s*$/iu.test(
    text.replace(/(?:\p{Extended_Pictographic}|\u200d|\ufe0f)/gu, ' ').trim(),
  )
}

/** "Source: [Glassdoor](…)", "Via: …": where a question came from, not what it asks. */
export function isAttribution(node: Paragraph): boolean {
  const first = node.children[0] as PhrasingContent | undefined
  const text = toString(node).trim()
  return (
    /^(?:source|sources|via|from|credit|credits|quelle|fuente|источник|来源|出处)\s*[:：]/iu.test(text) &&
    node.children.some((child) => child.type === 'link') &&
    first !== undefined
  )
}

/** "import X from '…'" / "export const …" lines of MDX. */
export function isMdxStatement(node: Paragraph): boolean {
  const text = toString(node).trim()
  return /^(?:import\s+[\w{},*\s$]+\s+from\s+['"][^'"]+['"];?|import\s+['"][^'"]+['"];?|export\s+(?:const|default|function)\b.*)$/s.test(text)
}

/**
 * HTML that shows nothing to read: `<br/>`, `<a name>` anchors, comments,
 * `<details>`/`<summary>`/`<p>`/`<div>` wrappers, images and badges, MDX
 * components (`<InDocAd />`), "back to top" blocks.
 */
export function isLayoutHtml(node: Html): boolean {
  const value = node.value.trim()
  if (/^<!--[\s\S]*-->$/.test(value)) return false
  if (/^<\/?[A-Z][\w.]*(?:\s[^>]*)?\/?>$/.test(value)) return true
  if (isBackToTop(node)) return true
  const words = value
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .trim()
  // Wrappers whose only words are a label: "Hide/Show table of contents", "<summary>Answer</summary>".
  return (
    words === '' ||
    /^(?:(?:hide\s*\/\s*show\s+)?table\s+of\s+contents|(?:show\s+|see\s+)?(?:the\s+)?(?:answers?|solutions?)|ответ|решение|antwort|lösung|réponse|solución|solucion|respuesta|resposta|solução|答案|解答)$/iu.test(
      words.replace(/\s+/g, ' '),
    )
  )
}

/** A list whose items are all links (or groups of links under a label): a table of contents or a link list. */
export function isLinkList(list: List): boolean {
  return list.children.length > 0 && list.children.every((item) => isLinkItem(item))
}

function isLinkItem(item: ListItem): boolean {
  const [first, ...rest] = item.children
  if (!first) return false
  const nested = rest.filter((child) => child.type === 'list') as List[]
  if (rest.length !== nested.length) return false
  if (first.type === 'paragraph') {
    // A label over nested links groups them ("* Basics"); a label that asks is a question whose answer holds links.
    const headed = isLinkParagraph(first) || (nested.length > 0 && toString(first).length <= 60 && !isQuestionShaped(toString(first)))
    return headed && nested.every(isLinkList)
  }
  return first.type === 'list' && isLinkList(first)
}

/**
 * Groups of a table of contents whose group items hold no link ("* Basics"
 * over "  * [What is X?](#what-is-x)"): the sections of a document whose body
 * has none. Keyed by the link text and by the anchor, both normalised.
 */
export function tableOfContentsGroups(list: List): Map<string, string> {
  const groups = new Map<string, string>()
  for (const item of list.children) {
    const [first, ...rest] = item.children
    if (first?.type !== 'paragraph' || linkLetters(first).links > 0) continue
    const group = toString(first).replace(/\s+/g, ' ').trim()
    for (const nested of rest) {
      if (nested.type !== 'list') continue
      for (const entry of nested.children) {
        const paragraph = entry.children[0]
        if (paragraph?.type !== 'paragraph') continue
        const link = paragraph.children.find((child) => child.type === 'link')
        if (!link || link.type !== 'link') continue
        groups.set(anchorKey(toString(link)), group)
        groups.set(anchorKey(link.url.replace(/^#/, '')), group)
      }
    }
  }
  return groups
}

/** GitHub-style anchor of a heading text, loosened: letters and digits only, lower case. */
export function anchorKey(text: string): string {
  let decoded = text
  try {
    decoded = decodeURIComponent(text)
  } catch {
    // A malformed escape stays as written.
  }
  return decoded.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

/** A block that only takes the reader elsewhere or lays the page out: links, anchors, rules, layout HTML. */
export function isNavigationBlock(node: RootContent): boolean {
  switch (node.type) {
    case 'list':
      return isLinkList(node)
    case 'table':
      return isLinkParagraph(node)
    case 'paragraph':
      return isLinkParagraph(node) || isBackToTop(node) || isAttribution(node) || isMdxStatement(node)
    case 'html':
      return isLayoutHtml(node) || /^<!--[\s\S]*-->$/.test(node.value.trim())
    case 'thematicBreak':
    case 'definition':
      return true
    default:
      return false
  }
}
