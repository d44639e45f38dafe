/**
 * Raw HTML in Prepbank's Markdown export, both ways. Prompts and hints are
 * inline Markdown written verbatim, so a `<script>`, `<img onerror=…>` or a
 * `<javascript:…>` autolink in them would reach whoever renders the file.
 * The writer backslash-escapes every `<` that could open raw HTML or an
 * autolink (CommonMark: `<` before a letter, `/`, `!` or `?`), outside code
 * spans and fenced code, so a renderer shows the text; http(s) and mailto
 * autolinks stay links. The reader of the export takes exactly those
 * backslashes off again, so the text reads back as it was written.
 *
 * One text does not round-trip: a `\<` the author wrote before a letter
 * (already shown literally) reads back as `<`. It renders the same.
 */

const htmlOpening = /[A-Za-z/!?]/
const safeSchemes = ['http://', 'https://', 'mailto:']

/** Whether an http(s) or mailto autolink (`<scheme…>`, no space or `<` inside) starts at the `<` at `index`. */
function safeAutolinkAt(text: string, index: number): boolean {
  const head = text.slice(index + 1, index + 9).toLowerCase()
  const scheme = safeSchemes.find((candidate) => head.startsWith(candidate))
  if (!scheme) return false
  for (let at = index + 1 + scheme.length; at < text.length; at++) {
    const character = text[at]
    if (character === '>') return true
    if (character === '<' || /\s/.test(character)) return false
  }
  return false
}
const fenceOpening = /^ {0,3}(`{3,}|~{3,})/

type Mode = 'escape' | 'unescape'

/** The length of the code span (backticks included) that starts at `from`, or 0 when the backticks stay literal. */
function codeSpanLength(text: string, from: number): number {
  let run = 0
  while (text[from + run] === '`') run++
  for (let index = from + run; index < text.length; ) {
    if (text[index] !== '`') {
      index++
      continue
    }
    let closing = 0
    while (text[index + closing] === '`') closing++
    if (closing === run) return index + closing - from
    index += closing
  }
  return 0
}

function transform(text: string, mode: Mode): string {
  let out = ''
  let fence: { marker: string; length: number } | null = null
  let lineStart = true
  for (let index = 0; index < text.length; ) {
    if (lineStart) {
      lineStart = false
      const end = text.indexOf('\n', index)
      const lineEnd = end === -1 ? text.length : end + 1
      const line = text.slice(index, end === -1 ? text.length : end)
      const marker = fenceOpening.exec(line)?.[1] ?? ''
      const current = fence
      if (current) {
        const closes = marker !== '' && marker[0] === current.marker && marker.length >= current.length && /^ {0,3}[`~]+[ \t]*$/.test(line)
        if (closes) fence = null
      } else if (marker !== '' && !(marker[0] === '`' && line.slice(line.indexOf(marker) + marker.length).includes('`'))) {
        // A backtick fence's info string cannot hold a backtick.
        fence = { marker: marker[0], length: marker.length }
      }
      if (current || fence) {
        out += text.slice(index, lineEnd)
        index = lineEnd
        lineStart = true
        continue
      }
    }
    const character = text[index]
    if (character === '\n') {
      out += character
      index++
      lineStart = true
    } else if (character === '\\') {
      const next = text[index + 1]
      if (mode === 'unescape' && next === '<' && htmlOpening.test(text[index + 2] ?? '') && !safeAutolinkAt(text, index + 1)) {
        out += '<'
        index += 2
      } else if (next !== undefined && next !== '\n') {
        out += character + next
        index += 2
      } else {
        out += character
        index++
      }
    } else if (character === '`') {
      let length = codeSpanLength(text, index)
      if (length === 0) while (text[index + length] === '`') length++
      out += text.slice(index, index + length)
      index += length
    } else {
      if (mode === 'escape' && character === '<' && htmlOpening.test(text[index + 1] ?? '') && !safeAutolinkAt(text, index)) out += '\\'
      out += character
      index++
    }
  }
  return out
}

/** Markdown with every `<` that could open raw HTML (or an unsafe autolink) backslash-escaped. */
export const escapeRawHtml = (markdown: string): string => (markdown.includes('<') ? transform(markdown, 'escape') : markdown)

/** The inverse of escapeRawHtml, for the reader of Prepbank's Markdown export. */
export const unescapeRawHtml = (markdown: string): string => (markdown.includes('\\<') ? transform(markdown, 'unescape') : markdown)
