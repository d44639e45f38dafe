import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AdminApp } from '../helpers/browser'

import { startAdminApp } from '../helpers/browser'

let app: AdminApp

// The first account is made through the form here: no users beforehand.
beforeAll(async () => {
  app = await startAdminApp({ users: false })
}, 1_200_000)

afterAll(async () => {
  await app?.stop()
})

describe('the admin on a production build', () => {
  it('creates the first user, logs in and shows the four collections', async () => {
    const page = await app.browser.newPage()
    await page.goto(`${app.server.url}/admin`)
    await page.waitForURL(/create-first-user/)
    await page.fill('#field-email', 'first@example.test')
    await page.fill('#field-password', 'a long first password')
    await page.fill('#field-confirm-password', 'a long first password')
    await page.click('button[type=submit]')
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')

    // Log out and in again, as a returning user would.
    await page.goto(`${app.server.url}/admin/logout`)
    await page.waitForURL(/login/)
    await page.fill('#field-email', 'first@example.test')
    await page.fill('#field-password', 'a long first password')
    await page.click('button[type=submit]')
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')

    for (const slug of ['roles', 'levels', 'questions', 'hints']) {
      const link = page.locator(`a[href="/admin/collections/${slug}"]`).first()
      await link.waitFor({ state: 'visible', timeout: 10_000 })
      expect(await link.isVisible()).toBe(true)
    }
    await page.screenshot({ path: `${app.server.dir}/dashboard.png` })
    await page.close()
  })
})

describe('the Import view', () => {
  it('previews a pasted document with its diagnostics, then imports it as drafts', async () => {
    const page = await app.browser.newPage()
    await page.goto(`${app.server.url}/admin/login`)
    await page.fill('#field-email', 'first@example.test')
    await page.fill('#field-password', 'a long first password')
    await page.click('button[type=submit]')
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')

    // The navigation offers the view (the nav may be collapsed at this width, so follow its href).
    const href = await page.locator('a[href="/admin/import"]').first().getAttribute('href')
    expect(href).toBe('/admin/import')
    await page.goto(`${app.server.url}${href}`)
    const document = [
      '# Data Engineer Interview Questions',
      '',
      '## Basics',
      '',
      '1. What is a data lake?',
      '   - Answer: schema-on-read storage for raw data.',
      '2. What is a data lake?',
      '   - Answer: the same question twice.',
      '',
    ].join('\n')
    await page.fill('textarea[aria-label="Document"]', document)
    await page.getByRole('button', { name: 'Preview' }).click()
    const report = page.locator('section[aria-label="Import report"]')
    await report.waitFor()
    expect(await report.textContent()).toContain('Preview: nothing written yet')
    // The duplicate is reported with its place.
    expect(await page.locator('ul[aria-label="Diagnostics"]').textContent()).toMatch(/pasted\.md:7:\d+.*duplicate-question/)

    await page.getByRole('button', { name: 'Confirm import' }).click()
    await page.getByText('Imported —', { exact: false }).waitFor()
    const questions = await page.evaluate(async () => (await fetch('/api/questions?draft=true&limit=0')).json())
    expect(questions.docs.map((question: { prompt: string }) => question.prompt)).toEqual(['What is a data lake?', 'What is a data lake?'])
    await page.close()
  })
})
