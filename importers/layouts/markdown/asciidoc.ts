import { indentOf, rewriteInlineRuns } from './markup-lines'

/**
 * AsciiDoc (a Java project's `faq.adoc`, Antora docs) read as the Markdown a
 * reader of its rendered page would see, line for line, as reStructuredText
 * is (restructured-text.ts), so every message keeps the line of the .adoc file:
 *
 *     = JBang FAQ                ← "# JBang FAQ"; "== …" to "###### …" likewise, "Title" over "~~~~" too
 *     :toc: left                 ← attribute entries, "ifdef::…[]", "include::…[]", "// comments": blank
 *     [[faq.blocking]]           ← anchors, block attributes ("[source,java]", "[NOTE]") and ".Block titles": blank
 *     [qanda]
 *     Why the name?::            ← "**Why the name?**": a description list's term, bold as the page shows it
 *       Because …                ← its description, the answer
 *     ----                       ← "```java": listing ("----") and literal ("....") blocks are code
 *     ____                       ← quote blocks, admonition blocks and "NOTE: …" paragraphs are quotes
 *     |===                       ← a table of one-line rows with a blank line under its header: a pipe table
 *     *bold* link:u[text] <<id,text>>   ← "**bold**", "[text](u)", "[text](#id)"
 *
 * Markdown would otherwise take "== Title" and "Why?::" for paragraphs and
 * "----" for a thematic break. A term right under the text before it (no
 * blank line between) stays in that paragraph, and one with its description
 * on the same line ("Why?:: Because.") keeps it in the bold line: Markdown has
 * no line to break them onto.
 */

