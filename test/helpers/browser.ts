import type { Browser, Page } from 'playwright-core'

import fs from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'

import type { RunningServer } from './server'

import { ensureProductionBuild, startProductionServer } from './server'

const examplesDir = path.resolve(import.meta.dirname, '../../examples')

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

/** The accounts the browser tests use; all share one password. */
export const password = 'a long test password'
export const emails = { admin: 'admin@example.test', editor: 'editor@example.test', reviewer: 'reviewer@example.test' } as const

export type ApiRequest = { path: string; method?: string; token?: string; body?: BodyInit | object; headers?: Record<string, string> }

export type AdminApp = {
  server: RunningServer
  browser: Browser
  /** JSON over the server's REST API; throws with the answer on any status but 2xx. */
  api: (request: ApiRequest) => Promise<any>
  /** A JWT for one of `emails`. */
  tokenOf: (email: string) => Promise<string>
  /**
   * A new browser context logged in as `email`, on the dashboard. Wider than
   * Payload's large breakpoint (1440 px) by default, so the navigation is open.
   */
  logIn: (args: { email: string; colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } }) => Promise<Page>
  /** Every request a page made that was not to the app itself: the admin must work offline. */
  outsideRequests: string[]
  /** Imports a document from examples/ as the editor, over REST: the drafts a first run seeds. */
  importExample: (fileName: string) => Promise<void>
  stop: () => Promise<void>
}

/**
 * The preamble of every browser test: the production build, a server with a
 * fresh database, Chromium, and (unless `users: false`, for tests that make
 * the first account through the form) the admin, an editor and a reviewer.
 */
export const startAdminApp = async ({ env, users = true }: { env?: Record<string, string>; users?: boolean } = {}): Promise<AdminApp> => {
  ensureProductionBuild()
  const server = await startProductionServer({ env })
  const browser = await launchChromium()
  const outsideRequests: string[] = []

  const api: AdminApp['api'] = async ({ path, method = 'GET', token, body, headers = {} }) => {
    const raw = typeof body === 'string' || body instanceof Uint8Array
    const response = await fetch(`${server.url}/api${path}`, {
      method,
      headers: { ...(raw ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `JWT ${token}` } : {}), ...headers },
      body: body === undefined ? undefined : raw ? (body as BodyInit) : JSON.stringify(body),
    })
    const json = await response.json().catch(() => null)
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
    return json
  }
  const tokenOf = async (email: string) => (await api({ path: '/users/login', method: 'POST', body: { email, password } })).token as string

  const logIn: AdminApp['logIn'] = async ({ email, colorScheme = 'light', viewport = { width: 1600, height: 1000 } }) => {
    const context = await browser.newContext({ viewport, colorScheme })
    context.on('request', (request) => {
      const url = new URL(request.url())
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== server.url) outsideRequests.push(request.url())
    })
    // Generous: the first render of each admin page on a busy 2-core machine takes seconds.
    context.setDefaultTimeout(60_000)
    context.setDefaultNavigationTimeout(120_000)
    const page = await context.newPage()
    await page.goto(`${server.url}/admin/login`)
    await page.fill('#field-email', email)
    await page.fill('#field-password', password)
    await page.click('button[type=submit]')
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
    return page
  }

  const importExample: AdminApp['importExample'] = async (fileName) => {
    await api({
      path: `/import?fileName=${encodeURIComponent(fileName)}`,
      method: 'POST',
      token: await tokenOf(emails.editor),
      body: fs.readFileSync(path.join(examplesDir, fileName), 'utf8'),
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }

  if (users) {
    const admin = (await api({ path: '/users/first-register', method: 'POST', body: { email: emails.admin, password, confirmPassword: password } })).token as string
    for (const role of ['editor', 'reviewer'] as const) await api({ path: '/users', method: 'POST', token: admin, body: { email: emails[role], password, roles: [role] } })
  }

  return {
    server,
    browser,
    api,
    tokenOf,
    logIn,
    outsideRequests,
    importExample,
    stop: async () => {
      await browser.close()
      await server.stop()
    },
  }
}
