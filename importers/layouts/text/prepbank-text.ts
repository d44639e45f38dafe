import type { VFile } from 'vfile'
import type { DeclaredPlaces } from '../../checks'
import { report } from '../../diagnostics'
import { parseRoleTitle, readHeader, isTitleLike } from '../../header'
import type { Bank, BankLevel, BankQuestion, SourceRange } from '../../../format/model'
import { lineRange, spanRanges, splitLines, type SourceLine } from '../../source-lines'

/**
 * The layout of Prepbank's original plain-text banks:
 *
 *     Interview Prep                              ← collection
 *     AI Data Ops Specialist Interview Questions  ← role
 *     50 expert questions covering …              ← summary (declared total)
 *     Beginner                                    ← section
 *     5 questionsA strong answer explains …       ← count, fused to the first hint
 *     A great answer covers …                     ← one hint per line
 *
 * Every hint line is one question without wording (`prompt: null`). A line
 * reader, no mdast: there is no Markdown structure to find, and it keeps
 * large files fast.
 */

type CountLine = {
  count: number
  /** Where "5 questions" is written. */
  range: SourceRange
  /** The hint fused to (or following on the same line as) the count. */
  hint: { text: string; column: number } | null
}

type HintDraft = {
  lines: string[]
  range: SourceRange
  /** Indentation (start column) of the line the hint starts on. */
  indent: number
}

export function parsePrepbankText({ file, text, declared = new Map() }: { file: VFile; text: string; declared?: DeclaredPlaces }): Bank {
  const lines = splitLines(text).filter((line) => !line.blank)
  const counts = lines.map(parseCountLine)

  const isSectionName = (index: number): boolean =>
    counts[index] === null &&
    counts[index + 1] !== null &&
    counts[index + 1] !== undefined &&
    isNameLike(lines[index].content) &&
    // A role line directly followed by a count is a role without summary, not a section.
    !(index < 3 && parseRoleTitle(lines[index].content) !== null)

  let firstSection = lines.findIndex((_, index) => isSectionName(index) || counts[index] !== null)
  if (firstSection === -1) firstSection = lines.length
  const header = readHeader({ lines: lines.slice(0, firstSection) })
  for (const line of header.unplaced) reportUnplaced({ file, line })
  if (header.role && !header.summary) {
    report({
      file,
      severity: 'warning',
      ruleId: 'missing-summary',
      reason: 'No summary line after the role line, so the total number of questions cannot be checked',
      place: lineRange(header.role.line),
    })
  }

  const levels: BankLevel[] = []
  // Mutable reading state; an object so the helpers below can share it.
  const state: { level: BankLevel | null; hint: HintDraft | null } = { level: null, hint: null }

  const closeHint = (): void => {
    if (state.hint && state.level) state.level.questions.push(hintOnlyQuestion(state.hint))
    state.hint = null
  }
  const openHint = (line: SourceLine, column: number, content: string): void => {
    closeHint()
    state.hint = { lines: [content], range: lineRange(line, column), indent: line.startColumn }
  }
  const startLevel = (line: SourceLine, count: CountLine | null): BankLevel => {
    closeHint()
    const started: BankLevel = {
      name: line.content.replace(/\s*:$/, ''),
      slug: null,
      rank: null,
      declaredCount: count?.count ?? null,
      questions: [],
      position: lineRange(line),
    }
    if (count) declared.set(started, count.range)
    levels.push(started)
    state.level = started
    return started
  }

  for (let index = header.consumed; index < lines.length; index++) {
    const line = lines[index]
    const count = counts[index]

    if (isSectionName(index)) {
      const sectionCount = counts[index + 1] as CountLine
      const level = startLevel(line, sectionCount)
      index++
      level.position.end = { ...sectionCount.range.end }
      if (sectionCount.hint) openHint(lines[index], sectionCount.hint.column, sectionCount.hint.text)
      continue
    }

    if (count) {
      report({
        file,
        severity: 'error',
        ruleId: 'missing-section-name',
        reason: `"${count.count} question${count.count === 1 ? '' : 's'}" has no section name on the line before it`,
        place: count.range,
      })
      if (count.hint) {
        if (state.level) openHint(line, count.hint.column, count.hint.text)
        else reportUnplaced({ file, line })
      }
      continue
    }

    if (state.hint && isContinuation({ line, hint: state.hint })) {
      state.hint.lines.push(line.text.slice(Math.min(state.hint.indent, line.startColumn) - 1))
      state.hint.range.end = { line: line.line, column: line.endColumn }
      continue
    }

    if (isCountlessSectionName(line.content)) {
      const level = startLevel(line, null)
      report({
        file,
        severity: 'warning',
        ruleId: 'missing-count',
        reason: `Section "${level.name}" has no "N questions" line`,
        place: lineRange(line),
      })
      continue
    }

    if (!state.level) {
      closeHint()
      reportUnplaced({ file, line })
      continue
    }
    openHint(line, line.startColumn, line.content)
  }
  closeHint()

  for (const finished of levels) {
    const last = finished.questions.at(-1)
    if (last) finished.position = spanRanges(finished.position, last.position)
  }

  const role = {
    name: header.role?.name ?? '',
    slug: null,
    title: header.role?.line.content ?? null,
    summary: header.summary?.line.content ?? null,
    declaredTotal: header.summary?.declaredTotal?.value ?? null,
  }
  if (header.summary?.declaredTotal) declared.set(role, header.summary.declaredTotal.range)

  return {
    layout: 'prepbank-text',
    collection: header.collection?.content ?? null,
    role,
    levels,
  }
}

