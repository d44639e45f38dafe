import type { SourcePoint, SourceRange } from '../format/model'

/**
 * The line-based layouts (prepbank-text, qa) read the normalised text as
 * lines that remember where they came from, so every model node and message
 * can point back into the original file.
 */

export type SourceLine = {
  /** 1-based line number in the original file. */
  line: number
  /** The line without its line end and without trailing white space. */
  text: string
  /** `text` without its leading white space. */
  content: string
  /** Column (1-based) of the first character of `content`. */
  startColumn: number
  /** Column just after the last character of `content` (unist ranges end exclusive). */
  endColumn: number
  blank: boolean
}

export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = []
  let lineStart = 0
  let line = 1
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    const raw = text.slice(lineStart, lineEnd).trimEnd()
    const content = raw.trimStart()
    const startColumn = raw.length - content.length + 1
    lines.push({ line, text: raw, content, startColumn, endColumn: raw.length + 1, blank: content === '' })
    if (lineEnd === text.length) break
    lineStart = lineEnd + 1
    line++
  }
  return lines
}

/** The range of a line's content, or of its content from `fromColumn` on. */
export function lineRange(line: SourceLine, fromColumn?: number): SourceRange {
  return {
    start: { line: line.line, column: fromColumn ?? line.startColumn },
    end: { line: line.line, column: line.endColumn },
  }
}

/** From the start of one range to the end of another. */
export function spanRanges(first: SourceRange, last: SourceRange): SourceRange {
  return { start: { ...first.start }, end: { ...last.end } }
}

/**
 * Offsets of the normalised text (`\n` line ends) to 1-based line and
 * column, for readers that place many nodes (the JSON and CSV readers place
 * every level, question and hint). Not vfile-location: its `toPoint` walks
 * the lines from the first on every call, which is quadratic over a large
 * document; here each call is a binary search over the line starts.
 */
export function pointLocator(text: string): (offset: number) => SourcePoint {
  const lineStarts = [0]
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1)
  return (offset) => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle] <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1 }
  }
}
