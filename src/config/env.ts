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
  /** Lets admins approve their own changes (four-eyes is on by default). */
  PREPBANK_ALLOW_SELF_APPROVAL: z.enum(['true', 'false']).default('false'),
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
