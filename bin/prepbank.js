#!/usr/bin/env node
// Runs the TypeScript CLI in this one process, so that a signal or `kill -9`
// of this pid stops the import with it: the open transaction is never
// committed, and SQLite or PostgreSQL roll it back.
//
// Two loader hooks stand in for command-line flags: tsx compiles the sources,
// and the `production` export condition keeps lexical off its development
// entry points, whose top-level await hangs scripts on Node 20
// (the same as NODE_OPTIONS=--conditions=production for the npm scripts).
import { register } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { register as registerTsx } from 'tsx/esm/api'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const productionCondition = `export async function resolve(specifier, context, next) {
  return next(specifier, context.conditions.includes('production') ? context : { ...context, conditions: [...context.conditions, 'production'] })
}`
register(`data:text/javascript,${encodeURIComponent(productionCondition)}`)
registerTsx()
process.noDeprecation = true
await import(pathToFileURL(path.join(root, 'src/cli/main.ts')).href)
