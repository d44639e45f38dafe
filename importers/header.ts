import type { SourceRange } from '../format/model'
import type { SourceLine } from './source-lines'

/**
 * The head of a plain-text bank: an optional collection line ("Interview
 * Prep"), a role line ("X Interview Questions") and an optional summary line
 * ("50 expert questions covering …"). Shared by the prepbank-text and qa
 * layouts, which both start this way.
 */

export type DocumentHeader = {
  collection: SourceLine | null
  role: { line: SourceLine; name: string } | null
  summary: { line: SourceLine; declaredTotal: { value: number; range: SourceRange } | null } | null
  /** Lines before the collection line, which have no place in a header. */
  unplaced: SourceLine[]
  /** How many of the given lines the header used (unplaced ones included). */
  consumed: number
}

/** "X Interview Questions" → "X"; "Interview Questions: X" → "X"; else null. */
export function parseRoleTitle(text: string): string | null {
  const trailing = /^(.*?\S)\s*[-–—:]?\s+interview\s+questions?(?:\s+and\s+answers)?\s*$/i.exec(text)
  if (trailing) return trailing[1]
  const leading = /^interview\s+questions?\s*(?:for|:|-|–|—)\s*(.*\S)\s*$/i.exec(text)
  if (leading) return leading[1]
  // "Python Mega Practice: 100 Q and As:", "SQL — 50 Questions and Answers": the name, then what the page holds.
  const described = /^(.*?\S)\s*[-–—:]\s*(?:\d{1,5}\s+)?(?:q\s*(?:&|and)\s*as?|questions?\s*(?:&|and)\s*answers?)\s*:?\s*$/i.exec(text)
  if (described) return described[1]
  return null
}

/** Lines that name a collection of banks rather than a role. */
export function isCollectionLine(text: string): boolean {
  return /^interview\s+(?:prep|preparation|questions?|question\s+bank|guide)$/i.test(text)
}

/**
 * The number of questions a summary promises: the first number followed,
 * within three words, by "question(s)" ("50 expert questions covering …").
 */
export function findDeclaredTotal(text: string): { value: number; index: number; length: number } | null {
  const match = /(?<![\p{L}\p{N}])(\d{1,6})\s+(?:[\p{L}-]+\s+){0,3}?questions?\b/iu.exec(text)
  if (!match) return null
  return { value: Number(match[1]), index: match.index, length: match[0].length }
}

/**
 * A short line without sentence punctuation: what collection, role and
 * section lines look like and what hint sentences do not.
 */
export function isTitleLike(text: string): boolean {
  if (text.length === 0 || text.length > 80) return false
  if (text.split(/\s+/).length > 10) return false
  if (/[.!?;,]$/.test(text)) return false
  // A full stop inside means sentences ("vs." and "e.g." are not full stops).
  if (/[.!?]\s+\p{Lu}/u.test(text)) return false
  return /^[\p{L}\p{N}"'“„«(]/u.test(text)
}

export function isSummaryLike(text: string): boolean {
  return findDeclaredTotal(text) !== null || !isTitleLike(text)
}

/** Reads collection, role and summary from the first non-blank lines. */
export function readHeader({ lines }: { lines: SourceLine[] }): DocumentHeader {
  const header: DocumentHeader = { collection: null, role: null, summary: null, unplaced: [], consumed: 0 }
  let next = 0

  const roleIndex = lines.slice(0, 3).findIndex((line) => parseRoleTitle(line.content) !== null)
  if (roleIndex !== -1) {
    if (roleIndex >= 1) header.collection = lines[roleIndex - 1]
    header.unplaced = lines.slice(0, Math.max(0, roleIndex - 1))
    header.role = { line: lines[roleIndex], name: parseRoleTitle(lines[roleIndex].content) ?? lines[roleIndex].content }
    next = roleIndex + 1
  } else {
    // No "X Interview Questions" line: short lines at the top are collection and role.
    const titles: SourceLine[] = []
    while (titles.length < 2 && next < lines.length && isTitleLike(lines[next].content) && !isSummaryLike(lines[next].content)) {
      titles.push(lines[next])
      next++
    }
    if (titles.length === 2) {
      header.collection = titles[0]
      header.role = { line: titles[1], name: titles[1].content }
    } else if (titles.length === 1) {
      if (isCollectionLine(titles[0].content)) header.collection = titles[0]
      else header.role = { line: titles[0], name: titles[0].content }
    }
  }

  const summaryLine = lines[next]
  if (summaryLine && isSummaryLike(summaryLine.content)) {
    const total = findDeclaredTotal(summaryLine.content)
    header.summary = {
      line: summaryLine,
      declaredTotal: total && {
        value: total.value,
        range: {
          start: { line: summaryLine.line, column: summaryLine.startColumn + total.index },
          end: { line: summaryLine.line, column: summaryLine.startColumn + total.index + total.length },
        },
      },
    }
    next++
  }
  header.consumed = next
  return header
}
