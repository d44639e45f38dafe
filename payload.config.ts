import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { buildConfig } from 'payload'
import { fileURLToPath } from 'node:url'

import { Hints } from './collections/Hints'
import { ImportRuns } from './collections/ImportRuns'
import { Levels } from './collections/Levels'
import { Releases } from './collections/Releases'
import { Questions } from './collections/Questions'
import { ReviewEvents } from './collections/ReviewEvents'
import { Roles } from './collections/Roles'
import { Users } from './collections/Users'
import { databaseAdapter, defaultSqliteUri } from './src/config/database'
import { readEnv } from './src/config/env'
import { resolveSecret } from './src/config/secret'
import { importEndpoint } from './src/import/importEndpoint'
import { schemaEndpoint } from './src/export/schemaEndpoint'
import { onInit } from './src/lifecycle/onInit'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = readEnv()
const mode = env.NODE_ENV === 'production' ? 'production' : 'development'
const dataDir = path.resolve(dirname, env.PREPBANK_DATA_DIR)

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · Prepbank' },
    // Gravatar is an outside request on every page: the admin works offline.
    avatar: 'default',
    // Review workflow: progress on the dashboard, the wording workbench at /admin/wording, the queue at /admin/review.
    components: {
      beforeDashboard: ['/components/review/ReviewProgress#ReviewProgress'],
      afterNavLinks: [
        '/components/wording/WordingNavLink#WordingNavLink',
        '/components/review/ReviewQueueLink#ReviewQueueLink',
        '/components/import/ImportNavLink#ImportNavLink',
      ],
      views: {
        wording: { Component: '/components/wording/WordingWorkbenchView#WordingWorkbenchView', path: '/wording' },
        reviewQueue: { Component: '/components/review/ReviewQueueView#ReviewQueueView', path: '/review' },
        importBank: { Component: '/components/import/ImportView#ImportView', path: '/import' },
      },
    },
  },
  collections: [Roles, Levels, Questions, Hints, Releases, ImportRuns, ReviewEvents, Users],
  editor: lexicalEditor(),
  endpoints: [importEndpoint, schemaEndpoint],
  secret: resolveSecret({ secret: env.PAYLOAD_SECRET, dataDir }),
  db: databaseAdapter({
    uri: env.DATABASE_URI ?? defaultSqliteUri({ dataDir, mode }),
    mode,
    migrationsRoot: path.resolve(dirname, 'src/migrations'),
  }),
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'src/schema.graphql') },
  // A refused edit is the client's mistake, not the server's: log it quietly.
  loggingLevels: { APIError: 'info', Forbidden: 'info', ValidationError: 'info', NotFound: 'info' },
  logger: { options: { level: env.PREPBANK_LOG_LEVEL } },
  onInit,
})