/**
 * "5 questions", "1 question", fused to a hint ("5 questionsA strong …") or
 * followed by one after a space or a dash. "50 questions covering …" (lower
 * case after a space) is a sentence, not a count.
 */
export function parseCountLine(line: SourceLine): CountLine | null {
  const match = /^(\d{1,5})\s*([Qq]uestion)(s?)/.exec(line.content)
  if (!match) return null
  const count = Number(match[1])
  let tokenLength = match[0].length
  // "1 questionsome hint": the "s" belongs to the hint, not to "questions".
  if (count === 1 && match[3] === 's' && /^\p{Ll}/u.test(line.content.slice(tokenLength))) tokenLength--
  const after = line.content.slice(tokenLength)
  const range: SourceRange = {
    start: { line: line.line, column: line.startColumn },
    end: { line: line.line, column: line.startColumn + tokenLength },
  }
  if (after === '') return { count, range, hint: null }

  let hintOffset: number
  if (/^\s/.test(after)) {
    const separated = /^\s*(?:[-–—:]\s*)?/.exec(after) as RegExpExecArray
    const rest = after.slice(separated[0].length)
    const dashed = /[-–—:]/.test(separated[0])
    if (!dashed && !/^[\p{Lu}\p{N}"“(]/u.test(rest)) return null
    hintOffset = tokenLength + separated[0].length
  } else {
    hintOffset = tokenLength + (/^[-–—:]\s*/.exec(after)?.[0].length ?? 0)
  }
  const hintText = line.content.slice(hintOffset)
  return {
    count,
    range,
    hint: hintText === '' ? null : { text: hintText, column: line.startColumn + hintOffset },
  }
}

/** A line that may name a section when an "N questions" line follows it. */
function isNameLike(text: string): boolean {
  // Length first: most lines are long hints, and this runs for every line.
  if (text.length > 81) return false
  return isTitleLike(text.endsWith(':') ? text.slice(0, -1).trimEnd() : text) && !isListItem(text)
}

/**
 * A section whose count line is missing: a short Title Case line among the
 * hints. Hints are sentences, so "Look for ownership" (lower-case words) or
 * anything with commas or a full stop stays a hint.
 */
function isCountlessSectionName(text: string): boolean {
  if (!isNameLike(text) || text.length > 50 || /[,;:]/.test(text)) return false
  const words = text.split(/\s+/)
  if (words.length > 6 || !/^\p{Lu}/u.test(text)) return false
  return words.every((word) => !/^\p{Ll}/u.test(word) || word.length < 4 || minorWords.has(word))
}

const minorWords = new Set(['with', 'from', 'into', 'over', 'than', 'that', 'this', 'your', 'their', 'and', 'for', 'the'])

function isListItem(text: string): boolean {
  return /^(?:[-*+•]|\d{1,3}[.)])\s/.test(text)
}

/**
 * Lines that carry on the previous hint: list items ("- point", or numbered
 * after a line ending in ":" or another item) and lines indented deeper.
 */
function isContinuation({ line, hint }: { line: SourceLine; hint: HintDraft }): boolean {
  if (line.startColumn > hint.indent && line.line === hint.range.end.line + 1) return true
  if (/^[-*+•]\s/.test(line.content)) return true
  if (/^\d{1,3}[.)]\s/.test(line.content)) {
    const previous = hint.lines.at(-1) ?? ''
    return previous.endsWith(':') || isListItem(previous.trimStart())
  }
  return false
}

function hintOnlyQuestion(hint: HintDraft): BankQuestion {
  const position: SourceRange = { start: { ...hint.range.start }, end: { ...hint.range.end } }
  return {
    key: null,
    prompt: null,
    hints: [{ text: hint.lines.join('\n'), position }],
    tags: [],
    position: { start: { ...position.start }, end: { ...position.end } },
  }
}

function reportUnplaced({ file, line }: { file: VFile; line: SourceLine }): void {
  report({
    file,
    severity: 'warning',
    ruleId: 'unplaced-line',
    reason: 'This line is not part of any section and was not imported',
    place: lineRange(line),
  })
}
