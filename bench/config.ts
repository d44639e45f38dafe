/**
 * Bench-only Payload config: the app's own collections, adapter, editor and
 * start-up, plus @payloadcms/plugin-import-export, the tool a Payload user
 * without Prepbank would reach for. The app's payload.config.ts never loads
 * the plugin; only the plugin cases of the benchmark suite boot this config.
 *
 * Like payload.config.ts, it reads the environment when imported: set
 * DATABASE_URI, PAYLOAD_SECRET and PREPBANK_DATA_DIR first (bench/lib/payload.ts).
 */
import { importExportPlugin } from '@payloadcms/plugin-import-export'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { buildConfig } from 'payload'

import { collections } from '../collections'
import { Users } from '../collections/Users'
import { databaseAdapter, defaultSqliteUri } from '../src/config/database'
import { readEnv } from '../src/config/env'
import { resolveSecret } from '../src/config/secret'
import { onInit } from '../src/lifecycle/onInit'

const root = path.resolve(import.meta.dirname, '..')
const env = readEnv()
const mode = env.NODE_ENV === 'production' ? 'production' : 'development'
const dataDir = path.resolve(root, env.PREPBANK_DATA_DIR)

/** Where the plugin's `imports` and `exports` upload collections keep their files: the run's own directory. */
const uploadsIn = (slug: string) => ({ collection }: { collection: CollectionConfig }) => ({
  ...collection,
  upload: { ...(typeof collection.upload === 'object' ? collection.upload : {}), staticDir: path.join(dataDir, slug) },
})

/**
 * Imports and exports run synchronously (disableJobsQueue), so that creating
 * the plugin's `imports` or `exports` document returns when the work is done.
 */
const pluginFor = ['questions', 'hints'] as const

export default buildConfig({
  admin: { user: Users.slug },
  collections,
  editor: lexicalEditor(),
  secret: resolveSecret({ secret: env.PAYLOAD_SECRET, dataDir }),
  db: databaseAdapter({
    uri: env.DATABASE_URI ?? defaultSqliteUri({ dataDir, mode }),
    mode,
    migrationsRoot: path.resolve(root, 'src/migrations'),
  }),
  logger: { options: { level: env.PREPBANK_LOG_LEVEL } },
  onInit,
  plugins: [
    importExportPlugin({
      collections: pluginFor.map((slug) => ({
        slug,
        // Imported rows are drafts, as Prepbank's are: the review rules refuse unapproved published content.
        import: { disableJobsQueue: true, defaultVersionStatus: 'draft' as const },
        export: { disableJobsQueue: true },
      })),
      overrideExportCollection: uploadsIn('exports'),
      overrideImportCollection: uploadsIn('imports'),
    }),
  ],
})
