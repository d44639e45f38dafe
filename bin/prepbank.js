#!/usr/bin/env node
// Runs the TypeScript CLI with the production export condition: on Node 20,
// lexical's development entry points use top-level await that hangs scripts.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const tsx = require.resolve('tsx/cli')
const nodeOptions = [process.env.NODE_OPTIONS, '--conditions=production', '--no-deprecation'].filter(Boolean).join(' ')
const result = spawnSync(process.execPath, [tsx, path.join(root, 'src/cli/main.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: nodeOptions },
})
process.exit(result.status ?? 2)
