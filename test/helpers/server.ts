import type { ChildProcess } from 'node:child_process'

import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const sourceDirs = ['src', 'collections', 'importers', 'exporters', 'payload.config.ts', 'next.config.mjs', 'package-lock.json']

const newestMtime = (entry: string): number => {
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  return fs.readdirSync(entry).reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs)
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

/**
 * Builds the production app unless a build newer than every source file is
 * already there. Browser test files run in parallel workers: a lock directory
 * makes the second one wait for the first one's build instead of racing it.
 */
export const ensureProductionBuild = (): void => {
  const lock = path.join(root, '.next-build.lock')
  for (;;) {
    try {
      fs.mkdirSync(lock)
      break
    } catch {
      // A lock older than 15 minutes belongs to a build that died.
      if (Date.now() - fs.statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 15 * 60_000) fs.rmSync(lock, { recursive: true, force: true })
      sleep(1000)
    }
  }
  try {
    buildIfStale()
  } finally {
    fs.rmSync(lock, { recursive: true, force: true })
  }
}

const buildIfStale = (): void => {
  const buildId = path.join(root, '.next/BUILD_ID')
  const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0
  const sources = Math.max(...sourceDirs.map((dir) => path.join(root, dir)).filter(fs.existsSync).map(newestMtime))
  if (built > sources) return
  execFileSync('npx', ['next', 'build', '--webpack'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation' },
  })
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

export type RunningServer = { url: string; dir: string; stop: () => Promise<void> }

/** `next start` on a loopback port with its own fresh production database. */
export const startProductionServer = async ({ env = {} }: { env?: Record<string, string> } = {}): Promise<RunningServer> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prepbank-server-'))
  const port = await freePort()
  const child: ChildProcess = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NODE_OPTIONS: '--no-deprecation',
      DATABASE_URI: `file:${path.join(dir, 'prepbank.db')}`,
      PAYLOAD_SECRET: 'prepbank-browser-test-secret-0123',
      PREPBANK_DATA_DIR: dir,
      // The CSRF origin list defaults to http://127.0.0.1:PORT.
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${output}`)
    try {
      const response = await fetch(`${url}/api/levels`)
      if (response.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer within 60 s:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    url,
    dir,
    stop: async () => {
      try {
        process.kill(-child.pid!, 'SIGTERM')
      } catch {
        // already gone
      }
      await new Promise((resolve) => setTimeout(resolve, 200))
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
