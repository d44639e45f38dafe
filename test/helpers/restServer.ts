/**
 * A second Payload server in a process of its own: Payload's REST router
 * (the handler Next's route calls) behind node:http on a loopback port, on
 * the database DATABASE_URI names. Prints `LISTENING <url>` when it answers.
 * Started by startRestServer; tests share one SQLite file between it and
 * their in-process instance, so each has its own memory and only the
 * database is common.
 *
 *   NODE_OPTIONS=--conditions=production node --import tsx test/helpers/restServer.ts
 */
import type { ChildProcess } from 'node:child_process'

import { spawn } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pathToFileURL } from 'node:url'

const root = path.resolve(import.meta.dirname, '../..')

const serve = async (): Promise<void> => {
  const { getPayload, handleEndpoints } = await import('payload')
  const { default: config } = await import('../../payload.config')
  // Outside production Payload's start would spawn `payload generate:types`; the test instance beside it owns that.
  const resolved = await config
  resolved.typescript = { ...resolved.typescript, autoGenerate: false }
  const payload = await getPayload({ config: resolved })
  const server = http.createServer((incoming, outgoing) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', async () => {
      try {
        const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined
        const request = new Request(`http://127.0.0.1${incoming.url}`, {
          method: incoming.method,
          headers: Object.entries(incoming.headers).flatMap(([key, value]): [string, string][] => (typeof value === 'string' ? [[key, value]] : [])),
          body: incoming.method === 'GET' || incoming.method === 'HEAD' ? undefined : body,
        })
        const response = await handleEndpoints({ config: payload.config, request })
        outgoing.writeHead(response.status, Object.fromEntries(response.headers.entries()))
        if (response.body) Readable.fromWeb(response.body as never).pipe(outgoing)
        else outgoing.end()
      } catch (error) {
        outgoing.writeHead(500).end(String(error))
      }
    })
  })
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number }
    process.stdout.write(`LISTENING http://127.0.0.1:${port}\n`)
  })
}

export type RestServer = { url: string; stop: () => Promise<void> }

/** Starts restServer.ts in a child process on the database `databaseUri`, with the same secret and data dir as the caller. */
export const startRestServer = async ({ databaseUri, dataDir }: { databaseUri: string; dataDir: string }): Promise<RestServer> => {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'test/helpers/restServer.ts')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_OPTIONS: '--no-deprecation --conditions=production',
      DATABASE_URI: databaseUri,
      PAYLOAD_SECRET: 'prepbank-test-secret-0123456789',
      PREPBANK_DATA_DIR: dataDir,
      PREPBANK_SEED_EXAMPLES: 'false',
      PREPBANK_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const match = /LISTENING (\S+)/.exec(output)
      if (match) resolve(match[1])
    })
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.on('exit', (code) => reject(new Error(`the REST server exited with ${code} before listening:\n${output}`)))
  })
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await serve()
