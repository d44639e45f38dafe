import { indentOf, rewriteInlineRuns } from './markup-lines'

/**
 * reStructuredText (a Python project's `faq.rst`, Sphinx docs) read as the
 * Markdown a reader of its rendered page would see, line for line, so every
 * message keeps the line of the .rst file:
 *
 *     ===============            ← overline: blank
 *     Programming FAQ            ← "# Programming FAQ" (depth by the order adornment styles first appear)
 *     ===============            ← blank
 *     Why is X?                  ← "## Why is X?"
 *     ---------                  ← blank
 *     For example::              ← "For example:"
 *                                ←
 *        >>> x = 1               ← a literal block: indented to code (Markdown reads three spaces as a paragraph, ">>>" as quotes)
 *     .. index:: single: x       ← directives, comments, targets: blank (admonitions keep their text as a quote)
 *     :func:`len`                ← "`len()`"; ``x`` → `x`; `text <url>`_ → [text](url)
 *
 * Markdown would otherwise take "   # comment" in a literal block for a
 * heading and the title's overline for a paragraph.
 */

/** The punctuation rst draws section adornments with. */
const adornment = /^([=\-~^"'`#*+:._<>!$%&,;?@|\\/])\1{2,}[ \t]*$/
const explicitMarkup = /^([ \t]*)\.\.(?:[ \t]|$)/
const directive = /^[ \t]*\.\.[ \t]+([\w:-]+)::(.*)$/
/** Directives whose body a reader sees as a note beside the text. */
const admonitions = new Set(['note', 'warning', 'tip', 'hint', 'important', 'caution', 'attention', 'danger', 'error', 'seealso', 'admonition'])
const codeDirectives = new Set(['code-block', 'code', 'sourcecode', 'literalinclude', 'doctest', 'testcode'])
/** Roles Sphinx renders as code; `func` and `meth` with "()" after the name. */
const codeRoles = /^(?:[a-z]+:)?(?:func|meth|class|mod|data|attr|exc|obj|const|keyword|option|envvar|program|file|command|samp|type|member|macro|var|kbd|makevar)$/

/** A file named .rst / .rest, or text with rst's own signs: a directive or target, and a title underlined as rst does it. */
export function isRestructuredText({ text, path }: { text: string; path?: string }): boolean {
  if (path !== undefined && /\.(?:rst|rest)$/i.test(path)) return true
  const lines = text.slice(0, 64 * 1024).split('\n')
  const markup = lines.some((line) => /^\.\.[ \t]+(?:[\w:-]+::|_[^:]+:)/.test(line))
  return markup && lines.some((line, index) => index > 0 && isUnderline({ line, title: lines[index - 1] }))
}

function isUnderline({ line, title }: { line: string; title: string }): boolean {
  return adornment.test(line) && /^\S/.test(title) && !adornment.test(title) && line.trimEnd().length >= title.trimEnd().length
}

/** Same number of lines as `text`; see the module comment for what each rst construct becomes. */
export function restructuredTextAsMarkdown(text: string): string {
  const lines = text.split('\n')
  const out = [...lines]
  /** Lines that are code in the result: inline markup is not rewritten in them. */
  const literal = new Array<boolean>(lines.length).fill(false)
  const styles: string[] = []
  const headingDepth = (style: string): number => {
    if (!styles.includes(style)) styles.push(style)
    return Math.min(styles.indexOf(style) + 1, 6)
  }
  const blank = (index: number): void => {
    out[index] = ''
  }
  /** The indented block after `from` (blank lines inside it included): its end, exclusive, and its least indentation. */
  const blockAfter = (from: number, outer: number): { end: number; indent: number } => {
    let end = from
    let indent = Infinity
    for (let at = from; at < lines.length; at++) {
      if (lines[at].trim() === '') continue
      if (indentOf(lines[at]) <= outer) break
      indent = Math.min(indent, indentOf(lines[at]))
      end = at + 1
    }
    return { end, indent }
  }
  const asCode = ({ from, end, indent, outer }: { from: number; end: number; indent: number; outer: number }): void => {
    const pad = ' '.repeat(Math.max(0, outer + 4 - indent))
    for (let at = from; at < end; at++) {
      literal[at] = true
      if (lines[at].trim() !== '') out[at] = pad + lines[at]
    }
  }
  const asQuote = ({ from, end, indent }: { from: number; end: number; indent: number }): void => {
    for (let at = from; at < end; at++) out[at] = lines[at].trim() === '' ? '>' : `> ${lines[at].slice(indent)}`
  }

  // A field list before anything else is the file's metadata (":tocdepth: 2"), not text.
  let index = 0
  while (index < lines.length && /^:[\w -]+:(?:[ \t].*)?$/.test(lines[index])) blank(index++)

  let paragraphIndent = -1
  let previousBlank = true
  while (index < lines.length) {
    const line = lines[index]
    if (line.trim() === '') {
      previousBlank = true
      paragraphIndent = -1
      index++
      continue
    }
    const next = lines[index + 1] ?? ''
    const third = lines[index + 2] ?? ''
    // Overlined title: adornment, title, the same adornment.
    if (previousBlank && adornment.test(line) && next.trim() !== '' && third.trimEnd() === line.trimEnd()) {
      out[index + 1] = `${'#'.repeat(headingDepth(`over${line[0]}`))} ${next.trim()}`
      blank(index)
      blank(index + 2)
      index += 3
      previousBlank = false
      continue
    }
    if (previousBlank && indentOf(line) === 0 && isUnderline({ line: next, title: line })) {
      out[index] = `${'#'.repeat(headingDepth(`under${next[0]}`))} ${line.trim()}`
      blank(index + 1)
      index += 2
      previousBlank = false
      continue
    }
    const markup = previousBlank ? explicitMarkup.exec(line) : null
    if (markup) {
      const outer = indentOf(line)
      const { end, indent } = blockAfter(index + 1, outer)
      const name = directive.exec(line)?.[1] ?? ''
      blank(index)
      if (codeDirectives.has(name)) {
        // Options (":linenos:") come first, then the code.
        let from = index + 1
        while (from < end && (lines[from].trim() === '' || /^[ \t]*:[\w-]+:/.test(lines[from]))) blank(from++)
        asCode({ from, end, indent, outer })
      } else if (admonitions.has(name) && end > index + 1) {
        asQuote({ from: index + 1, end, indent })
      } else {
        for (let at = index + 1; at < end; at++) blank(at)
      }
      index = Math.max(end, index + 1)
      // The block ends where the indentation does; another ".." right under it starts the next one (targets come in runs).
      previousBlank = true
      continue
    }
    const indent = indentOf(line)
    if (previousBlank && paragraphIndent === -1 && indent > 0 && !/^[ \t]*(?:[-*+•]|\d+[.)]|#\.|\(?[a-zA-Z0-9]\))[ \t]/.test(line)) {
      // An indented block that is not a list: a block quote, or doctest lines (">>>"), which Sphinx shows as code.
      const { end, indent: least } = blockAfter(index, Math.max(0, indent - 1))
      if (/^[ \t]*>>>/.test(line)) asCode({ from: index, end, indent: least, outer: 0 })
      else asQuote({ from: index, end, indent: least })
      index = end
      previousBlank = false
      continue
    }
    if (previousBlank && /^>>>/.test(line)) {
      let end = index + 1
      while (end < lines.length && lines[end].trim() !== '') end++
      asCode({ from: index, end, indent: 0, outer: 0 })
      index = end
      continue
    }
    if (paragraphIndent === -1) paragraphIndent = indent
    previousBlank = false
    // "…::" ends a paragraph that introduces a literal block; a reader sees ":" (or nothing when "::" stands alone).
    if (/::[ \t]*$/.test(line) && (next.trim() === '' || indentOf(next) > paragraphIndent)) {
      out[index] = /^[ \t]*::[ \t]*$/.test(line) ? '' : line.replace(/([ \t])?::[ \t]*$/, (_, space: string | undefined) => (space ? '' : ':'))
      const { end, indent: least } = blockAfter(index + 1, paragraphIndent)
      if (end > index + 1) asCode({ from: index + 1, end, indent: least, outer: paragraphIndent })
      index = Math.max(end, index + 1)
      previousBlank = false
      paragraphIndent = -1
      continue
    }
    index++
  }
  return rewriteInlineRuns({ lines: out, literal, inline: inlineAsMarkdown }).join('\n')
}

function inlineAsMarkdown(text: string): string {
  return (
    text
      // :role:`text <target>` / :role:`~module.name`
      .replace(/:([a-z][\w:+.-]*):`([^`]+)`/g, (_, role: string, content: string) => {
        const shown = (/^([^<]*?)\s*<[^>]*>$/.exec(content)?.[1] || content).replace(/^[~!]/, '')
        if (role === 'pep') return `PEP ${shown}`
        if (role === 'rfc') return `RFC ${shown}`
        if (!codeRoles.test(role)) return shown
        const name = /^(?:[a-z]+:)?(?:func|meth)$/.test(role) && !shown.endsWith(')') ? `${shown}()` : shown
        return `\`${name}\``
      })
      // `text <https://…>`_ and anonymous `…`__ links
      .replace(/`([^`<]+?)\s*<([^>`]+)>`__?/g, (_, label: string, url: string) => `[${label}](${url})`)
      // `name`_ references: their text
      .replace(/`([^`]+)`__?(?![\w`])/g, '$1')
      // ``literal`` → `literal`
      .replace(/``([^`]+)``/g, '`$1`')
      // "\ " joins text without a space
      .replace(/\\ /g, '')
  )
}
