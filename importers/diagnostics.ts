import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

/**
 * Every problem the importers find is a vfile message with a place, a
 * kebab-case rule id and `source: 'prepbank'`. Errors (`fatal: true`) mean
 * the document must not be imported; warnings (`fatal: false`) do not stop
 * it; infos (`fatal: undefined`, vfile's own convention) say what was
 * deliberately left out (tables of contents, link lists, navigation).
 */

export const messageSource = 'prepbank'

export type Severity = 'error' | 'warning' | 'info'

export type DiagnosticJson = {
  line: number
  column: number
  endLine: number | null
  endColumn: number | null
  severity: Severity
  ruleId: string
  message: string
}

/** "1 question", "2 questions": counts in messages, for nouns with a regular plural. */
export function counted({ count, noun }: { count: number; noun: string }): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

export function report({
  file,
  severity,
  ruleId,
  reason,
  place,
}: {
  file: VFile
  severity: Severity
  ruleId: string
  reason: string
  place: Point | Position
}): VFileMessage {
  const message = file.message(reason, { place: withoutOffsets(place), ruleId, source: messageSource })
  // `file.fail` would throw; errors are collected like warnings instead.
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
  return message
}

export function countMessages({ file }: { file: VFile }): { errors: number; warnings: number; infos: number } {
  let errors = 0
  let warnings = 0
  let infos = 0
  for (const message of file.messages) {
    if (message.fatal) errors++
    else if (message.fatal === false) warnings++
    else infos++
  }
  return { errors, warnings, infos }
}

/** `path:line:column: severity: reason [rule-id]`, in document order. */
export function formatDiagnostics({ file }: { file: VFile }): string[] {
  const path = file.path || '<input>'
  return diagnosticsToJson(file).map(
    (diagnostic) =>
      `${path}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${diagnostic.message} [${diagnostic.ruleId}]`,
  )
}

export function diagnosticsToJson(file: VFile): DiagnosticJson[] {
  const diagnostics = file.messages.map((message) => {
    const place = message.place
    const start = place && 'start' in place ? place.start : place
    const end = place && 'end' in place ? place.end : undefined
    return {
      line: start?.line ?? message.line ?? 1,
      column: start?.column ?? message.column ?? 1,
      endLine: end?.line ?? null,
      endColumn: end?.column ?? null,
      severity: (message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info') as Severity,
      ruleId: message.ruleId ?? 'unknown',
      message: message.reason,
    }
  })
  // Array#sort is stable, so messages at one place keep the order they were found in.
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column)
}

/**
 * A report a person can read, and a server can send: at most `perRule`
 * diagnostics of each rule, in order, then one line that counts the rest and
 * spans their lines. A 200,000-line document of stray lines would otherwise
 * carry 200,000 warnings through the worker, the JSON response and the admin
 * preview. The error and warning totals are counted before this, in full.
 */
export function capDiagnostics({ diagnostics, perRule }: { diagnostics: DiagnosticJson[]; perRule: number }): DiagnosticJson[] {
  const kept: DiagnosticJson[] = []
  const over = new Map<string, { first: DiagnosticJson; last: DiagnosticJson; count: number }>()
  const seen = new Map<string, number>()
  for (const diagnostic of diagnostics) {
    const count = (seen.get(diagnostic.ruleId) ?? 0) + 1
    seen.set(diagnostic.ruleId, count)
    if (count <= perRule) {
      kept.push(diagnostic)
      continue
    }
    const rest = over.get(diagnostic.ruleId)
    if (rest) {
      rest.last = diagnostic
      rest.count += 1
    } else over.set(diagnostic.ruleId, { first: diagnostic, last: diagnostic, count: 1 })
  }
  for (const [ruleId, { first, last, count }] of over) {
    kept.push({
      line: first.line,
      column: first.column,
      endLine: last.endLine ?? last.line,
      endColumn: last.endColumn ?? last.column,
      severity: first.severity,
      ruleId,
      message: `${count.toLocaleString('en')} more like the ${perRule} above (${ruleId}), from line ${first.line} to line ${last.line}, not listed one by one`,
    })
  }
  return kept.sort((a, b) => a.line - b.line || a.column - b.column)
}

/** Offsets are an implementation detail of the normalised text; places are line/column. */
function withoutOffsets(place: Point | Position): Point | Position {
  if ('start' in place) {
    return {
      start: { line: place.start.line, column: place.start.column },
      end: { line: place.end.line, column: place.end.column },
    }
  }
  return { line: place.line, column: place.column }
}
