import { LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { buildConfig } from 'payload'
import { fileURLToPath } from 'node:url'

import { collections } from './collections'
import { Users } from './collections/Users'
import { databaseAdapter, defaultSqliteUri } from './src/config/database'
import { loggingLevels, logErrorByStatus } from './src/config/errorLogging'
import { graphqlValidationRules } from './src/config/graphqlLimits'
import { rejectInvalidIds } from './src/config/rejectInvalidIds'
import { readEnv } from './src/config/env'
import { resolveSecret } from './src/config/secret'
import { importEndpoint } from './src/import/importEndpoint'
import { isSafeLinkUrl, unsafeLinkMessage } from './src/content/safeLinks'
import { schemaEndpoint } from './src/export/schemaEndpoint'
import { onInit } from './src/lifecycle/onInit'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = readEnv()
const mode = env.NODE_ENV === 'production' ? 'production' : 'development'
const dataDir = path.resolve(dirname, env.PREPBANK_DATA_DIR)
const loginRefusal = 'The email or password is incorrect, or sign-in is paused after too many attempts. Try again later.'

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
  collections,
  editor: lexicalEditor({
    features: ({ defaultFeatures }) =>
      defaultFeatures.map((feature) =>
        feature.key === 'link'
          ? LinkFeature({
              // Hints are exported as Markdown, where a link to a document has no URL: external links only.
              enabledCollections: [],
              // The link drawer refuses javascript:, data: and the like; dropUnsafeLinks strips any that arrive another way.
              fields: ({ defaultFields }) =>
                defaultFields.map((field) =>
                  field.name === 'url' ? ({ ...field, validate: (value: unknown) => (isSafeLinkUrl(value) ? true : unsafeLinkMessage) } as typeof field) : field,
                ),
            })
          : feature,
      ),
  }),
  endpoints: [importEndpoint, schemaEndpoint],
  // Cookie-signed requests count only from these origins (Payload's CSRF check); API clients send a JWT header instead.
  csrf: env.PREPBANK_PUBLIC_URL ?? [`http://localhost:${env.PORT}`, `http://127.0.0.1:${env.PORT}`],
  // One answer for a wrong password, an unknown email and a locked account: none confirms that the account exists.
  i18n: { translations: { en: { error: { emailOrPasswordIncorrect: loginRefusal, userLocked: loginRefusal } } } as never },
  secret: resolveSecret({ secret: env.PAYLOAD_SECRET, dataDir }),
  db: databaseAdapter({
    uri: env.DATABASE_URI ?? defaultSqliteUri({ dataDir, mode }),
    mode,
    migrationsRoot: path.resolve(dirname, 'src/migrations'),
    lockTimeoutMs: env.PREPBANK_DB_LOCK_TIMEOUT_MS,
  }),
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'src/schema.graphql'),
    // Payload's additive estimator, kept; the bounded-query rule prices nested limits multiplicatively.
    maxComplexity: 1000,
    validationRules: graphqlValidationRules({ maxCost: env.PREPBANK_GRAPHQL_MAX_COST, maxDepth: env.PREPBANK_GRAPHQL_MAX_DEPTH }),
  },
  // A refused edit is the client's mistake, not the server's: log it quietly (src/config/errorLogging.ts).
  loggingLevels,
  hooks: { afterError: [logErrorByStatus] },
  // An id that cannot exist answers 404 (in a path) or 400 (in a filter), never 500.
  plugins: [rejectInvalidIds],
  logger: { options: { level: env.PREPBANK_LOG_LEVEL } },
  onInit,
})