const attributeEntry = /^:!?\w[\w-]*!?:(?:[ \t].*)?$/
const preprocessor = /^(?:ifdef|ifndef|ifeval|endif|include)::[^[]*\[.*\]$/
const sectionTitle = /^(={1,6})[ \t]+(\S.*?)(?:[ \t]+=+)?[ \t]*$/
/** "[[id]]", "[#id]", "[source,java]", "[%unbreakable]", "[NOTE]", "[qanda]": a line that sets the next block's attributes. */
const blockAttributes = /^\[(?:\[[^\]]*\]|[^[\]\s][^\]]*|)\][ \t]*$/
/** ".Title" over a block; ". item" (with a space) is an ordered list item, "..." more dots a literal block. */
const blockTitle = /^\.[^\s.]/
const admonitionLabel = /^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]/
const admonitionStyle = /^\[(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)(?:[,#.%][^\]]*)?\]$/
/** "Term::" (and ":::", "::::", ";;") with its description on the same line or under it. */
const descriptionTerm = /^[ \t]*(\S.*?)(?::{2,4}|;;)(?:[ \t]+(.*))?$/
/** Two-line titles: the underline character gives the level. */
const underlineLevels = new Map([['=', 1], ['-', 2], ['~', 3], ['^', 4], ['+', 5]])

/** A file named .adoc / .asciidoc / .asc, or text with AsciiDoc's own header: a "= Title" first line with "==" sections or ":attribute:" lines. */
export function isAsciiDoc({ text, path }: { text: string; path?: string }): boolean {
  if (path !== undefined && /\.(?:adoc|asciidoc|asc)$/i.test(path)) return true
  const lines = text.slice(0, 64 * 1024).split('\n')
  const first = lines.findIndex((line) => line.trim() !== '' && !/^\/\//.test(line))
  if (first === -1 || !/^=[ \t]+\S/.test(lines[first])) return false
  return attributeEntry.test(lines[first + 1] ?? '') || lines.some((line) => /^==[ \t]+\S/.test(line))
}

/** Same number of lines as `text`; see the module comment for what each AsciiDoc construct becomes. */
export function asciiDocAsMarkdown(text: string): string {
  /** Rewritten in place where a table's cell markers are taken off, so the blocks in its cells are read like any other. */
  const lines = text.split('\n')
  const out = [...lines]
  /** Lines that are code in the result: inline markup is not rewritten in them. */
  const literal = new Array<boolean>(lines.length).fill(false)
  /** Lines inside a quote, admonition block or admonition paragraph: "> " goes before them at the end. */
  const quoted = new Array<boolean>(lines.length).fill(false)
  const blank = (index: number): void => {
    out[index] = ''
  }
  const closing = (from: number, delimiter: string): number => {
    for (let at = from; at < lines.length; at++) if (lines[at].trimEnd() === delimiter) return at
    return lines.length
  }

  let index = 0
  // The header: "= Title", then its author and revision lines, up to the first blank line.
  while (index < lines.length && (lines[index].trim() === '' || /^\/\//.test(lines[index]))) index++
  if (/^=[ \t]+\S/.test(lines[index] ?? '')) {
    index++
    while (index < lines.length && lines[index].trim() !== '') {
      if (!attributeEntry.test(lines[index]) && !preprocessor.test(lines[index]) && !/^\/\//.test(lines[index])) blank(index)
      index++
    }
  }

  // Without a "= Title", the shallowest section level is the page's title.
  const shallowest = Math.min(...lines.map((line) => sectionTitle.exec(line.trimEnd())?.[1].length ?? 6))
  /** The style of the last block attribute line ("source,java" → "source"), for the block under it. */
  let style = ''
  let language = ''
  let previousBlank = true
  /** Delimiters of the quote, example, sidebar and open blocks the reader is in. */
  const open: string[] = []
  for (index = 0; index < lines.length; index++) {
    const line = lines[index]
    const trimmed = line.trimEnd()
    if (trimmed === '') {
      previousBlank = true
      continue
    }
    if (attributeEntry.test(trimmed) || preprocessor.test(trimmed) || (/^\/\//.test(trimmed) && !/^\/{4,}$/.test(trimmed))) {
      blank(index)
      continue
    }
    // Attribute lines stand over a block, never inside a paragraph.
    if (previousBlank && blockAttributes.test(trimmed)) {
      const inside = trimmed.slice(1, -1)
      if (!inside.startsWith('[') && !inside.startsWith('#') && !inside.startsWith('%')) {
        style = inside.split(',')[0].trim()
        language = style === 'source' ? (inside.split(',')[1] ?? '').trim() : ''
      }
      if (admonitionStyle.test(trimmed)) style = 'admonition'
      blank(index)
      continue
    }
    if (blockTitle.test(trimmed) && previousBlank) {
      blank(index)
      continue
    }
    const delimiter = /^(-{4,}|\.{4,}|_{4,}|={4,}|\*{4,}|\/{4,}|\+{4,}|--)$/.exec(trimmed)?.[1]
    if (delimiter !== undefined && open.at(-1) === delimiter) {
      open.pop()
      blank(index)
      previousBlank = true
      continue
    }
    if (delimiter !== undefined) {
      const end = closing(index + 1, delimiter)
      const kind = delimiter[0]
      if ((kind === '-' && delimiter !== '--') || kind === '.') {
        // Listing and literal blocks: a fence, the lines in it untouched.
        out[index] = kind === '-' && language !== '' ? `\`\`\`${language}` : '```'
        for (let at = index + 1; at < end; at++) literal[at] = true
        if (end < lines.length) out[end] = '```'
      } else if (kind === '/') {
        for (let at = index; at <= Math.min(end, lines.length - 1); at++) blank(at)
      } else {
        // Quote, example, sidebar, open and passthrough blocks: their content is read as it stands, quotes and admonitions as quotes.
        blank(index)
        if (end < lines.length) open.push(delimiter)
        if (kind === '_' || style === 'admonition' || style === 'quote') for (let at = index + 1; at < end; at++) quoted[at] = true
        style = ''
        language = ''
        previousBlank = true
        continue
      }
      index = end
      style = ''
      language = ''
      previousBlank = true
      continue
    }
    if (trimmed.startsWith('|===')) {
      index = tableAsMarkdown({ lines, out, from: index })
      style = ''
      previousBlank = true
      continue
    }
    const wasBlank = previousBlank
    previousBlank = false
    if (trimmed === '+') {
      // A list continuation: the attached block is a paragraph of its own.
      blank(index)
      previousBlank = true
      continue
    }
    const section = sectionTitle.exec(trimmed)
    if (section && wasBlank) {
      out[index] = `${'#'.repeat(section[1].length - shallowest + 1)} ${section[2]}`
      style = ''
      continue
    }
    const underline = lines[index + 1]?.trimEnd() ?? ''
    const level = underlineLevels.get(underline[0] ?? '')
    if (wasBlank && level !== undefined && /^(.)\1+$/.test(underline) && /^\w/.test(trimmed) && Math.abs(underline.length - trimmed.length) <= 1 && !descriptionTerm.test(trimmed)) {
      out[index] = `${'#'.repeat(level)} ${trimmed}`
      blank(index + 1)
      index++
      previousBlank = true
      continue
    }
    if (wasBlank && indentOf(line) > 0 && !/^[ \t]*(?:[-*.]+|\d+\.)[ \t]/.test(line)) {
      // An indented paragraph is a literal one, shown as written.
      let end = index
      while (end < lines.length && lines[end].trim() !== '') end++
      for (let at = index; at < end; at++) {
        literal[at] = true
        out[at] = `    ${lines[at]}`
      }
      index = end - 1
      continue
    }
    const admonition = wasBlank && (admonitionLabel.test(trimmed) || style === 'admonition')
    style = ''
    if (admonition) {
      for (let at = index; at < lines.length && lines[at].trim() !== ''; at++) quoted[at] = true
      continue
    }
    const found = descriptionTerm.exec(trimmed)
    if (found && !/^[ \t]*(?:[*-]+|\.+|\d+\.)[ \t]/.test(line) && !/:\/\//.test(found[1])) {
      // The term in bold, as the page shows it; in a "[qanda]" list it is the question, its description the answer.
      out[index] = found[2] ? `**${found[1]}** ${found[2]}` : `**${found[1]}**`
      continue
    }
    const bullet = /^[ \t]*(\*{1,5}|-)[ \t]+(.*)$/.exec(line)
    if (bullet) {
      out[index] = `${'  '.repeat(bullet[1] === '-' ? 0 : bullet[1].length - 1)}- ${bullet[2]}`
      continue
    }
    const numbered = /^[ \t]*(\.{1,5})[ \t]+(.*)$/.exec(line)
    if (numbered) {
      out[index] = `${'   '.repeat(numbered[1].length - 1)}1. ${numbered[2]}`
      continue
    }
    // "<1> …" under a listing: its callouts, a numbered list on the page.
    const callout = /^<(\d+|\.)>[ \t]/.exec(line)
    if (callout) out[index] = `${callout[1] === '.' ? 1 : callout[1]}. ${line.slice(callout[0].length)}`
  }
  const rewritten = rewriteInlineRuns({ lines: out, literal, inline: inlineAsMarkdown })
  return rewritten.map((line, at) => (quoted[at] ? (line.trim() === '' ? '>' : `> ${line}`) : line)).join('\n')
}

/**
 * A table of one-line rows ("| a | b") whose header row has a blank line
 * under it becomes a pipe table, the blank line its "| --- |" row; any
 * other table keeps its cells' text, each row a line.
 */
function tableAsMarkdown({ lines, out, from }: { lines: string[]; out: string[]; from: number }): number {
  let end = from + 1
  while (end < lines.length && !lines[end].trimEnd().startsWith('|===')) end++
  const rows = lines.slice(from + 1, end)
  const cells = (row: string): string[] => row.trim().slice(1).split(/(?<!\\)\|/).map((cell) => cell.trim())
  const filled = rows.filter((row) => row.trim() !== '')
  const simple =
    rows.length > 2 &&
    rows[0].trim().startsWith('|') &&
    rows[1].trim() === '' &&
    filled.every((row) => /^\|/.test(row.trim()) && cells(row).length === cells(rows[0]).length)
  out[from] = ''
  if (end < lines.length) {
    out[end] = ''
    lines[end] = ''
  }
  if (!simple) {
    // Each row a line of its cells' text; the reader goes on inside the table, where a cell may hold a listing.
    for (let at = from + 1; at < end; at++) {
      lines[at] = lines[at].replace(/^[ \t]*a?\|[ \t]*/, '').replace(/[ \t]+a?\|[ \t]+/g, ' — ')
      out[at] = lines[at]
    }
    return from
  }
  for (let at = from + 1; at < end; at++) {
    if (lines[at].trim() === '') out[at] = at === from + 2 ? `|${' --- |'.repeat(cells(rows[0]).length)}` : ''
    else out[at] = `| ${cells(lines[at]).join(' | ')} |`
  }
  return end
}

function inlineAsMarkdown(text: string): string {
  return (
    text
      // link:url[text], https://…[text], mailto:…[text]; "[]" shows the address
      .replace(/(?:link:)?((?:https?|ftp|mailto|file):[^\s[\]]+|(?<=link:)[^\s[\]]+)\[([^\]]*)\]/g, (_, url: string, label: string) =>
        label.trim() === '' ? url : `[${label.replace(/\^$/, '').replace(/^"(.*)"$/, '$1')}](${url})`,
      )
      // xref:page.adoc#id[text] and <<id,text>>: links within the docs
      .replace(/xref:([^\s[\]]*?)(?:#([^\s[\]]*))?\[([^\]]+)\]/g, (_, page: string, id: string | undefined, label: string) => `[${label}](#${id ?? page})`)
      .replace(/<<([^,>\s]+)(?:,[ \t]*([^>]+))?>>/g, (_, id: string, label: string | undefined) => `[${label?.trim() || id}](#${id})`)
      // *bold* (constrained) → **bold**; **bold** stays
      .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S|\S)\*(?![\w*])/g, '$1**$2**')
      // #highlight# and [.role]#text#: their text ("###" of a heading is no highlight)
      .replace(/(?:\[\.[\w-]+\])?(?<![\w#])#([^#\s](?:[^#\n]*[^#\s])?)#(?![\w#])/g, '$1')
  )
}
