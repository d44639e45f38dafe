#!/usr/bin/env node
// `npm run dev`: Next's dev server, plus one line saying when the admin answers.
// Next compiles the admin and Payload starts (migrating, and seeding the example
// banks on an empty database) only on the first request; this script makes that
// request itself, so the first run starts at once and ends with a "ready" line.
import { spawn } from 'node:child_process'

const port = process.env.PORT ?? '3000'
const url = `http://localhost:${port}/admin`
const child = spawn('npx', ['next', 'dev', '-p', port, ...process.argv.slice(2)], { stdio: 'inherit', env: process.env })
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))

const started = Date.now()
console.log(`Prepbank: starting; the first run compiles the admin and seeds the example banks (a few minutes), later runs take seconds.`)
for (;;) {
  try {
    // The admin answers 200 (or redirects to the first-user form) once Payload is up.
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(600_000) })
    if (response.status < 500) break
  } catch {
    // not listening yet
  }
  await new Promise((resolve) => setTimeout(resolve, 1000))
}
console.log(`\nPrepbank is ready at ${url} (${Math.round((Date.now() - started) / 1000)} s)\n`)
