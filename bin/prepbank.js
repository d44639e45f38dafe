#!/usr/bin/env node
// Runs the TypeScript CLI with the production export condition: on Node 20,
// lexical's development entry points use top-level await that hangs scripts.
//
// The CLI runs in a child process, joined to this one by an IPC channel. When
// this process dies, however it dies (kill -9 included), the channel closes
// and the child stops at once, leaving its open import transaction to roll
// back (src/cli/main.ts). Signals sent to this process are passed on.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
// tsx's loader in the child itself, not tsx's CLI: that would add a grandchild the channel does not reach.
const tsxLoader = pathToFileURL(require.resolve('tsx')).href
const nodeOptions = [process.env.NODE_OPTIONS, '--conditions=production', '--no-deprecation'].filter(Boolean).join(' ')
const child = spawn(process.execPath, ['--import', tsxLoader, path.join(root, 'src/cli/main.ts'), ...process.argv.slice(2)], {
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  env: { ...process.env, NODE_OPTIONS: nodeOptions },
})
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal)
  })
}
child.on('error', (error) => {
  process.stderr.write(`prepbank: could not start the CLI: ${error.message}\n`)
  process.exit(2)
})
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1) : 2))
})
