import type { Page } from 'playwright-core'

import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AdminApp } from '../helpers/browser'

import { emails, startAdminApp } from '../helpers/browser'

let app: AdminApp

const roleName = 'AI Data Ops Specialist'
/** PREPBANK_SCREENSHOTS=docs/screenshots refreshes the README's screenshots (light and dark). */
const screenshotDir = process.env.PREPBANK_SCREENSHOTS ? path.resolve(process.env.PREPBANK_SCREENSHOTS) : null

beforeAll(async () => {
  app = await startAdminApp()
  // The example bank, as the first run seeds it in development: 50 hint-only drafts.
  await app.importExample('ai-data-ops-specialist.txt')
}, 1_200_000)

afterAll(async () => {
  await app?.stop()
})

const shoot = async (page: Page, name: string) => {
  if (!screenshotDir) return
  fs.mkdirSync(screenshotDir, { recursive: true })
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: false })
}

const progressOf = async (page: Page) => Number(await page.locator('[data-testid="wording-progress"]').getAttribute('data-remaining'))

const approveButtons = (page: Page) => page.getByRole('button', { name: /approve/i })

describe('wording, one review round, export (production build, Chromium)', () => {
  it('an editor words three seed questions and submits them at once; a reviewer approves each with one click; the dashboard shows them exportable', async () => {
    const editor = await app.logIn({ email: emails.editor })

    // The dashboard says how many need wording and leads to the workbench.
    const needs = editor.locator('[data-testid="role-needs-wording"]')
    await needs.waitFor({ timeout: 120_000 })
    expect(await needs.getAttribute('data-count')).toBe('50')
    await editor.locator('#nav-wording').click()
    await editor.waitForURL((url) => url.pathname === '/admin/wording')
    await editor.locator('[data-testid="wording-item"]').waitFor({ timeout: 120_000 })
    expect(await editor.locator('[data-testid="wording-progress"]').textContent()).toContain('50 of 50 still need wording')
    expect(await editor.locator('[data-testid="wording-hints"] li').count()).toBeGreaterThan(0)

    // Skipping is allowed; Ctrl+Enter saves and moves on.
    const skipped = await editor.locator('[data-testid="wording-item"]').getAttribute('data-id')
    await editor.click('#wording-skip')
    await expect.poll(() => editor.locator('[data-testid="wording-item"]').getAttribute('data-id')).not.toBe(skipped)
    const worded: string[] = []
    // The first question (ELT) was skipped: these word the next three, whose hints are on versioning, drift and data types.
    for (const prompt of ['Why version datasets?', 'What is data drift, and how does it hurt a model?', 'Which kinds of data does an AI pipeline handle?']) {
      const item = editor.locator('[data-testid="wording-item"]')
      const id = (await item.getAttribute('data-id'))!
      const before = await progressOf(editor)
      await editor.fill('#wording-prompt', prompt)
      if (worded.length === 1) await shoot(editor, 'workbench-light')
      const saved = editor.waitForResponse((response) => response.url().includes(`/api/questions/${id}?`) && response.request().method() === 'PATCH')
      await editor.locator('#wording-prompt').press('Control+Enter')
      expect((await saved).status()).toBe(200)
      await expect.poll(() => progressOf(editor)).toBe(before - 1)
      await expect.poll(() => item.getAttribute('data-id')).not.toBe(id)
      worded.push(id)
    }
    expect(await approveButtons(editor).count()).toBe(0)

    // One action submits the three questions, each with its hints.
    const submitted = editor.waitForResponse((response) => response.url().endsWith('/api/questions/review-round') && response.request().method() === 'POST')
    await editor.click('#wording-submit')
    const submitResponse = await submitted
    expect(submitResponse.status()).toBe(200)
    const body = await submitResponse.json()
    expect(body.rounds.map((round: { questionId: number }) => String(round.questionId)).sort()).toEqual([...worded].sort())
    expect(body.rounds.every((round: { results: { collection: string }[] }) => round.results.some((result) => result.collection === 'hints'))).toBe(true)

    // An editor never sees an Approve button: not in the queue, not on a question, and no Payload publish control.
    await editor.goto(`${app.server.url}/admin/review`)
    await editor.locator('[data-testid="review-queue"]').waitFor({ timeout: 120_000 })
    expect(await approveButtons(editor).count()).toBe(0)
    await editor.goto(`${app.server.url}/admin/collections/questions/${worded[0]}`)
    await editor.locator('[data-testid="review-status"][data-status="inReview"]').waitFor({ timeout: 120_000 })
    expect(await editor.locator('[data-testid="document-review-status"]').getAttribute('data-status')).toBe('inReview')
    expect(await approveButtons(editor).count()).toBe(0)
    expect(await editor.getByRole('button', { name: /publish/i }).count()).toBe(0)
    expect(await editor.locator('#action-save-draft').count()).toBe(0)

    // The reviewer approves each question, with its hints, in one click in the queue.
    const reviewer = await app.logIn({ email: emails.reviewer })
    await reviewer.goto(`${app.server.url}/admin/review`)
    const rows = reviewer.locator('[data-testid="review-round"]')
    await rows.first().waitFor({ timeout: 120_000 })
    expect(await rows.count()).toBe(3)
    await reviewer.locator('[data-testid="review-round"] button[aria-expanded]').first().click()
    await reviewer.locator('[data-testid="review-round-hint"]').first().waitFor({ timeout: 120_000 })
    await shoot(reviewer, 'queue-light')
    if (screenshotDir) {
      const dark = await app.logIn({ email: emails.reviewer, colorScheme: 'dark' })
      await dark.goto(`${app.server.url}/admin/review`)
      await dark.locator('[data-testid="review-round"] button[aria-expanded]').first().click()
      await dark.locator('[data-testid="review-round-hint"]').first().waitFor({ timeout: 120_000 })
      await shoot(dark, 'queue-dark')
    }
    for (const id of worded) {
      const approved = reviewer.waitForResponse((response) => response.url().endsWith('/api/questions/review-round') && response.request().method() === 'POST')
      await reviewer.click(`#queue-approve-${id}`)
      const response = await approved
      expect(response.status()).toBe(200)
      expect((await response.json()).failed).toBe(0)
      await reviewer.locator(`[data-testid="review-round"][data-question="${id}"]`).waitFor({ state: 'detached', timeout: 120_000 })
    }
    await reviewer.locator('[data-testid="review-queue-empty"]').waitFor({ timeout: 120_000 })

    // The dashboard shows them exportable.
    await reviewer.goto(`${app.server.url}/admin`)
    const card = reviewer.locator(`[data-testid="role-progress"][data-role="${roleName}"]`)
    await card.waitFor({ timeout: 120_000 })
    expect(await card.getAttribute('data-exportable')).toBe('3')
    expect(await card.locator('[data-testid="role-needs-wording"]').getAttribute('data-count')).toBe('47')
    await shoot(reviewer, 'dashboard-light')

    // Publishing a release from the card; its page shows the contents without loading an editor from a CDN.
    const published = reviewer.waitForResponse((response) => response.url().endsWith('/api/releases/publish') && response.request().method() === 'POST')
    await card.getByRole('button', { name: 'Publish release' }).click()
    const release = await (await published).json()
    await reviewer.goto(`${app.server.url}/admin/collections/releases/${release.release.id}`)
    await reviewer.locator('[data-testid="release-contents"] pre').waitFor({ timeout: 120_000 })
    const contents = await reviewer.locator('[data-testid="release-contents"] pre').textContent()
    for (const id of worded) expect(contents).toContain(`"question": ${id}`)

    if (screenshotDir) {
      // The same views in the dark theme.
      const dark = await app.logIn({ email: emails.editor, colorScheme: 'dark' })
      await dark.goto(`${app.server.url}/admin/wording`)
      await dark.locator('[data-testid="wording-item"]').waitFor({ timeout: 120_000 })
      await dark.fill('#wording-prompt', 'How would you detect duplicates in a training set?')
      await shoot(dark, 'workbench-dark')
      await dark.goto(`${app.server.url}/admin`)
      await dark.locator(`[data-testid="role-progress"][data-role="${roleName}"]`).waitFor({ timeout: 120_000 })
      await shoot(dark, 'dashboard-dark')
    }

    // No request left the app.
    expect(app.outsideRequests).toEqual([])
  }, 900_000)
})
