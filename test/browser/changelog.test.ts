import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../helpers/server'
import { launchChromium } from '../helpers/browser'
import { ensureProductionBuild, startProductionServer } from '../helpers/server'

/**
 * The changelog between two releases, on the second release's page in the
 * admin: two releases are made over REST (an editor words and submits, a
 * reviewer approves and publishes), then a reviewer opens release 2.
 */

let server: RunningServer
let browser: Browser

const password = 'a long test password'
const emails = { admin: 'admin@example.test', editor: 'editor@example.test', reviewer: 'reviewer@example.test' }

const api = async ({ path, method = 'GET', token, body }: { path: string; method?: string; token?: string; body?: unknown }) => {
  const response = await fetch(`${server.url}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await response.json().catch(() => null)
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
  return json
}

const loginToken = async (email: string) => (await api({ path: '/users/login', method: 'POST', body: { email, password } })).token as string

let secondReleaseId: number | string

beforeAll(async () => {
  ensureProductionBuild()
  server = await startProductionServer()
  browser = await launchChromium()

  const admin = (await api({ path: '/users/first-register', method: 'POST', body: { email: emails.admin, password, confirmPassword: password } })).token as string
  for (const role of ['editor', 'reviewer'] as const) await api({ path: '/users', method: 'POST', token: admin, body: { email: emails[role], password, roles: [role] } })
  const editor = await loginToken(emails.editor)
  const reviewer = await loginToken(emails.reviewer)

  const role = (await api({ path: '/roles', method: 'POST', token: editor, body: { name: 'Changelog Role' } })).doc
  const level = (await api({ path: '/levels', method: 'POST', token: editor, body: { name: 'Changelog Level', rank: 1 } })).doc
  const addApproved = async (prompt: string, position: number) => {
    const question = (await api({ path: '/questions?draft=true', method: 'POST', token: editor, body: { role: role.id, level: level.id, position, prompt } })).doc
    await api({ path: `/questions/${question.id}/review`, method: 'POST', token: editor, body: { action: 'submit' } })
    await api({ path: `/questions/${question.id}/review`, method: 'POST', token: reviewer, body: { action: 'approve' } })
  }
  const publish = async () => (await api({ path: '/releases/publish', method: 'POST', token: reviewer, body: { role: role.slug } })).release
  await addApproved('What is a first release?', 1)
  await publish()
  await addApproved('What changed in the second release?', 2)
  secondReleaseId = (await publish()).id
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('release changelog in the admin', () => {
  it('shows what release 2 added since release 1, with its downloads', async () => {
    const page = await (await browser.newContext()).newPage()
    await page.goto(`${server.url}/admin/login`)
    await page.fill('#field-email', emails.reviewer)
    await page.fill('#field-password', password)
    await page.click('button[type=submit]')
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')

    await page.goto(`${server.url}/admin/collections/releases/${secondReleaseId}`)
    const panel = page.locator('[data-testid="release-changelog"]')
    await panel.locator('[data-testid="changelog-added"]').waitFor({ timeout: 30_000 })
    expect(await panel.locator('[data-testid="changelog-added"]').innerText()).toContain('What changed in the second release?')
    expect(await panel.innerText()).toContain('1 added')
    expect(await panel.locator('a[href$="/changelog?format=md"]').count()).toBe(1)
  })
})
