import { Worker } from 'node:worker_threads'

import type { ParseOptions } from '../../importers/parse'
import type { ParsedDocument, ParseRequest } from '../../importers/parse-worker'

import { readEnv } from '../config/env'
import { ensureParseWorkerBundle } from './parseWorkerBundle'

/**
 * Parses a document on a worker thread with a time and a memory budget, so
 * that no document, however built, can hold the server's event loop or its
 * heap (issue #16, finding 2). Over budget, the worker is stopped and the
 * result is one `parse-budget-exceeded` error: no model, so nothing is written.
 */
export type ParseBudget = {
  /** Wall-clock time the parse may take. */
  timeoutMs: number
  /** Old-generation heap the worker may grow to. */
  memoryMb: number
}

export const parseBudgetFromEnv = (): ParseBudget => {
  const env = readEnv()
  return { timeoutMs: env.PREPBANK_PARSE_TIMEOUT_MS, memoryMb: env.PREPBANK_PARSE_MEMORY_MB }
}

const failed = ({ ruleId, message }: { ruleId: string; message: string }): ParsedDocument => ({
  bank: null,
  layout: null,
  errors: 1,
  warnings: 0,
  diagnostics: [{ line: 1, column: 1, endLine: null, endColumn: null, severity: 'error', ruleId, message }],
})

const overBudget = (what: string): ParsedDocument =>
  failed({
    ruleId: 'parse-budget-exceeded',
    message: `Parsing was stopped: it ${what}. Nothing was written. Split the document, or flatten its nesting, and import it again.`,
  })

export const parseInWorker = async ({
  input,
  options,
  budget = parseBudgetFromEnv(),
}: {
  input: Uint8Array | string
  options: ParseOptions
  budget?: ParseBudget
}): Promise<ParsedDocument> => {
  const bundle = await ensureParseWorkerBundle()
  const request: ParseRequest = { kind: 'prepbank-parse', input, options }
  return new Promise((resolve) => {
    const worker = new Worker(bundle, {
      workerData: request,
      // The bundle needs no loader: do not inherit tsx's or vitest's.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb },
      stdout: true,
      stderr: true,
    })
    let settled = false
    const settle = (result: ParsedDocument) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      void worker.terminate()
      resolve(result)
    }
    const timer = setTimeout(() => settle(overBudget(`took longer than ${budget.timeoutMs / 1000} s`)), budget.timeoutMs)
    worker.once('message', (result: ParsedDocument) => settle(result))
    worker.once('error', (error: Error & { code?: string }) =>
      settle(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? overBudget(`needed more than ${budget.memoryMb} MB of memory`)
          : failed({ ruleId: 'internal-error', message: `Internal error while parsing: ${error.message}` }),
      ),
    )
    worker.once('exit', (code) => settle(failed({ ruleId: 'internal-error', message: `Internal error: the parser stopped (exit code ${code}) without a result.` })))
  })
}
