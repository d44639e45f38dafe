import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../helpers/server'

import { launchChromium } from '../helpers/browser'
import { ensureProductionBuild, startProductionServer } from '../helpers/server'

/**
 * XSS payloads stored through every door (import, REST) and rendered by the
 * production admin in Chromium: no script runs, no dialog opens, the
 * payloads show as text.
 */

let server: RunningServer
let browser: Browser
let token: string
const ids = {} as { question: number; hint: number }
const email = 'xss-admin@example.test'
const password = 'a long xss admin password'

const scriptPayloads = [
  '<script>window.__xss=(window.__xss||0)+1;alert(1)</script>',
  '<img src=x onerror="window.__xss=(window.__xss||0)+1;alert(1)">',
  '<svg onload="window.__xss=(window.__xss||0)+1">',
  '"><script>window.__xss=1</script>',
  "'><iframe srcdoc=\"<script>parent.__xss=1</script>\">",
]

const api = async (path: string, init: { method?: string; body?: unknown } = {}) => {
  const response = await fetch(`${server.url}/api${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await response.text()
  return { status: response.status, json: text ? JSON.parse(text) : null, text }
}

beforeAll(async () => {
  ensureProductionBuild()
  server = await startProductionServer()
  browser = await launchChromium()
  expect((await api('/users/first-register', { method: 'POST', body: { email, password } })).status).toBeLessThan(300)
  const login = await api('/users/login', { method: 'POST', body: { email, password } })
  token = login.json.token

  const document = [
    `# XSS Role ${scriptPayloads[1]}`,
    '',
    '## Beginner',
    '',
    ...scriptPayloads.flatMap((payload, index) => [`- Question ${index} ${payload}?`, `  - A strong answer shows ${payload} and [click](javascript:window.__xss=1).`]),
    '',
  ].join('\n')
  const imported = await api('/import', { method: 'POST', body: { text: document, fileName: 'xss.md' } })
  expect(imported.status, imported.text).toBe(201)

  const questions = await api('/questions?draft=true&limit=1&sort=position&depth=0')
  ids.question = questions.json.docs[0].id
  // Straight over REST as well, past any cleaning the importer does.
  const prompt = `Prompt ${scriptPayloads.join(' ')}`
  expect((await api(`/questions/${ids.question}?draft=true`, { method: 'PATCH', body: { prompt } })).status).toBe(200)
  const hints = await api(`/hints?draft=true&limit=1&depth=0&where[question][equals]=${ids.question}`)
  ids.hint = hints.json.docs[0].id
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** A logged-in admin page that records dialogs; what ran is read from window.__xss. */
const adminPage = async (): Promise<{ page: Page; dialogs: string[] }> => {
  const page = await browser.newPage()
  const dialogs: string[] = []
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  await page.goto(`${server.url}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.click('button[type=submit]')
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
  return { page, dialogs }
}

const ranScripts = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0)

describe('stored XSS payloads in the production admin', () => {
  const pages = () => [
    '/admin',
    '/admin/collections/questions',
    `/admin/collections/questions/${ids.question}`,
    '/admin/collections/hints',
    `/admin/collections/hints/${ids.hint}`,
    '/admin/collections/roles',
    '/admin/collections/review-events',
    '/admin/collections/import-runs',
    '/admin/review',
  ]

  it('render as text on every page that shows them: no script runs, no dialog opens', { timeout: 600_000 }, async () => {
    const { page, dialogs } = await adminPage()
    for (const path of pages()) {
      await page.goto(`${server.url}${path}`)
      await page.waitForLoadState('load')
      await page.locator('body').waitFor()
      expect(await ranScripts(page), path).toBe(0)
    }
    await page.goto(`${server.url}/admin/collections/questions`)
    await page.getByText('onerror', { exact: false }).first().waitFor({ timeout: 60_000 })
    expect(dialogs).toEqual([])
    await page.close()
  })

  it('stay inert in the Import view preview', { timeout: 600_000 }, async () => {
    const { page, dialogs } = await adminPage()
    await page.goto(`${server.url}/admin/import`)
    await page.fill('textarea[aria-label="Document"]', ['# Preview Role', '', '## Beginner', '', ...scriptPayloads.map((payload) => `- ${payload}?\n  - ${payload}`)].join('\n'))
    await page.getByRole('button', { name: 'Preview' }).click()
    await page.locator('section[aria-label="Import report"]').waitFor()
    expect(await ranScripts(page)).toBe(0)
    expect(dialogs).toEqual([])
    await page.close()
  })

  it('stored hint links are http(s) only, so nothing in the editor can run javascript:', async () => {
    const hint = await api(`/hints/${ids.hint}?draft=true&depth=0`)
    expect(JSON.stringify(hint.json.text)).not.toMatch(/"url":"\s*javascript:/i)
  })
})
