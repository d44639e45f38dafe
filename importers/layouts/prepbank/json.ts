import type { VFile } from 'vfile'
import { pointLocator } from '../../source-lines'
import type { z } from 'zod'
import type { BankDocument } from '../../../format/schema'
import type { Severity } from '../../diagnostics'
import type { Bank, SourceRange } from '../../../format/model'
import { contentHashOf } from '../../../format/hash'
import { bankDocumentSchema } from '../../../format/schema'
import { report } from '../../diagnostics'

/**
 * Reads Prepbank's own JSON export (format/schema.ts) back into a Bank.
 *
 * A small scanner checks the syntax and notes where each level, question and
 * hint starts and ends, so that syntax errors, schema violations and the
 * Bank's positions point at the right line and column; JSON.parse then builds
 * the values. Problems are reported on `file` and never thrown.
 */

type JsonPath = readonly (string | number)[]
type ValueVisitor = (path: JsonPath, start: number, end: number) => void
type JsonSyntaxFailure = { offset: number; reason: string }

const maximumDepth = 256
// eslint-disable-next-line no-control-regex -- JSON strings may not hold raw control characters: this stops at them
const stringRunPattern = /[^"\\\u0000-\u001F]*/y
const numberPattern = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y
const escapePattern = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y

function syntaxFailure({ offset, reason }: JsonSyntaxFailure): Error {
  return Object.assign(new SyntaxError(reason), { offset })
}

function isSyntaxFailure(error: unknown): error is SyntaxError & { offset: number } {
  return error instanceof SyntaxError && typeof (error as { offset?: unknown }).offset === 'number'
}

function describeAt({ text, offset }: { text: string; offset: number }): string {
  return offset >= text.length ? 'the end of the input' : JSON.stringify(String.fromCodePoint(text.codePointAt(offset) ?? 0))
}

/**
 * Walks one JSON text (RFC 8259, an optional leading BOM) and calls `onValue`
 * with the path and [start, end) offsets of every value. Returns the first
 * syntax error, or null.
 */
function scanJson({ text, onValue }: { text: string; onValue: ValueVisitor }): JsonSyntaxFailure | null {
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const path: (string | number)[] = []

  const skipWhitespace = () => {
    for (let code = text.charCodeAt(index); code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09; ) {
      index += 1
      code = text.charCodeAt(index)
    }
  }
  const fail = (expected: string): never => {
    throw syntaxFailure({ offset: index, reason: `expected ${expected}, found ${describeAt({ text, offset: index })}` })
  }

  const scanString = (): string => {
    const start = index
    index += 1
    let escaped = false
    for (;;) {
      stringRunPattern.lastIndex = index
      stringRunPattern.exec(text)
      index = stringRunPattern.lastIndex
      const code = text.charCodeAt(index)
      if (code === 0x22) break
      if (code === 0x5c) {
        escapePattern.lastIndex = index
        if (!escapePattern.test(text)) fail('a valid escape sequence')
        index = escapePattern.lastIndex
        escaped = true
        continue
      }
      if (index >= text.length) throw syntaxFailure({ offset: start, reason: 'unterminated string' })
      fail('the string to continue (control characters must be escaped)')
    }
    index += 1
    return escaped ? (JSON.parse(text.slice(start, index)) as string) : text.slice(start + 1, index - 1)
  }

  const scanValue = (depth: number): void => {
    if (depth > maximumDepth) fail(`at most ${maximumDepth} levels of nesting`)
    skipWhitespace()
    const start = index
    const code = text.charCodeAt(index)
    if (code === 0x7b) scanObject(depth)
    else if (code === 0x5b) scanArray(depth)
    else if (code === 0x22) scanString()
    else if (code === 0x2d || (code >= 0x30 && code <= 0x39)) {
      numberPattern.lastIndex = index
      if (!numberPattern.test(text)) fail('a number')
      index = numberPattern.lastIndex
    } else {
      const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, index))
      if (literal === undefined) fail('a value')
      else index += literal.length
    }
    onValue(path, start, index)
  }

  const scanObject = (depth: number): void => {
    index += 1
    skipWhitespace()
    if (text.charCodeAt(index) === 0x7d) {
      index += 1
      return
    }
    for (;;) {
      skipWhitespace()
      if (text.charCodeAt(index) !== 0x22) fail('a property name in double quotes')
      const key = scanString()
      skipWhitespace()
      if (text.charCodeAt(index) !== 0x3a) fail("':' after the property name")
      index += 1
      path.push(key)
      scanValue(depth + 1)
      path.pop()
      skipWhitespace()
      const next = text.charCodeAt(index)
      index += 1
      if (next === 0x7d) return
      if (next !== 0x2c) {
        index -= 1
        fail("',' or '}' after a property value")
      }
    }
  }

  const scanArray = (depth: number): void => {
    index += 1
    skipWhitespace()
    if (text.charCodeAt(index) === 0x5d) {
      index += 1
      return
    }
    for (let item = 0; ; item += 1) {
      path.push(item)
      scanValue(depth + 1)
      path.pop()
      skipWhitespace()
      const next = text.charCodeAt(index)
      index += 1
      if (next === 0x5d) return
      if (next !== 0x2c) {
        index -= 1
        fail("',' or ']' after an array item")
      }
    }
  }

  try {
    scanValue(0)
    skipWhitespace()
    if (index < text.length) fail('the end of the input after the JSON value')
    return null
  } catch (error) {
    if (isSyntaxFailure(error)) return { offset: error.offset, reason: error.message }
    throw error
  }
}


type OffsetRange = { start: number; end: number }

/** Where each level, question and hint of the document sits, by index. */
type ItemRanges = {
  levels: OffsetRange[]
  questions: OffsetRange[][]
  hints: OffsetRange[][][]
  contentHash: OffsetRange | null
}

