import type { Client, InArgs, InStatement, ResultSet, Transaction } from '@libsql/client'
import type { DatabaseAdapterObj } from 'payload'

import { createClient } from '@libsql/client'

/**
 * How Prepbank talks to a SQLite file so that one writer never takes the
 * others down (issue #16, findings 3 and 4).
 *
 * - WAL journal: readers never wait for a writer, so `GET /api/questions`
 *   answers while an import commits, in this process or in the CLI's.
 * - One dedicated writer connection, and an in-process queue in front of it:
 *   libsql runs statements synchronously, so SQLite's own `busy_timeout` would
 *   sleep on the event loop while the transaction it waits for belongs to the
 *   same process — a deadlock until the timeout. Queued writers wait on a
 *   promise instead, and the server keeps answering.
 * - `BEGIN IMMEDIATE` is sent at the transaction's first statement, not when
 *   Payload opens it: Payload's forgot-password writes a reservation outside
 *   the transaction it has just opened (`reservationReq`), which can only work
 *   while that transaction holds no lock yet. Drizzle ignores
 *   `transactionOptions.behavior` for libsql, so this is the place to do it.
 * - Another process's writer (the CLI) is waited for by retrying `BEGIN
 *   IMMEDIATE` with a backoff, again without blocking the event loop, up to
 *   `lockTimeoutMs`; after that the write fails with a message that says why.
 */
export type SqliteConnectionOptions = {
  url: string
  /** How long a write waits for other writers (this process's queue, then other processes). */
  lockTimeoutMs: number
}

/** SQLite's own wait for the rare writes outside a transaction; longer waits are async retries. */
const autocommitBusyTimeoutMs = 100

const isBusy = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && String((error as { code: unknown }).code).startsWith('SQLITE_BUSY')

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const lockTimeoutError = (waitedMs: number): Error =>
  Object.assign(
    new Error(`The database stayed locked by another writer (an import?) for ${Math.round(waitedMs / 1000)} s; try again when it has finished.`),
    { name: 'DatabaseLockTimeout' },
  )

/** A FIFO queue of writers: `acquire` resolves with the release function once every earlier writer has released. */
const createWriteQueue = ({ timeoutMs }: { timeoutMs: number }) => {
  let tail: Promise<void> = Promise.resolve()
  return {
    acquire: async (): Promise<() => void> => {
      let release!: () => void
      const mine = new Promise<void>((resolve) => (release = resolve))
      const before = tail
      tail = before.then(() => mine)
      let timer: NodeJS.Timeout | undefined
      const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)))
      const outcome = await Promise.race([before.then(() => 'ready' as const), timedOut])
      clearTimeout(timer)
      if (outcome === 'timeout') {
        // Give up our place without blocking the writers queued behind us.
        release()
        throw lockTimeoutError(timeoutMs)
      }
      return release
    },
  }
}

const openWriter = async ({ url }: { url: string }): Promise<Client> => {
  const writer = createClient({ url })
  await writer.execute('PRAGMA busy_timeout = 0')
  return writer
}

const retryWhileBusy = async <T>({ run, lockTimeoutMs }: { run: () => Promise<T>; lockTimeoutMs: number }): Promise<T> => {
  const waitedFrom = Date.now()
  for (let pause = 25; ; pause = Math.min(pause * 2, 500)) {
    try {
      return await run()
    } catch (error) {
      if (!isBusy(error)) throw error
      if (Date.now() - waitedFrom > lockTimeoutMs) throw lockTimeoutError(Date.now() - waitedFrom)
      await sleep(pause)
    }
  }
}

/** `BEGIN IMMEDIATE` on the writer connection, retried while another process holds the write lock. */
const beginImmediate = async ({ writer, deadline, waitedFrom }: { writer: Client; deadline: number; waitedFrom: number }): Promise<void> => {
  for (let pause = 10; ; pause = Math.min(pause * 2, 250)) {
    try {
      await writer.execute('BEGIN IMMEDIATE')
      return
    } catch (error) {
      if (!isBusy(error)) throw error
      if (Date.now() > deadline) throw lockTimeoutError(Date.now() - waitedFrom)
      await sleep(pause)
    }
  }
}

/**
 * A libsql `Transaction` whose `BEGIN IMMEDIATE` waits for the first
 * statement. Statements run one after another on the shared writer
 * connection, which the queue gives to one transaction at a time.
 */
