import type { Payload } from 'payload'

import { getPayload } from 'payload'

/** The CLI talks to the same database as the server, through the Local API. */
export const startCliPayload = async (): Promise<Payload> => {
  process.env.PREPBANK_LOG_LEVEL ??= 'warn'
  // Seeding belongs to the server's first run, not to a one-off command.
  process.env.PREPBANK_SEED_EXAMPLES = 'false'
  const { default: config } = await import('../../payload.config')
  // Schema push draws a spinner on stdout; stdout carries the command's output (JSON, exports).
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write
  try {
    return await getPayload({ config })
  } finally {
    process.stdout.write = write
  }
}
