import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { report } from './diagnostics'

/**
 * Bytes → text. Rejects what is not a text document (empty, too large,
 * binary, invalid UTF-8) and normalises what editors vary in (BOM, CRLF and
 * CR line ends) so that the layouts only ever see `\n`. Each CRLF or CR
 * becomes exactly one `\n`, so line numbers stay those of the original file.
 */

export const defaultMaxBytes = 5 * 1024 * 1024

/** Share of control characters above which a file is taken for binary. */
const binaryControlRatio = 0.1
/** How much of the start of the file the control-character ratio is taken over. */
const binarySampleBytes = 64 * 1024

export function decodeDocument({
  input,
  file,
  maxBytes = defaultMaxBytes,
}: {
  input: Uint8Array | string
  file: VFile
  maxBytes?: number
}): string | null {
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength
  const start: Point = { line: 1, column: 1 }

  if (size === 0) {
    report({ file, severity: 'error', ruleId: 'empty-file', reason: 'The file is empty', place: start })
    return null
  }

  if (size > maxBytes) {
    report({
      file,
      severity: 'error',
      ruleId: 'file-too-large',
      reason: `The file has ${formatBytes(size)}, more than the limit of ${formatBytes(maxBytes)}`,
      place: start,
    })
    return null
  }

  const binaryAt = findBinaryMarker(input)
  if (binaryAt !== null) {
    report({
      file,
      severity: 'error',
      ruleId: 'binary-file',
      reason: 'The file looks binary (it contains NUL or many control characters), not like a text document',
      place:
        typeof input === 'string'
          ? placeOfIndexInText({ text: input, index: binaryAt })
          : placeOfByte({ bytes: input, index: binaryAt }),
    })
    return null
  }

  let text: string
  if (typeof input === 'string') {
    text = input
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input)
    } catch {
      const badAt = findInvalidUtf8(input)
      report({
        file,
        severity: 'error',
        ruleId: 'invalid-utf8',
        reason:
          badAt === null
            ? 'The file is not valid UTF-8'
            : `The file is not valid UTF-8 (byte 0x${input[badAt].toString(16).padStart(2, '0')} at offset ${badAt}); save it as UTF-8`,
        place: badAt === null ? start : placeOfByte({ bytes: input, index: badAt }),
      })
      return null
    }
  }

  const normalised = normaliseText(text)
  if (normalised.trim() === '') {
    report({ file, severity: 'error', ruleId: 'empty-file', reason: 'The file holds only white space', place: start })
    return null
  }
  return normalised
}

/** Drops a BOM and turns CRLF and lone CR into LF (one line end each). */
export function normaliseText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  return withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom
}

/**
 * Index of the first NUL, or of the first control character when control
 * characters make up a large share of the start of the file; else null.
 */
function findBinaryMarker(input: Uint8Array | string): number | null {
  const nulAt = typeof input === 'string' ? input.indexOf('\0') : input.indexOf(0)
  if (nulAt !== -1) return nulAt
  const sample = Math.min(input.length, binarySampleBytes)
  let firstControl: number | null = null
  let controls = 0
  for (let index = 0; index < sample; index++) {
    const code = typeof input === 'string' ? input.charCodeAt(index) : input[index]
    if (isBinaryControl(code)) {
      controls++
      firstControl ??= index
    }
  }
  if (firstControl !== null && controls / sample > binaryControlRatio) return firstControl
  return null
}

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return; and DEL. */
function isBinaryControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d) || code === 0x7f
}

/** Index of the first byte that starts an invalid UTF-8 sequence, or null. */
export function findInvalidUtf8(bytes: Uint8Array): number | null {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]
    if (byte < 0x80) {
      index++
      continue
    }
    // Per the Unicode table of well-formed byte sequences (no overlongs, no surrogates, ≤ U+10FFFF).
    let continuation: number
    let secondLow = 0x80
    let secondHigh = 0xbf
    if (byte >= 0xc2 && byte <= 0xdf) continuation = 1
    else if (byte === 0xe0) [continuation, secondLow] = [2, 0xa0]
    else if ((byte >= 0xe1 && byte <= 0xec) || byte === 0xee || byte === 0xef) continuation = 2
    else if (byte === 0xed) [continuation, secondHigh] = [2, 0x9f]
    else if (byte === 0xf0) [continuation, secondLow] = [3, 0x90]
    else if (byte >= 0xf1 && byte <= 0xf3) continuation = 3
    else if (byte === 0xf4) [continuation, secondHigh] = [3, 0x8f]
    else return index
    for (let offset = 1; offset <= continuation; offset++) {
      const next = bytes[index + offset]
      const low = offset === 1 ? secondLow : 0x80
      const high = offset === 1 ? secondHigh : 0xbf
      if (next === undefined || next < low || next > high) return index
    }
    index += continuation + 1
  }
  return null
}

/** Line and column (in UTF-16 units, like every other place) of a byte in the original file. */
function placeOfByte({ bytes, index }: { bytes: Uint8Array; index: number }): Point {
  let line = 1
  let lineStart = 0
  for (let at = 0; at < index; at++) {
    const byte = bytes[at]
    if (byte === 0x0a || byte === 0x0d) {
      if (byte === 0x0d && bytes[at + 1] === 0x0a && at + 1 < index) at++
      line++
      lineStart = at + 1
    }
  }
  let prefix = bytes.subarray(lineStart, index)
  if (lineStart === 0 && prefix[0] === 0xef && prefix[1] === 0xbb && prefix[2] === 0xbf) prefix = prefix.subarray(3)
  const column = new TextDecoder('utf-8').decode(prefix).length + 1
  return { line, column }
}

function placeOfIndexInText({ text, index }: { text: string; index: number }): Point {
  // vfile-location counts CRLF, CR and LF line ends, as this module does.
  const point = location(text).toPoint(index) ?? { line: 1, column: 1 }
  const bom = point.line === 1 && text.charCodeAt(0) === 0xfeff ? 1 : 0
  return { line: point.line, column: point.column - bom }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`
  return `${bytes} bytes`
}
