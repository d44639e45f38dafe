import type { CsvProfile } from '../format/csv'
import type { ExportSource } from './source'
import { csvChunks } from './csv'
import { jsonChunks } from './json'
import { markdownChunks } from './markdown'
import { normalSource } from './source'

/**
 * Exporters of an approved bank to JSON, Markdown or CSV. Pure functions of
 * their source: deterministic bytes, streamed with flat memory, no Payload.
 */

export const exportFormats = ['json', 'md', 'csv'] as const
export type ExportFormat = (typeof exportFormats)[number]

export type ExportOptions = {
  source: ExportSource
  format: ExportFormat
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

function formatChunks({ source, format, csvProfile = 'standard' }: ExportOptions): AsyncIterable<string> {
  const normal = normalSource(source)
  switch (format) {
    case 'json':
      return jsonChunks({ source: normal })
    case 'md':
      return markdownChunks({ source: normal })
    case 'csv':
      return csvChunks({ source: normal, profile: csvProfile })
  }
}

/**
 * The export as a stream of text chunks. Throws (when iterated, or at once for
 * an invalid role) if an item cannot be exported faithfully; see ./source.
 */
export function exportBank(options: ExportOptions): AsyncIterable<string> {
  return coalesce(formatChunks(options))
}

export async function exportBankToString(options: ExportOptions): Promise<string> {
  let text = ''
  for await (const chunk of exportBank(options)) text += chunk
  return text
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
  }
}

const fileExtensions: Record<ExportFormat, string> = { json: 'json', md: 'md', csv: 'csv' }

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
