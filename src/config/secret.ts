import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * PAYLOAD_SECRET signs sessions. A newcomer should not have to invent one, so
 * the first run generates it into the data folder and later runs reuse it.
 */
export const resolveSecret = ({ secret, dataDir }: { secret: string | undefined; dataDir: string }): string => {
  if (secret) return secret
  const file = path.resolve(dataDir, '.payload-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    const generated = randomBytes(32).toString('hex')
    fs.writeFileSync(file, generated, { mode: 0o600, flag: 'wx' })
    return generated
  }
}
