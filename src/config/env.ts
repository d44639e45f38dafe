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
