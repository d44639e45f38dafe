import type { Payload, SanitizedConfig } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

export type ConfigName = 'app' | 'plugin'

export type BenchPayload = { payload: Payload; dir: string; file: string; close: () => Promise<void> }

/**
 * A fresh directory for one measurement's database (and the plugin's upload
 * files), removed when the process exits.
 */
export const freshDir = (name: string): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `prepbank-bench-${name}-`))
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }))
  return dir
}

/**
 * Boots Payload on `<dir>/prepbank.db` (copied from `template` when given),
 * or, when `database` is a PostgreSQL URI, on that database (the
 * orchestrator made it, empty or from a template) in production mode with
 * the committed migrations of src/migrations/postgres, as
 * test/helpers/postgres.ts starts it,
 * as test/helpers/payload.ts does: the environment is set before the config
 * is imported, because the config reads it at import time. `app` is the
 * app's own payload.config.ts; `plugin` is bench/config.ts (the same
 * collections plus @payloadcms/plugin-import-export). One per process:
 * Payload allows one instance per database per process.
 */
export const bootPayload = async ({
  config,
  dir,
  template,
  database,
}: {
  config: ConfigName
  dir: string
  template?: string
  /** A PostgreSQL database URI: the case runs there instead of on a SQLite file. */
  database?: string
}): Promise<BenchPayload> => {
  const file = path.join(dir, 'prepbank.db')
  if (database) {
    // Production mode: the committed migrations are applied at start (src/lifecycle/applyProductionMigrations.ts).
    Object.assign(process.env, { NODE_ENV: 'production', DATABASE_URI: database })
  } else {
    if (template) {
      fs.copyFileSync(template, file)
      fs.copyFileSync(`${template}.mode`, `${file}.mode`)
    }
    process.env.DATABASE_URI = `file:${file}`
  }
  process.env.PAYLOAD_SECRET = 'prepbank-bench-secret-0123456789'
  process.env.PREPBANK_DATA_DIR = dir
  process.env.PREPBANK_SEED_EXAMPLES = 'false'
  process.env.PREPBANK_LOG_LEVEL ??= 'warn'
  const { default: sanitized } = (config === 'app' ? await import('../../payload.config') : await import('../config')) as {
    default: Promise<SanitizedConfig>
  }
  // Outside production, Payload's start spawns `payload generate:types` in a process of its own, which
  // would compete with the measured step for the two cores (and rewrite src/payload-types.ts).
  const resolved = await sanitized
  resolved.typescript = { ...resolved.typescript, autoGenerate: false }
  const payload = await getPayload({ config: resolved })
  return {
    payload,
    dir,
    file,
    close: async () => {
      await payload.destroy()
    },
  }
}
