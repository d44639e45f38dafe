import { spawn } from 'node:child_process'
import path from 'node:path'

import type { CaseResult } from './types'

import { resultMarker } from './measure'

const root = path.resolve(import.meta.dirname, '../..')

export type ChildOutcome = { results: CaseResult[]; wallMs: number; error?: string }

/** NODE_OPTIONS with --conditions=production, which lexical needs on Node 20 outside Next. */
export const childNodeOptions = (): string => {
  const current = process.env.NODE_OPTIONS ?? ''
  return current.includes('--conditions=production') ? current : `${current} --conditions=production --no-deprecation`.trim()
}

/**
 * Runs one case of bench/case.ts in its own Node process and collects the
 * BENCH_RESULT lines it prints. A crash, a non-zero exit or a timeout is
 * returned as an error with the end of the child's output, never thrown:
 * the suite goes on and reports it.
 */
export const runCase = ({
  caseName,
  args = [],
  env = {},
  timeoutMs = 30 * 60_000,
  verbose = false,
}: {
  caseName: string
  args?: string[]
  env?: Record<string, string>
  timeoutMs?: number
  verbose?: boolean
}): Promise<ChildOutcome> =>
  new Promise((resolve) => {
    const started = performance.now()
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench/case.ts'), caseName, ...args], {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: childNodeOptions(), PREPBANK_LOG_LEVEL: 'error', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const results: CaseResult[] = []
    let tail = ''
    let pending = ''
    const keepTail = (text: string) => {
      tail = (tail + text).slice(-4000)
      if (verbose) process.stderr.write(text)
    }
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8')
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) {
        if (line.startsWith(resultMarker)) results.push(JSON.parse(line.slice(resultMarker.length)) as CaseResult)
        else keepTail(`${line}\n`)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => keepTail(chunk.toString('utf8')))
    const timer = setTimeout(() => {
      keepTail(`\n[bench] ${caseName} ran past ${Math.round(timeoutMs / 1000)} s and was stopped\n`)
      child.kill('SIGKILL')
    }, timeoutMs)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (pending.startsWith(resultMarker)) results.push(JSON.parse(pending.slice(resultMarker.length)) as CaseResult)
      const wallMs = performance.now() - started
      if (code === 0 && results.length > 0) resolve({ results, wallMs })
      else resolve({ results, wallMs, error: `${caseName} ${args.join(' ')} exited with ${signal ?? code}:\n${tail.trim().split('\n').slice(-15).join('\n')}` })
    })
  })