const lazyTransaction = ({
  writer,
  queue,
  lockTimeoutMs,
}: {
  writer: () => Promise<Client>
  queue: ReturnType<typeof createWriteQueue>
  lockTimeoutMs: number
}): Transaction => {
  let begun: Promise<{ connection: Client; release: () => void }> | null = null
  let finished = false
  const begin = () =>
    (begun ??= (async () => {
      const waitedFrom = Date.now()
      const release = await queue.acquire()
      try {
        const connection = await writer()
        await beginImmediate({ writer: connection, deadline: waitedFrom + lockTimeoutMs, waitedFrom })
        return { connection, release }
      } catch (error) {
        release()
        throw error
      }
    })())
  const run = async (statement: InStatement, args?: InArgs): Promise<ResultSet> => {
    if (finished) throw new Error('The transaction is closed')
    const { connection } = await begin()
    return typeof statement === 'string' && args !== undefined ? connection.execute({ sql: statement, args }) : connection.execute(statement)
  }
  const finish = async (command: 'COMMIT' | 'ROLLBACK') => {
    if (finished) return
    finished = true
    if (!begun) return
    const opened = await begun.catch(() => null)
    if (!opened) return
    try {
      await opened.connection.execute(command)
    } catch (error) {
      // A failed COMMIT leaves the transaction open: roll it back so the writer is clean for the next one.
      if (command === 'COMMIT') await opened.connection.execute('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      opened.release()
    }
  }
  return {
    execute: run as Transaction['execute'],
    batch: async (statements: InStatement[]) => {
      const results: ResultSet[] = []
      for (const statement of statements) results.push(await run(statement))
      return results
    },
    executeMultiple: async (sql: string) => {
      const { connection } = await begin()
      // The client's executeMultiple rolls back an open transaction when it ends; run the statements one by one instead.
      for (const statement of sql.split(';').map((part) => part.trim()).filter(Boolean)) await connection.execute(statement)
    },
    commit: () => finish('COMMIT'),
    rollback: () => finish('ROLLBACK'),
    close: () => {
      void finish('ROLLBACK')
    },
    get closed() {
      return finished
    },
  } as Transaction
}

/** The client Payload's SQLite adapter uses: the reader connection, plus transactions on the queued writer. */
export const openSqliteClient = async ({ url, lockTimeoutMs }: SqliteConnectionOptions): Promise<Client> => {
  const client = createClient({ url })
  await client.execute(`PRAGMA busy_timeout = ${Math.min(lockTimeoutMs, autocommitBusyTimeoutMs)}`)
  if (!/^file::memory:|^:memory:/.test(url)) {
    const { rows } = await client.execute('PRAGMA journal_mode')
    if (rows[0]?.journal_mode !== 'wal') await client.execute('PRAGMA journal_mode = WAL')
    // In WAL mode NORMAL cannot corrupt the database; a power cut may lose the last commits.
    await client.execute('PRAGMA synchronous = NORMAL')
  }
  // Writes outside a transaction (Payload's schema push marker, its forgot-password reservation) retry
  // while another process writes, instead of failing; the failed statement applied nothing.
  for (const method of ['execute', 'batch', 'migrate', 'executeMultiple'] as const) {
    const original = (client[method] as (...args: unknown[]) => Promise<unknown>).bind(client)
    Object.assign(client, { [method]: (...args: unknown[]) => retryWhileBusy({ run: () => original(...args), lockTimeoutMs }) })
  }
  const queue = createWriteQueue({ timeoutMs: lockTimeoutMs })
  let writer: Promise<Client> | null = null
  const sharedWriter = () => (writer ??= openWriter({ url }))
  const close = client.close.bind(client)
  Object.assign(client, {
    transaction: async () => lazyTransaction({ writer: sharedWriter, queue, lockTimeoutMs }),
    close: () => {
      close()
      void writer?.then((connection) => connection.close())
    },
  })
  return client
}

/**
 * Hands Payload's SQLite adapter the client above before it connects; the
 * adapter then skips its own client (and its own pragmas, which it would set
 * on one connection only).
 */
export const withSqliteConnection = ({ adapter, ...options }: SqliteConnectionOptions & { adapter: DatabaseAdapterObj }): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args) as ReturnType<DatabaseAdapterObj['init']> & { client?: Client }
    const connect = db.connect
    if (connect) {
      db.connect = async function connectPolitely(this: typeof db, connectOptions) {
        this.client ??= await openSqliteClient(options)
        return connect.call(this, connectOptions)
      }
    }
    return db
  },
})
