import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

/**
 * Every problem the importers find is a vfile message with a place, a
 * kebab-case rule id and `source: 'prepbank'`. Errors (`fatal: true`) mean
 * the document must not be imported; warnings (`fatal: false`) do not stop it;
 * infos (`fatal: undefined`, vfile's own convention) say what was skipped on purpose.
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

export function countMessages({ file }: { file: VFile }): { errors: number; warnings: number } {
  let errors = 0
  let warnings = 0
  for (const message of file.messages) {
    if (message.fatal) errors++
    else if (message.fatal === false) warnings++
  }
  return { errors, warnings }
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
