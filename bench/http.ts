/**
 * The HTTP export endpoint under load: the production build (`next start`,
 * as test/helpers/server.ts runs it) on a loopback port, a database seeded
 * with a published bank by a child process in production mode, and
 * autocannon in a process of its own against 127.0.0.1, bounded in time
 * (duration) and count (connections, and a cap on requests).
 *
 * For each bank size (a server of its own) and each number of connections,
 * three runs: plain GETs (after the first, each is served from the export
 * cache for the bank's fingerprint), the same GETs with If-None-Match set to
 * the ETag the endpoint returned (every request is answered 304 after the
 * fingerprint query), and, for reference, the cheapest Payload REST read
 * there is (one level, depth 0) on the same server: what Next.js and
 * Payload cost per request before any export work.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ensureProductionBuild, startProductionServer } from '../test/helpers/server'
import { runCase } from './lib/child'

const root = path.resolve(import.meta.dirname, '..')

export type LoadRun = {
  scenario: 'full export' | 'ETag revalidation' | 'reference: minimal REST read'
  /** Questions in the bank the server holds, and the bytes of its JSON export. */
  questions: number
  bodyBytes: number
  connections: number
  durationS: number
  requests: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  maxMs: number
  statusCounts: Record<string, number>
  errors: number
  timeouts: number
  bytesPerSecond: number
}

export type HttpOutcome = { questions: number; bodyBytes: number; runs: LoadRun[]; buildMs: number; seedMs: number; error?: string; sizes?: number[] }

type AutocannonJson = {
  requests: { average: number; total: number }
  latency: { p50: number; p99: number; max: number }
  throughput: { average: number }
  errors: number
  timeouts: number
  statusCodeStats?: Record<string, { count: number }>
  '2xx': number
  non2xx: number
}

/** autocannon's CLI in its own process, JSON on stdout. */
const autocannon = ({ url, connections, durationS, headers = {} }: { url: string; connections: number; durationS: number; headers?: Record<string, string> }) =>
  new Promise<AutocannonJson>((resolve, reject) => {
    const cli = path.join(root, 'node_modules/autocannon/autocannon.js')
    const args = [cli, '--json', '--no-progress', '-c', String(connections), '-d', String(durationS), '-O', '200000', '-t', '10']
    for (const [key, value] of Object.entries(headers)) args.push('-H', `${key}=${value}`)
    args.push(url)
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')))
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}: ${err.slice(-1000)}`))
      try {
        resolve(JSON.parse(out.slice(out.indexOf('{'))) as AutocannonJson)
      } catch (error) {
        reject(new Error(`autocannon printed no JSON: ${String(error)}\n${out.slice(-500)}${err.slice(-500)}`))
      }
    })
  })

const toRun = ({ scenario, questions, bodyBytes, connections, durationS, json }: { scenario: LoadRun['scenario']; questions: number; bodyBytes: number; connections: number; durationS: number; json: AutocannonJson }): LoadRun => ({
  scenario,
  questions,
  bodyBytes,
  connections,
  durationS,
  requests: json.requests.total,
  requestsPerSecond: json.requests.average,
  p50Ms: json.latency.p50,
  p99Ms: json.latency.p99,
  maxMs: json.latency.max,
  statusCounts: Object.fromEntries(Object.entries(json.statusCodeStats ?? {}).map(([code, stats]) => [code, stats.count])),
  errors: json.errors,
  timeouts: json.timeouts,
  bytesPerSecond: json.throughput.average,
})

/** One bank size on a server of its own: seeded, checked, then each connection count in turn. */
const benchSize = async ({ size, connections, durationS, verbose, outcome }: { size: number; connections: readonly number[]; durationS: number; verbose: boolean; outcome: HttpOutcome }): Promise<string | null> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prepbank-bench-http-'))
  try {
    const seed = await runCase({ caseName: 'seed-http', args: ['--size', String(size), '--dir', dir], env: { NODE_ENV: 'production' }, verbose })
    if (seed.error) return seed.error
    outcome.seedMs += seed.results[0]?.ms ?? 0

    const server = await startProductionServer({ env: { DATABASE_URI: `file:${path.join(dir, 'prepbank.db')}`, PREPBANK_DATA_DIR: dir, PREPBANK_LOG_LEVEL: 'error' } })
    try {
      const url = `${server.url}/api/roles/benchmark-specialist/export?format=json`
      const first = await fetch(url)
      const body = await first.text()
      const etag = first.headers.get('etag')
      if (first.status !== 200 || !etag) return `GET ${url}: ${first.status}, ETag ${etag}: ${body.slice(0, 300)}`
      const bank = JSON.parse(body) as { levels: { questions: unknown[] }[] }
      const exported = bank.levels.reduce((sum, level) => sum + level.questions.length, 0)
      if (exported !== size) return `the endpoint exported ${exported} of ${size} questions`
      const bodyBytes = Buffer.byteLength(body)
      if (outcome.bodyBytes === 0) outcome.bodyBytes = bodyBytes
      const revalidated = await fetch(url, { headers: { 'if-none-match': etag } })
      if (revalidated.status !== 304) return `If-None-Match with the ETag answered ${revalidated.status}, not 304`
      const cached = await fetch(url)
      const cachedBody = await cached.text()
      if (cachedBody !== body || cached.headers.get('x-export-cache') !== 'hit')
        return `a repeat GET was not served from the export cache (${cached.headers.get('x-export-cache')}, ${cached.headers.get('content-encoding') ?? 'unencoded'}, ${cachedBody.length} characters against ${body.length}: ${JSON.stringify(cachedBody.slice(0, 80))})`

      const reference = `${server.url}/api/levels?limit=1&depth=0`
      const common = { questions: size, bodyBytes, durationS }
      for (const count of connections) {
        // A short warm-up, so the timed runs do not measure the first requests' compilation.
        await autocannon({ url, connections: count, durationS: Math.min(2, durationS) })
        outcome.runs.push(toRun({ scenario: 'full export', connections: count, ...common, json: await autocannon({ url, connections: count, durationS }) }))
        outcome.runs.push(
          toRun({ scenario: 'ETag revalidation', connections: count, ...common, json: await autocannon({ url, connections: count, durationS, headers: { 'If-None-Match': etag } }) }),
        )
        outcome.runs.push(toRun({ scenario: 'reference: minimal REST read', connections: count, ...common, json: await autocannon({ url: reference, connections: count, durationS }) }))
      }
      return null
    } finally {
      await server.stop()
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

export const benchHttp = async ({ sizes, connections, durationS, verbose }: { sizes: readonly number[]; connections: readonly number[]; durationS: number; verbose: boolean }): Promise<HttpOutcome> => {
  const outcome: HttpOutcome = { questions: sizes[0] ?? 0, sizes: [...sizes], bodyBytes: 0, runs: [], buildMs: 0, seedMs: 0 }
  try {
    const buildStarted = performance.now()
    ensureProductionBuild()
    outcome.buildMs = performance.now() - buildStarted
    for (const size of sizes) {
      const error = await benchSize({ size, connections, durationS, verbose, outcome })
      if (error) return { ...outcome, error: `${size} questions: ${error}` }
    }
    return outcome
  } catch (error) {
    return { ...outcome, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  }
}
