import type { CsvProfile } from '../format/csv'
import type { ExportSource } from './source'
import { ankiTextChunks } from './anki-text'
import { apkgChunks } from './apkg'
import { csvChunks } from './csv'
import { giftChunks } from './gift'
import { jsonChunks } from './json'
import { markdownChunks } from './markdown'
import { moodleXmlChunks } from './moodle-xml'
import { qtiChunks } from './qti'
import { normalSource } from './source'

/**
 * Exporters of an approved bank to JSON, Markdown, CSV and the interop
 * formats (Anki text and package, Moodle XML, GIFT, QTI 3.0). Pure functions
 * of their source: deterministic bytes, streamed, no Payload.
 */

/** Formats whose export is text, streamed as strings. */
export const textExportFormats = ['json', 'md', 'csv', 'anki', 'moodle', 'gift'] as const
/** Formats whose export is a zip archive, streamed as bytes. */
export const binaryExportFormats = ['apkg', 'qti'] as const
export const exportFormats = [...textExportFormats, ...binaryExportFormats] as const
export type TextExportFormat = (typeof textExportFormats)[number]
export type BinaryExportFormat = (typeof binaryExportFormats)[number]
export type ExportFormat = (typeof exportFormats)[number]
/** Text formats yield strings (UTF-8 when written), binary formats bytes. */
export type ExportChunk = string | Uint8Array

export function isTextExportFormat(format: ExportFormat): format is TextExportFormat {
  return (textExportFormats as readonly string[]).includes(format)
}

export type ExportOptions<Format extends ExportFormat = ExportFormat> = {
  source: ExportSource
  format: Format
  /** CSV only; 'standard' unless said otherwise. */
  csvProfile?: CsvProfile
}

/** Writers yield one piece per question; larger chunks cost fewer writes downstream (HTTP, files). */
const chunkSize = 64 * 1024

async function* coalesce(pieces: AsyncIterable<string>): AsyncGenerator<string> {
  let pending = ''
  for await (const piece of pieces) {
    pending += piece
    if (pending.length >= chunkSize) {
      yield pending
      pending = ''
    }
  }
  if (pending !== '') yield pending
}

/** The same for zip formats: fflate emits a header and a body per file, thousands of small pieces. */
async function* coalesceBytes(pieces: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let pending: Uint8Array[] = []
  let pendingLength = 0
  for await (const piece of pieces) {
    pending.push(piece)
    pendingLength += piece.length
    if (pendingLength >= chunkSize) {
      yield Buffer.concat(pending, pendingLength)
      pending = []
      pendingLength = 0
    }
  }
  if (pendingLength > 0) yield Buffer.concat(pending, pendingLength)
}

function textChunks({ source, format, csvProfile = 'standard' }: ExportOptions<TextExportFormat>): AsyncIterable<string> {
  const normal = normalSource(source)
  switch (format) {
    case 'json':
      return jsonChunks({ source: normal })
    case 'md':
      return markdownChunks({ source: normal })
    case 'csv':
      return csvChunks({ source: normal, profile: csvProfile })
    case 'anki':
      return ankiTextChunks({ source: normal })
    case 'moodle':
      return moodleXmlChunks({ source: normal })
    case 'gift':
      return giftChunks({ source: normal })
  }
}

function binaryChunks({ source, format }: ExportOptions<BinaryExportFormat>): AsyncIterable<Uint8Array> {
  const normal = normalSource(source)
  switch (format) {
    case 'apkg':
      return apkgChunks({ source: normal })
    case 'qti':
      return qtiChunks({ source: normal })
  }
}

/**
 * The export as a stream of chunks: strings for text formats, bytes for zip
 * formats. Throws (when iterated, or at once for an invalid role) if an item
 * cannot be exported faithfully; see ./source.
 */
export function exportBank(options: ExportOptions<TextExportFormat>): AsyncIterable<string>
export function exportBank(options: ExportOptions): AsyncIterable<ExportChunk>
export function exportBank(options: ExportOptions): AsyncIterable<ExportChunk> {
  const { format } = options
  return isTextExportFormat(format) ? coalesce(textChunks({ ...options, format })) : coalesceBytes(binaryChunks({ ...options, format }))
}

export async function exportBankToString(options: ExportOptions<TextExportFormat>): Promise<string> {
  let text = ''
  for await (const chunk of exportBank(options)) text += chunk
  return text
}

/** The whole export as bytes (text formats UTF-8 encoded): for tests and small banks. */
export async function exportBankToBytes(options: ExportOptions): Promise<Uint8Array> {
  const encoder = new TextEncoder()
  const parts: Uint8Array[] = []
  for await (const chunk of exportBank(options)) parts.push(typeof chunk === 'string' ? encoder.encode(chunk) : chunk)
  return Buffer.concat(parts)
}

/** Both CSV profiles are text/csv (RFC 4180, with a header row), so the type depends on the format only. */
export function contentTypeFor({ format }: { format: ExportFormat }): string {
  switch (format) {
    case 'json':
      return 'application/json; charset=utf-8'
    case 'md':
      return 'text/markdown; charset=utf-8; variant=GFM'
    case 'csv':
      return 'text/csv; charset=utf-8; header=present'
    case 'anki':
      return 'text/tab-separated-values; charset=utf-8'
    case 'moodle':
      return 'application/xml; charset=utf-8'
    case 'gift':
      return 'text/plain; charset=utf-8'
    case 'apkg':
      return 'application/vnd.anki'
    case 'qti':
      return 'application/zip'
  }
}

const fileExtensions: Record<ExportFormat, string> = {
  json: 'json',
  md: 'md',
  csv: 'csv',
  anki: 'anki.txt',
  moodle: 'moodle.xml',
  gift: 'gift.txt',
  apkg: 'apkg',
  qti: 'qti.zip',
}

/** Keeps a file-name part to characters that are safe in Content-Disposition and on every file system. */
function fileNamePart(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+|[.-]+$/g, '')
}

/** "<role-slug>[-<release>].<ext>", e.g. "ai-data-ops-specialist-2024-06.json". */
export function fileNameFor({ roleSlug, format, release }: { roleSlug: string; format: ExportFormat; release?: string }): string {
  const role = fileNamePart(roleSlug) || 'bank'
  const releasePart = release === undefined ? '' : fileNamePart(release)
  return `${releasePart === '' ? role : `${role}-${releasePart}`}.${fileExtensions[format]}`
}

export type { CsvProfile } from '../format/csv'
export { csvProfiles } from '../format/csv'
export type { ExportHint, ExportLevel, ExportLevelEntry, ExportQuestion, ExportRole, ExportSource } from './source'
export { sourceFromArrays } from './source'
export { bankToExportSource } from './from-bank'
export { jsonSchemaDocument } from '../format/schema'
export type { LossLine, LossReport } from './loss'
export { formatLossReport, lossReportFor, lossReports } from './loss'
