import type { ChildProcess } from 'node:child_process'

import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestInstance } from '../helpers/payload'
import { acquireImportLock, importLockPath } from '../../src/import/importLock'
import { startPayload } from '../helpers/payload'

/**
 * Issue #16, findings 3 and 5, replayed with the real CLI (bin/prepbank.js)
 * against the SQLite file this test's own Payload has open, as the server
 * would have it: readers and writers in this process keep working while the
 * CLI imports, a second import is refused with a message (no stack trace),
 * and `kill -9` of the CLI's pid stops its import and leaves nothing behind.
 */
const root = path.resolve(import.meta.dirname, '../..')

let instance: TestInstance
let env: NodeJS.ProcessEnv

beforeAll(async () => {
  // Writers in this process wait for the CLI's transaction as long as it takes here.
  process.env.PREPBANK_DB_LOCK_TIMEOUT_MS = '600000'
  instance = await startPayload({ name: 'availability-cli' })
  env = {
    ...process.env,
    NODE_OPTIONS: '',
    DATABASE_URI: process.env.DATABASE_URI,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
    PREPBANK_DATA_DIR: instance.dir,
    PREPBANK_LOG_LEVEL: 'warn',
    // A loaded CI machine parses a 5,100-question bank slowly; the budget is not what this file tests.
    PREPBANK_PARSE_TIMEOUT_MS: '900000',
  }
}, 600_000)
afterAll(async () => {
  await instance?.close()
})

/** A Q&A bank of `questions` questions in sections of 1,000: big enough that its import takes a while. */
const writeBank = ({ role, questions }: { role: string; questions: number }): string => {
  const lines = [`${role} Interview Questions`, '']
  for (let level = 0; level * 1000 < questions; level += 1) {
    lines.push(`Level ${level + 1}`, '')
    for (let index = level * 1000; index < Math.min(questions, (level + 1) * 1000); index += 1) {
      lines.push(`Q: How would you handle case ${index + 1} of ${role}?`, `A: A strong answer names trade-off ${index + 1} and explains it.`, '')
    }
  }
  const file = path.join(instance.dir, `${role.replaceAll(' ', '-')}.txt`)
  fs.writeFileSync(file, lines.join('\n'))
  return file
}

type Run = { child: ChildProcess; output: () => string; exited: Promise<number | null> }

const runCli = (args: string[], extraEnv: Record<string, string> = {}): Run => {
  const child = spawn(process.execPath, [path.join(root, 'bin/prepbank.js'), ...args], { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, output: () => output, exited }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls until `condition` holds; fails with `what` after `withinMs` (generous: this is not a timing assertion). */
const waitFor = async ({ condition, what, withinMs = 240_000 }: { condition: () => boolean; what: string; withinMs?: number }) => {
  const deadline = Date.now() + withinMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`)
    await pause(50)
  }
}

/** Running, not a zombie waiting to be reaped by whoever adopted it. */
const isAlive = (pid: number) => {
  let stat = ''
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return false
  }
  return !/^\d+ \(.*\) Z/.test(stat)
}

const walSize = () => fs.statSync(`${process.env.DATABASE_URI!.slice('file:'.length)}-wal`, { throwIfNoEntry: false })?.size ?? 0

const countQuestions = async (roleName: string) =>
  (await instance.payload.count({ collection: 'questions', where: { 'role.name': { equals: roleName } } })).totalDocs

describe('a CLI import shares the database', () => {
  it('a second import is refused with a message naming the first, not a stack trace', async () => {
    // The first import's lock is held here, so the refusal does not depend on how fast the CLI starts.
    const held = await acquireImportLock({ payload: instance.payload, fileName: 'held-by-the-test.txt', waitMs: 0 })
    if ('refused' in held) throw new Error(held.refused)
    try {
      const second = runCli(['import', path.join(root, 'examples/ai-data-ops-specialist.txt')], { PREPBANK_IMPORT_WAIT_MS: '0' })
      expect(await second.exited, second.output()).toBe(1)
      expect(second.output()).toMatch(/Another import is writing to this database: the import of "held-by-the-test\.txt" \(pid \d+/)
      expect(second.output()).not.toMatch(/^\s+at /m)
    } finally {
      held.release()
    }
  }, 900_000)

  it('readers and writers here keep working while the CLI imports', async () => {
    const lockPath = importLockPath(instance.payload)
    const first = runCli(['import', writeBank({ role: 'Queue First', questions: 2000 })])
    await waitFor({ condition: () => fs.existsSync(lockPath) || first.child.exitCode !== null, what: 'the import to take the lock' })
    // While the import holds the database (or has just finished): a read answers, and a write waits for it instead of failing.
    const read = await instance.payload.find({ collection: 'levels', limit: 1 })
    expect(read.docs).toBeDefined()
    const write = instance.payload.create({ collection: 'levels', data: { name: 'Written during an import', rank: 99 } })
    expect(await first.exited, first.output()).toBe(0)
    expect((await write).name).toBe('Written during an import')
    expect(await countQuestions('Queue First')).toBe(2000)
    expect(fs.existsSync(lockPath)).toBe(false)
  }, 900_000)

  it('kill -9 of the CLI stops its import and rolls it back', async () => {
    const lockPath = importLockPath(instance.payload)
    const walBefore = walSize()
    const run = runCli(['import', writeBank({ role: 'Killed Mid Import', questions: 5100 })])
    // Writing has begun when the lock is held and the write-ahead log has grown past what it held before.
    await waitFor({
      condition: () => (fs.existsSync(lockPath) && walSize() > walBefore + 512 * 1024) || run.child.exitCode !== null,
      what: 'the import to start writing',
    })
    expect(run.child.exitCode, `the import finished before it could be killed:\n${run.output()}`).toBeNull()
    // The CLI is one process (bin/prepbank.js): nothing it started outlives it.
    const children = fs.readFileSync(`/proc/${run.child.pid}/task/${run.child.pid}/children`, 'utf8').trim()
    expect(children).toBe('')
    run.child.kill('SIGKILL')
    await run.exited
    expect(isAlive(run.child.pid!)).toBe(false)

    expect(await countQuestions('Killed Mid Import')).toBe(0)
    expect((await instance.payload.count({ collection: 'roles', where: { name: { equals: 'Killed Mid Import' } } })).totalDocs).toBe(0)
    // Its lock went with it: the next import does not wait.
    const next = runCli(['import', path.join(root, 'examples/ai-image-data-specialist.txt')], { PREPBANK_IMPORT_WAIT_MS: '0' })
    expect(await next.exited, next.output()).toBe(0)
  }, 900_000)
})
