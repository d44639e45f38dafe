/**
 * The other agents' micro-benchmarks, run as cases of the suite (each in its
 * own process): the parser on large generated documents (bench/parse.ts) and
 * the exporters alone on a generated in-memory bank (bench/export.ts), so the
 * database's share of an export can be told from the exporters'.
 */
import type { CaseArgs, CaseResult } from '../lib/types'

import { benchExport } from '../export'
import { benchParse, type ParseBenchmark } from '../parse'

/** The ≥ 20 MB documents (once per run). */
export const microParseLarge = async (): Promise<CaseResult[]> => (await benchParse({ sizes: [], large: true })).map(toCaseResult)

/** Generic Markdown, Q&A text, the seed text layout and the remark-parse floor at one bank size. */
export const microParse = async ({ size }: CaseArgs): Promise<CaseResult[]> => (await benchParse({ sizes: [size], large: false })).map(toCaseResult)

const toCaseResult = (result: ParseBenchmark): CaseResult => ({
    kind: 'parse',
    tool: `parse-${result.document}`,
    size: result.questions,
    measured: result.questions,
    ms: result.ms,
    peakRssMb: 0,
    startRssMb: 0,
    peakIsStepOnly: false,
    bytes: result.bytes,
  })

export const microExporters = async ({ size }: CaseArgs): Promise<CaseResult[]> =>
  (await benchExport({ sizes: [size] })).map((row) => ({
    kind: 'exporter',
    tool: `exporter-${row.format}`,
    size: row.questions,
    measured: row.questions,
    ms: row.milliseconds,
    // bench/export.ts reports the growth of RSS while streaming, not the process's peak.
    peakRssMb: row.peakRssDeltaMegabytes,
    startRssMb: 0,
    peakIsStepOnly: true,
    bytes: Math.round(row.megabytes * 1024 * 1024),
    note: 'peakRssMb is the RSS growth while streaming',
  }))
