import type { Browser } from 'playwright-core'

import fs from 'node:fs'
import { chromium } from 'playwright-core'

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Debian's Chromium, headless, with the flags this closed network needs. */
export const launchChromium = async (): Promise<Browser> => {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} is missing: apt-get install chromium (CI's .ci/run does this)`)
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  })
}
