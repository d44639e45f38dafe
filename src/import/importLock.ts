import type { Payload } from 'payload'

import { createHash, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * One import writes to a database at a time (issue #16, finding 3). Imports
 * are single transactions, and on SQLite a second writer can only wait for
 * the first; two at once also plan against the same rows. The lock is a file
 * beside the SQLite database (in the temporary directory for other
 * databases), so the server and every CLI on this machine share it without
 * any state in memory. It names its holder; a holder that died (kill -9, a
 * crash) is recognised by its pid and its lock taken over.
 *
 * A second import waits up to `waitMs` for the first, then is refused with a
 * message saying which import holds the database.
 */
type Holder = { pid: number; host: string; fileName: string; startedAt: string; token: string }

export type ImportLock = { release: () => void }
export type ImportLockRefusal = { refused: string }

const staleUnreadableMs = 10_000

const databaseIdentity = (payload: Payload): { sqliteFile: string | null; key: string } => {
  const db = payload.db as unknown as { name?: string; clientConfig?: { url?: string }; poolOptions?: { connectionString?: string }; url?: string }
  const url = db.clientConfig?.url ?? db.poolOptions?.connectionString ?? db.url ?? db.name ?? 'database'
  const file = url.startsWith('file:') ? url.slice('file:'.length).split('?')[0] : null
  return { sqliteFile: file && !file.includes(':memory:') ? path.resolve(file) : null, key: url }
}

export const importLockPath = (payload: Payload): string => {
  const { sqliteFile, key } = databaseIdentity(payload)
  if (sqliteFile) return `${sqliteFile}.import-lock`
  return path.join(os.tmpdir(), `prepbank-import-${createHash('sha256').update(key).digest('hex').slice(0, 16)}.lock`)
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const readHolder = (lockPath: string): Holder | null => {
  try {
    return JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Holder
  } catch {
    return null
  }
}

/** Removes the lock when its holder is gone; true when it did. */
const clearIfStale = (lockPath: string): boolean => {
  const holder = readHolder(lockPath)
  const stat = fs.statSync(lockPath, { throwIfNoEntry: false })
  if (!stat) return true
  const dead = holder ? holder.host === os.hostname() && !isAlive(holder.pid) : Date.now() - stat.mtimeMs > staleUnreadableMs
  if (!dead) return false
  fs.rmSync(lockPath, { force: true })
  return true
}

const describeHolder = (holder: Holder | null): string =>
  holder ? `the import of "${holder.fileName}" (pid ${holder.pid} on ${holder.host}, started ${holder.startedAt})` : 'another import'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export const acquireImportLock = async ({
  payload,
  fileName,
  waitMs,
  onWait,
}: {
  payload: Payload
  fileName: string
  waitMs: number
  /** Called once if the lock is held by another import, before waiting for it. */
  onWait?: (message: string) => void
}): Promise<ImportLock | ImportLockRefusal> => {
  const lockPath = importLockPath(payload)
  const me: Holder = { pid: process.pid, host: os.hostname(), fileName, startedAt: new Date().toISOString(), token: randomUUID() }
  const deadline = Date.now() + waitMs
  let told = false
  for (let pause = 50; ; pause = Math.min(pause * 2, 500)) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(me), { flag: 'wx' })
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    if (clearIfStale(lockPath)) continue
    const holder = readHolder(lockPath)
    if (Date.now() >= deadline) {
      return { refused: `Another import is writing to this database: ${describeHolder(holder)}. Nothing was written; import again when it has finished.` }
    }
    if (!told) onWait?.(`Waiting for ${describeHolder(holder)} to finish…`)
    told = true
    await sleep(pause)
  }
  // A process that exits while importing (Ctrl-C, the CLI's parent gone) leaves no lock behind.
  const releaseOnExit = () => release()
  const release = () => {
    process.removeListener('exit', releaseOnExit)
    const holder = readHolder(lockPath)
    if (holder?.token === me.token) fs.rmSync(lockPath, { force: true })
  }
  process.once('exit', releaseOnExit)
  return { release }
}
