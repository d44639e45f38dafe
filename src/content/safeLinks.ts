/**
 * Stored links are limited to http(s) and mailto: a `javascript:` or `data:`
 * link in a hint would run in whatever renders it (the admin, a team's LMS).
 * Internal links (to a document, no URL) are kept.
 */

const allowedProtocols = new Set(['http:', 'https:', 'mailto:'])

// Browsers ignore ASCII control characters and whitespace inside a scheme ("java\tscript:").
// eslint-disable-next-line no-control-regex
const ignoredByBrowsers = /[\u0000-\u0020\u007f-\u009f]/g

export const isSafeLinkUrl = (url: unknown): boolean => {
  if (typeof url !== 'string') return false
  try {
    return allowedProtocols.has(new URL(url.replace(ignoredByBrowsers, '')).protocol)
  } catch {
    return false
  }
}

export const unsafeLinkMessage = 'Links must start with http://, https:// or mailto:'

type LexicalNode = { type?: string; children?: LexicalNode[]; fields?: { linkType?: string; url?: unknown } } & Record<string, unknown>

const isLinkNode = (node: LexicalNode): boolean => node.type === 'link' || node.type === 'autolink'

const isUnsafeLink = (node: LexicalNode): boolean =>
  isLinkNode(node) && node.fields?.linkType !== 'internal' && !isSafeLinkUrl(node.fields?.url)

const unwrapUnsafe = (nodes: LexicalNode[], removed: string[]): LexicalNode[] =>
  nodes.flatMap((node) => {
    const children = Array.isArray(node.children) ? unwrapUnsafe(node.children, removed) : undefined
    if (isUnsafeLink(node)) {
      removed.push(String(node.fields?.url ?? ''))
      // The link's text stays; only the link goes.
      return children ?? []
    }
    return children ? [{ ...node, children }] : [node]
  })

/**
 * Lexical rich text with every link that is not http(s), mailto or internal
 * replaced by its text; `removed` lists the URLs that went.
 */
export const withoutUnsafeLinks = <T>(state: T): { state: T; removed: string[] } => {
  const root = (state as { root?: LexicalNode } | null | undefined)?.root
  if (!root || !Array.isArray(root.children)) return { state, removed: [] }
  const removed: string[] = []
  const children = unwrapUnsafe(root.children, removed)
  return removed.length ? { state: { ...state, root: { ...root, children } } as T, removed } : { state, removed }
}
