import type { VFile } from 'vfile'

import { report } from './diagnostics'

/**
 * A linear preflight before any layout (and remark) sees the text. Markdown
 * parsing and the tree walks after it grow faster than the input with
 * container nesting: `- ` repeated 4,000 times on one line, or a list nested
 * 2,000 levels deep by indentation, kept the server busy for minutes (issue
 * #16, finding 2). No interview bank nests lists or quotes more than a few
 * levels, so such input is refused here, at the line and column where it
 * crosses the limit; the worker's time and memory budget covers the rest.
 */
export const parseLimits = {
  /** Deepest nesting of lists and blockquotes on one line (markers) or across lines (indentation). */
  maxNesting: 32,
  /** Longest run of Markdown punctuation (`[[[[`, `****`, `>>>>`) on one line. */
  maxMarkerRun: 512,
  /** Lines reported before the check stops: a 4 MB bomb should not become 100,000 messages. */
  maxReports: 10,
}

const fence = /^ {0,3}(`{3,}|~{3,})/
const markerCharacter = /[[\]()*_`~<>#|!\\-]/

/** Columns of leading whitespace, with tabs to the next multiple of 4 as CommonMark counts them. */
const indentOf = (line: string): { columns: number; length: number } => {
  let columns = 0
  let length = 0
  for (; length < line.length; length += 1) {
    if (line[length] === ' ') columns += 1
    else if (line[length] === '\t') columns += 4 - (columns % 4)
    else break
  }
  return { columns, length }
}

/** Nesting this line opens: container markers in a row, plus the levels its indentation puts a list item under. */
const nestingOf = (line: string): { depth: number; columnOfExcess: number | null } => {
  const indent = indentOf(line)
  // Sticky, so that a line of 4,000 markers is read once, not sliced 4,000 times.
  const containerMarker = /(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$)[ \t]*/y
  let markers = 0
  let columnOfExcess: number | null = null
  containerMarker.lastIndex = indent.length
  for (let at = indent.length, match = containerMarker.exec(line); match; at = containerMarker.lastIndex, match = containerMarker.exec(line)) {
    markers += 1
    if (markers > parseLimits.maxNesting && columnOfExcess === null) columnOfExcess = at + 1
    if (containerMarker.lastIndex >= line.length) break
  }
  // Indentation only nests what starts with a marker (a list item); an indented paragraph or code line does not.
  const depth = markers + (markers > 0 ? Math.floor(indent.columns / 2) : 0)
  if (columnOfExcess === null && depth > parseLimits.maxNesting) columnOfExcess = indent.length + 1
  return { depth, columnOfExcess }
}

/** Column (1-based) where the first run of Markdown punctuation longer than the limit crosses it, ignoring spaces between marks. */
const markerRunExcess = (line: string): number | null => {
  let run = 0
  for (let index = 0; index < line.length; index += 1) {
    const character = line[index]
    if (markerCharacter.test(character)) {
      run += 1
      if (run > parseLimits.maxMarkerRun) return index + 1
    } else if (character !== ' ' && character !== '\t') {
      run = 0
    }
  }
  return null
}

/**
 * Reports every line over a limit (the first place on each) and returns
 * whether the text may be parsed. Fenced code is skipped: it is not parsed
 * as Markdown.
 */
export function checkParseLimits({ file, text }: { file: VFile; text: string }): boolean {
  let reports = 0
  let openFence: string | null = null
  let line = 0
  for (let start = 0; start <= text.length && reports < parseLimits.maxReports; ) {
    const end = text.indexOf('\n', start)
    const content = text.slice(start, end === -1 ? text.length : end)
    line += 1
    start = end === -1 ? text.length + 1 : end + 1

    const fenceMatch = fence.exec(content)
    if (openFence) {
      if (fenceMatch && fenceMatch[1][0] === openFence[0] && fenceMatch[1].length >= openFence.length) openFence = null
      continue
    }
    if (fenceMatch) {
      openFence = fenceMatch[1]
      continue
    }

    const nesting = nestingOf(content)
    if (nesting.columnOfExcess !== null) {
      reports += 1
      report({
        file,
        severity: 'error',
        ruleId: 'nesting-too-deep',
        reason: `Lists or quotes are nested ${nesting.depth} levels deep here; the limit is ${parseLimits.maxNesting}. Flatten the nesting.`,
        place: { line, column: nesting.columnOfExcess },
      })
      continue
    }
    const runColumn = markerRunExcess(content)
    if (runColumn !== null) {
      reports += 1
      report({
        file,
        severity: 'error',
        ruleId: 'marker-run-too-long',
        reason: `More than ${parseLimits.maxMarkerRun} Markdown marks in a row; that is not a question bank.`,
        place: { line, column: runColumn },
      })
    }
  }
  return reports === 0
}
