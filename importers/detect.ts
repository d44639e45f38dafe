import { isTitleLike } from './header'
import { isAsciiDoc } from './layouts/markdown/asciidoc'
import { isRestructuredText } from './layouts/markdown/restructured-text'
import type { Layout } from '../format/model'

/**
 * Which layout a (normalised) document is in. The rules go from the most
 * specific signature to the least, so a plain-text bank that happens to hold
 * a "- point" line is not taken for Markdown, and a Markdown file that says
 * "5 questions" under a heading is not taken for the plain-text layout.
 */

/** The layout shows in the head of a document; scanning more would only cost time. */
const headLength = 1024 * 1024

export function detectLayout({ text, path }: { text: string; path?: string }): Layout {
  const head = text.slice(0, headLength)

  if (/^\s*\{/.test(head) && /"format"\s*:\s*"prepbank/.test(head)) return 'prepbank-json'
  const firstLineEnd = head.indexOf('\n')
  const firstLine = firstLineEnd === -1 ? head : head.slice(0, firstLineEnd)
  if (/^"?id"?\s*,\s*"?role"?\s*,\s*"?level"?\s*(?:,|$)/i.test(firstLine)) return 'prepbank-csv'
  const interop = detectInteropLayout({ head, firstLine })
  if (interop !== null) return interop
  if (/^---[ \t]*\n(?:.*\n)*?(?:---|\.\.\.)[ \t]*(?:\n|$)/.test(head)) return 'markdown'
  // reStructuredText and AsciiDoc are read by the Markdown layout, which turns them into the Markdown of their rendered page.
  if (isRestructuredText({ text: head, path }) || isAsciiDoc({ text: head, path })) return 'markdown'
  // "5 questionsA strong answer …": nothing but the plain-text bank writes this.
  if (/^[ \t]*\d{1,5}[ \t]*[Qq]uestion(?:s\S|[^\ss])/m.test(head)) return 'prepbank-text'

  const lines = head.split('\n')
  if (lines.some((line, index) => isAtxHeading(line) || isSetextUnderline({ line, above: lines[index - 1] }))) return 'markdown'
  if (lines.some((line, index) => isCountLine(line) && isTitleLike(previousContent({ lines, index })))) return 'prepbank-text'
  if (lines.some((line) => isQuestionLabel(line))) return 'qa'
  // "•" / "◦" bullets are what a rendered page copies out as; Markdown never writes them, so its nested lists are no sign of it then.
  const copiedFromPage = lines.some((line) => /^\s*[•◦●▪]\s/u.test(line))
  if (!copiedFromPage && lines.some((line, index) => isMarkdownStructure({ line, above: lines[index - 1] }))) return 'markdown'
  return 'qa'
}

function isAtxHeading(line: string): boolean {
  return /^ {0,3}#{1,6}(?:[ \t]|$)/.test(line)
}

/**
 * "===" under text is always a heading; "---" only under a title-like line,
 * since plain-text Q&A files use "---" as a separator after an answer.
 */
function isSetextUnderline({ line, above }: { line: string; above: string | undefined }): boolean {
  if (above === undefined || above.trim() === '' || /^\s*(?:[-*+>]|\d+[.)])\s/.test(above)) return false
  if (/^ {0,3}=+[ \t]*$/.test(line)) return true
  return /^ {0,3}-+[ \t]*$/.test(line) && isTitleLike(above.trim())
}

function isCountLine(line: string): boolean {
  return /^[ \t]*\d{1,5}[ \t]+[Qq]uestions?[ \t]*$/.test(line)
}

function previousContent({ lines, index }: { lines: string[]; index: number }): string {
  for (let at = index - 1; at >= 0; at--) if (lines[at].trim() !== '') return lines[at].trim()
  return ''
}

function isQuestionLabel(line: string): boolean {
  return /^\s*(?:\d{1,4}\s*[.)]\s*)?(?:Q|Question)\s*\d{0,4}\s*[:.)]\s*\S/i.test(line)
}

/** Blockquotes, lists nested under list items, bold paragraphs and code fences. */
function isMarkdownStructure({ line, above }: { line: string; above: string | undefined }): boolean {
  if (/^ {0,3}>/.test(line)) return true
  if (/^ {0,3}(?:```|~~~)/.test(line)) return true
  if (/^ {0,3}(?:\*\*|__)\S.*(?:\*\*|__)\s*$/.test(line)) return true
  return /^[ \t]{2,}(?:[-*+]|\d{1,3}[.)])[ \t]/.test(line) && above !== undefined && /^\s*(?:[-*+]|\d{1,3}[.)])[ \t]/.test(above)
}

/**
 * The interop layouts (importers/layouts/interop/): each has a signature no
 * Markdown or plain-text bank carries, so they are tried before those.
 */
function detectInteropLayout({ head, firstLine }: { head: string; firstLine: string }): Layout | null {
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<quiz[\s>]/.test(head)) return 'moodle-xml'
  if (/^#(?:separator|html|guid column|notetype|deck|tags column|columns):/i.test(firstLine)) return 'anki-text'
  // "$CATEGORY:" or a "::title::" opening a line; GIFT without either is told by --layout gift.
  if (/^\$CATEGORY:/m.test(head) || /^[ \t]*::\S[^\n]*?::/m.test(head)) return 'gift'
  if (/^ANSWER:[ \t]*[A-Z][ \t]*$/m.test(head) && /^[A-Z][.)][ \t]+\S/m.test(head)) return 'aiken'
  return null
}