function itemRangeCollector(): { ranges: ItemRanges; onValue: ValueVisitor } {
  const ranges: ItemRanges = { levels: [], questions: [], hints: [], contentHash: null }
  const onValue: ValueVisitor = (path, start, end) => {
    if (path[0] === 'contentHash' && path.length === 1) ranges.contentHash = { start, end }
    if (path[0] !== 'levels' || typeof path[1] !== 'number') return
    const level = path[1]
    if (path.length === 2) ranges.levels[level] = { start, end }
    else if (path.length === 4 && path[2] === 'questions' && typeof path[3] === 'number') {
      ;(ranges.questions[level] ??= [])[path[3]] = { start, end }
    } else if (path.length === 6 && path[2] === 'questions' && path[4] === 'hints' && typeof path[3] === 'number' && typeof path[5] === 'number') {
      ;((ranges.hints[level] ??= [])[path[3]] ??= [])[path[5]] = { start, end }
    }
  }
  return { ranges, onValue }
}

function pathText(path: JsonPath): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('') || '(document)'
}

const pathKey = (path: JsonPath): string => JSON.stringify(path)

/** The start of the value at each issue's path, or of its nearest existing ancestor (for a missing key). */
function issueOffsets({ text, issues }: { text: string; issues: readonly z.core.$ZodIssue[] }): number[] {
  const wanted = new Map<string, number>()
  for (const issue of issues) {
    for (let length = 0; length <= issue.path.length; length += 1) wanted.set(pathKey(issue.path.slice(0, length) as JsonPath), -1)
  }
  scanJson({
    text,
    onValue: (path, start) => {
      const key = pathKey(path)
      if (wanted.has(key)) wanted.set(key, start)
    },
  })
  return issues.map((issue) => {
    for (let length = issue.path.length; length >= 0; length -= 1) {
      const offset = wanted.get(pathKey(issue.path.slice(0, length) as JsonPath)) ?? -1
      if (offset >= 0) return offset
    }
    return 0
  })
}

/** Enough schema messages to fix a file, not one per question of a wrong file. */
const maximumIssueMessages = 20

function bankFrom({
  document,
  ranges,
  rangeAt,
}: {
  document: BankDocument
  ranges: ItemRanges
  rangeAt: (range: OffsetRange) => SourceRange
}): Bank {
  return {
    layout: 'prepbank-json',
    collection: null,
    role: { ...document.role, declaredTotal: null },
    levels: document.levels.map((level, levelIndex) => ({
      name: level.name,
      slug: level.slug,
      rank: level.rank,
      declaredCount: null,
      position: rangeAt(ranges.levels[levelIndex]),
      questions: level.questions.map((question, questionIndex) => ({
        key: question.id,
        prompt: question.prompt,
        tags: question.tags,
        position: rangeAt(ranges.questions[levelIndex][questionIndex]),
        hints: question.hints.map((hint, hintIndex) => ({
          text: hint.markdown,
          position: rangeAt(ranges.hints[levelIndex][questionIndex][hintIndex]),
        })),
      })),
    })),
  }
}

export function parsePrepbankJson({ file, text }: { file: VFile; text: string }): Bank | null {
  const pointAt = pointLocator(text)
  const reportAt = ({ reason, offset, ruleId, severity }: { reason: string; offset: number; ruleId: string; severity: Severity }) => {
    report({ file, severity, ruleId, reason, place: pointAt(offset) })
  }

  const { ranges, onValue } = itemRangeCollector()
  const syntaxError = scanJson({ text, onValue })
  if (syntaxError !== null) {
    reportAt({ reason: `Invalid JSON: ${syntaxError.reason}`, offset: syntaxError.offset, ruleId: 'invalid-json', severity: 'error' })
    return null
  }

  let value: unknown
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    // The scanner accepts exactly RFC 8259, as JSON.parse does; this is a safety net, not a path.
    reportAt({ reason: `Invalid JSON: ${(error as Error).message}`, offset: 0, ruleId: 'invalid-json', severity: 'error' })
    return null
  }
  const parsed = bankDocumentSchema.safeParse(value)
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, maximumIssueMessages)
    const offsets = issueOffsets({ text, issues })
    issues.forEach((issue, index) => {
      reportAt({ reason: `${pathText(issue.path as JsonPath)}: ${issue.message}`, offset: offsets[index], ruleId: 'schema-violation', severity: 'error' })
    })
    const more = parsed.error.issues.length - issues.length
    if (more > 0) reportAt({ reason: `…and ${more} more schema violations`, offset: 0, ruleId: 'schema-violation', severity: 'error' })
    return null
  }
  const document = parsed.data

  const expectedHash = contentHashOf(document)
  if (document.contentHash !== expectedHash) {
    reportAt({
      reason: `contentHash does not match the content (expected ${expectedHash}): the file was edited after export`,
      offset: ranges.contentHash?.start ?? 0,
      ruleId: 'content-hash-mismatch',
      severity: 'warning',
    })
  }
  // Array order is the order; a position that disagrees means the file was rearranged by hand.
  document.levels.forEach((level, levelIndex) => {
    level.questions.forEach((question, questionIndex) => {
      if (question.position !== questionIndex + 1) {
        reportAt({
          reason: `Question "${question.id}" says position ${question.position} but is number ${questionIndex + 1} of its level; the order in the file is used`,
          offset: ranges.questions[levelIndex][questionIndex].start,
          ruleId: 'position-mismatch',
          severity: 'warning',
        })
      }
    })
  })

  const rangeAt = ({ start, end }: OffsetRange): SourceRange => ({ start: pointAt(start), end: pointAt(end) })
  return bankFrom({ document, ranges, rangeAt })
}
