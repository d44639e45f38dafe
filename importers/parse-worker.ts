import { parentPort, workerData } from 'node:worker_threads'

import type { DiagnosticJson } from './diagnostics'
import type { Bank, Layout } from '../format/model'
import type { ParseOptions } from './parse'

import { capDiagnostics } from './diagnostics'
import { diagnosticsToJson, parseBank } from './parse'

/**
 * The parser's worker-thread entry (src/import/parseInWorker.ts runs it, bundled into one
 * plain .mjs file). What crosses back to the main thread is plain data: the
 * model and the diagnostics, not the vfile.
 */
export type ParsedDocument = {
  bank: Bank | null
  layout: Layout | null
  errors: number
  warnings: number
  diagnostics: DiagnosticJson[]
}

export type ParseRequest = { kind: 'prepbank-parse'; input: Uint8Array | string; options: ParseOptions }

/** Diagnostics of one rule a report lists one by one; the rest are counted in one line. */
const diagnosticsPerRule = 200

export const parseDocument = ({ input, options }: Omit<ParseRequest, 'kind'>): ParsedDocument => {
  const { bank, layout, errors, warnings, file } = parseBank(input, options)
  return { bank, layout, errors, warnings, diagnostics: capDiagnostics({ diagnostics: diagnosticsToJson(file), perRule: diagnosticsPerRule }) }
}

const request = workerData as ParseRequest | undefined
if (parentPort && request?.kind === 'prepbank-parse') parentPort.postMessage(parseDocument(request))
