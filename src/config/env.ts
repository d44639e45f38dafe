import { z } from 'zod'

/** Every setting Prepbank reads from the environment, checked once at start. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URI: z
    .string()
    .trim()
    .regex(/^(file:|mongodb:\/\/|mongodb\+srv:\/\/|postgres:\/\/|postgresql:\/\/)/, {
      message: 'DATABASE_URI must start with file:, mongodb://, mongodb+srv://, postgres:// or postgresql://',
    })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PAYLOAD_SECRET: z.string().min(16, 'PAYLOAD_SECRET must be at least 16 characters').optional().or(z.literal('').transform(() => undefined)),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PREPBANK_LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
  PREPBANK_DATA_DIR: z.string().default('data'),
  /** Seed the example banks into an empty development database. */
  PREPBANK_SEED_EXAMPLES: z.enum(['true', 'false']).default('true'),
  /**
   * The origins browsers reach Prepbank at, comma-separated (e.g. https://prepbank.example.com): cookie-signed
   * writes from any other origin are refused (CSRF). Default: http://localhost:PORT and http://127.0.0.1:PORT.
   */
  PREPBANK_PUBLIC_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value.split(',').map((origin) => origin.trim().replace(/\/+$/, '')).filter(Boolean) : undefined))
    .pipe(z.array(z.url({ protocol: /^https?$/, message: 'PREPBANK_PUBLIC_URL must list http(s) origins' })).optional()),
  /** Lets admins approve their own changes (four-eyes is on by default). */
  PREPBANK_ALLOW_SELF_APPROVAL: z.enum(['true', 'false']).default('false'),
  // Availability limits (README › Security › Availability): no single request may exhaust the server.
  /** Largest request body `POST /api/import` reads; larger bodies answer 413 before they are buffered. */
  PREPBANK_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(10 * 1024 * 1024),
  /** Largest body any other REST or GraphQL request may send (Payload reads them whole); larger answers 413. */
  PREPBANK_MAX_API_BODY_BYTES: z.coerce.number().int().min(1024).default(2 * 1024 * 1024),
  /** How long one document may take to parse (in a worker) before it is refused with `parse-budget-exceeded`. */
  PREPBANK_PARSE_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
  /** Heap a parse worker may use before it is stopped with `parse-budget-exceeded`. */
  PREPBANK_PARSE_MEMORY_MB: z.coerce.number().int().min(32).default(512),
  /** Parse workers that run at once (each may use PREPBANK_PARSE_MEMORY_MB); more parses wait their turn. */
  PREPBANK_PARSE_WORKERS: z.coerce.number().int().min(1).default(2),
  /** Parses that may wait for a worker; beyond that an import answers 503 with Retry-After. */
  PREPBANK_PARSE_QUEUE: z.coerce.number().int().min(0).default(16),
  /** GraphQL: most items one query may fetch (limits multiply along nested lists). */
  PREPBANK_GRAPHQL_MAX_COST: z.coerce.number().int().min(1).default(10_000),
  /** GraphQL: deepest field nesting one query may select. */
  PREPBANK_GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).default(10),
  /** SQLite: how long a write waits for another writer (another request, an import, the CLI) before failing. */
  PREPBANK_DB_LOCK_TIMEOUT_MS: z.coerce.number().int().min(0).default(60_000),
  /** How long an import waits for another import of the same database before it is refused. */
  PREPBANK_IMPORT_WAIT_MS: z.coerce.number().int().min(0).default(10_000),
  /** Memory for rendered live exports (LRU by bytes, per server process); 0 turns the cache off. */
  PREPBANK_EXPORT_CACHE_MB: z.coerce.number().min(0).max(65536).default(64),
})

export type Env = z.infer<typeof envSchema>

export const readEnv = (source: NodeJS.ProcessEnv = process.env): Env => {
  const parsed = envSchema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')
    throw new Error(`Prepbank configuration is invalid:\n${problems}`)
  }
  return parsed.data
}
