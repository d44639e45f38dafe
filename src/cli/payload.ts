import type { Payload, SanitizedConfig } from 'payload'

import fs from 'node:fs'
import path from 'node:path'
import { getPayload } from 'payload'

import { defaultSqliteUri } from '../config/database'
import { readEnv } from '../config/env'

/** The SQLite file DATABASE_URI names (or the default one), or null for a database server. */
const sqliteFileOf = (): string | null => {
  const env = readEnv()
  const mode = env.NODE_ENV === 'production' ? 'production' : 'development'
  const uri = env.DATABASE_URI ?? defaultSqliteUri({ dataDir: path.resolve(env.PREPBANK_DATA_DIR), mode })
  return uri.startsWith('file:') ? path.resolve(uri.slice('file:'.length)) : null
}

/**
 * The CLI talks to the same database as the server, through the Local API.
 *
 * `preview` (a dry run) only reads: no schema push or pull, no start-up
 * work (migrations, seeding), and no database at all when the SQLite file
 * does not exist yet. Then `payload` has no connection and `emptyDatabase`
 * says that every question would be new; no file is left behind.
 */
export const startCliPayload = async ({ preview = false }: { preview?: boolean } = {}): Promise<{ payload: Payload; emptyDatabase: boolean }> => {
  process.env.PREPBANK_LOG_LEVEL ??= 'warn'
  // Seeding belongs to the server's first run, not to a one-off command.
  process.env.PREPBANK_SEED_EXAMPLES = 'false'
  const file = sqliteFileOf()
  const emptyDatabase = preview && file !== null && !fs.existsSync(file)
  const marker = file ? `${file}.mode` : null
  const markerExisted = marker ? fs.existsSync(marker) : true
  const { default: sanitized } = (await import('../../payload.config')) as { default: Promise<SanitizedConfig> }
  const config = await sanitized
  // A one-off command never regenerates src/payload-types.ts (Payload spawns that outside production).
  config.typescript = { ...config.typescript, autoGenerate: false }
  if (preview) {
    const init = config.db.init
    // A preview reads whatever schema the database has: pulling and pushing it costs seconds and writes.
    config.db = { ...config.db, init: (args) => Object.assign(init(args), { push: false, prodMigrations: undefined }) }
  }
  // Schema push draws a spinner on stdout; stdout carries the command's output (JSON, exports).
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write
  try {
    // disableDBConnect is an option of Payload's init that getPayload passes through but does not declare.
    const payload = await getPayload({ config, disableOnInit: preview, ...({ disableDBConnect: emptyDatabase } as object) })
    return { payload, emptyDatabase }
  } finally {
    process.stdout.write = write
    // Importing the config marks a new SQLite file's mode; a preview that made no database leaves no marker either.
    if (emptyDatabase && marker && !markerExisted && !fs.existsSync(file!)) fs.rmSync(marker, { force: true })
  }
}
