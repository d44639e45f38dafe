import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

/**
 * Plain text of a hint's Markdown, for banks that carry Markdown only (a
 * re-imported export): blocks are separated by a blank line, list items and
 * table rows by a line break, table cells by a tab; markup, HTML and
 * thematic breaks are dropped.
 */

const markdownParser = unified().use(remarkParse).use(remarkGfm)

function phrasingText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          return node.value
        case 'break':
          return '\n'
        case 'image':
        case 'imageReference':
          return node.alt ?? ''
        case 'html':
        case 'footnoteReference':
          return ''
        default:
          return phrasingText(node.children)
      }
    })
    .join('')
}

function joinBlocks({ blocks, separator }: { blocks: readonly RootContent[]; separator: string }): string {
  return blocks
    .map(blockText)
    .filter((text) => text !== '')
    .join(separator)
}

function blockText(node: RootContent | Nodes): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return phrasingText(node.children)
    case 'code':
      return node.value
    case 'list':
      return joinBlocks({ blocks: node.children, separator: '\n' })
    case 'listItem':
      return joinBlocks({ blocks: node.children, separator: '\n' })
    case 'table':
      return joinBlocks({ blocks: node.children, separator: '\n' })
    case 'tableRow':
      return node.children.map((cell) => phrasingText(cell.children)).join('\t')
    case 'blockquote':
    case 'footnoteDefinition':
    case 'root':
      return joinBlocks({ blocks: node.children, separator: '\n\n' })
    default:
      // html, thematicBreak, definition, yaml: no readable text of their own.
      return 'children' in node ? phrasingText(node.children as PhrasingContent[]) : ''
  }
}

export function markdownToPlainText(markdown: string): string {
  const root = markdownParser.parse(markdown) as Root
  return blockText(root).trim()
}
