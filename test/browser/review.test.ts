import type { Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AdminApp } from '../helpers/browser'

import { emails, startAdminApp } from '../helpers/browser'

let app: AdminApp

let questionId: number
let roleName: string
let adminToken: string

beforeAll(async () => {
  app = await startAdminApp()
  // The admin makes an imported-style draft without a prompt.
  const token = await app.tokenOf(emails.admin)
  adminToken = token
  roleName = 'Browser Review Role'
  const role = await app.api({ path: '/roles', method: 'POST', token, body: { name: roleName } })
  const level = await app.api({ path: '/levels', method: 'POST', token, body: { name: 'Browser Level', rank: 1 } })
  const question = await app.api({
    path: '/questions?draft=true',
    method: 'POST',
    token,
    body: { role: role.doc.id, level: level.doc.id, position: 1, hintTitle: 'Explains how labels are checked' },
  })
  questionId = question.doc.id
}, 1_200_000)

afterAll(async () => {
  await app?.stop()
})

const openQuestion = async (page: Page) => {
  await page.goto(`${app.server.url}/admin/collections/questions/${questionId}`)
  await page.locator('[data-testid="review-status"]').waitFor({ timeout: 120_000 })
}

const expectStatus = async (page: Page, status: string) => {
  await page.locator(`[data-testid="review-status"][data-status="${status}"]`).waitFor({ timeout: 120_000 })
}

/** Payload's live document locks on the question (`payload-locked-documents`), read as the admin. */
const questionLocks = async (): Promise<number> => {
  const query = `where[document.relationTo][equals]=questions&where[document.value][equals]=${questionId}&depth=0`
  const locks = await app.api({ path: `/payload-locked-documents?${query}`, token: adminToken })
  return locks.totalDocs as number
}

/**
 * Types into the prompt and saves a draft; waits until the save is through.
 * Typing makes Payload's form send a form-state request that takes the document
 * lock; if that request lands after the save, the lock outlives the save and
 * the next user sees "document locked". So wait for the lock before saving:
 * the save (and each review action) then removes it for good.
 */
const writePrompt = async (page: Page, prompt: string) => {
  await page.fill('#field-prompt', prompt)
  await expect.poll(questionLocks, { timeout: 120_000 }).toBe(1)
  const saved = page.waitForResponse((response) => response.url().includes(`/api/questions/${questionId}`) && response.request().method() === 'PATCH')
  await page.click('#action-save')
  expect((await saved).status()).toBe(200)
}

/**
 * The editor leaves the question through the admin's navigation, as a person
 * would, and the question carries no lock afterwards: the reviewer who opens it
 * next must not meet Payload's "document locked" dialog over the review panel.
 */
const leaveQuestion = async (page: Page) => {
  await page.locator('.nav a[href="/admin/collections/questions"]').first().click()
  await page.waitForURL((url) => url.pathname === '/admin/collections/questions')
  await expect.poll(questionLocks, { timeout: 120_000 }).toBe(0)
}

const act = async (page: Page, action: string) => {
  const button = page.locator(`#review-action-${action}`)
  await button.waitFor({ timeout: 120_000 })
  await expect.poll(() => button.isEnabled(), { timeout: 60_000 }).toBe(true)
  const done = page.waitForResponse((response) => response.url().endsWith(`/api/questions/${questionId}/review-round`) && response.request().method() === 'POST')
  await button.click()
  const response = await done
  // On success the panel reloads the page, and the body goes with it: read it only for a failure.
  if (response.status() !== 200) throw new Error(`${action}: ${response.status()} ${await response.text()}`)
}

describe('editorial review in the admin (production build, Chromium)', () => {
  it('an editor writes and submits, a reviewer requests changes, the editor fixes, the reviewer approves; the dashboard shows it', async () => {
    const editor = await app.logIn({ email: emails.editor })
    const reviewer = await app.logIn({ email: emails.reviewer })

    // The dashboard starts at nothing exportable.
    const card = reviewer.locator(`[data-testid="role-progress"][data-role="${roleName}"]`)
    await card.waitFor({ timeout: 120_000 })
    expect(await card.getAttribute('data-exportable')).toBe('0')
    expect(await card.locator('[data-testid="role-progress-summary"]').textContent()).toContain('0 of 1 questions exportable (0%)')

    // The editor writes the prompt of an imported draft and submits it.
    await openQuestion(editor)
    await expectStatus(editor, 'draft')
    await writePrompt(editor, 'How do you check label quality?')
    await act(editor, 'submit')
    await expectStatus(editor, 'inReview')
    await leaveQuestion(editor)

    // The reviewer finds it in the queue, reads the diff and requests changes.
    await reviewer.goto(`${app.server.url}/admin/review`)
    const queued = reviewer.locator('[data-testid="review-queue"] a', { hasText: 'How do you check label quality?' })
    await queued.waitFor({ timeout: 120_000 })
    await queued.click()
    await expectStatus(reviewer, 'inReview')
    expect(await reviewer.locator('[data-testid="review-panel"] > [data-testid="review-diff"] ins').first().textContent()).toContain('How do you check label quality?')
    await reviewer.fill('#review-comment', 'Name a concrete check, e.g. inter-annotator agreement.')
    await act(reviewer, 'requestChanges')
    await expectStatus(reviewer, 'changesRequested')

    // The editor sees the comment, fixes the wording (which reopens it) and submits again.
    await openQuestion(editor)
    await expectStatus(editor, 'changesRequested')
    expect(await editor.locator('[data-testid="review-requested-changes"]').textContent()).toContain('inter-annotator agreement')
    await writePrompt(editor, 'How do you check label quality, e.g. with inter-annotator agreement?')
    await expectStatus(editor, 'draft')
    await act(editor, 'submit')
    await expectStatus(editor, 'inReview')
    await leaveQuestion(editor)

    // The reviewer sees the new wording and approves, which publishes it.
    await openQuestion(reviewer)
    expect(await reviewer.locator('[data-testid="review-panel"] > [data-testid="review-diff"]').textContent()).toContain('inter-annotator agreement')
    await act(reviewer, 'approve')
    await expectStatus(reviewer, 'approved')
    const history = reviewer.locator('[data-testid="review-history"] li')
    expect(await history.evaluateAll((items) => items.map((item) => item.getAttribute('data-action')))).toEqual(
      expect.arrayContaining(['approve', 'submit', 'reopen', 'requestChanges', 'edit', 'create']),
    )

    // Anyone can now read the approved wording.
    const published = await app.api({ path: `/questions/${questionId}` })
    expect(published).toMatchObject({ prompt: 'How do you check label quality, e.g. with inter-annotator agreement?', reviewStatus: 'approved', _status: 'published' })

    // The dashboard shows the bank fully approved.
    await reviewer.goto(`${app.server.url}/admin`)
    await card.waitFor({ timeout: 120_000 })
    expect(await card.getAttribute('data-exportable')).toBe('1')
    expect(await card.locator('[data-testid="role-progress-summary"]').textContent()).toContain('1 of 1 questions exportable (100%)')
    expect(await card.locator('[role="progressbar"]').getAttribute('aria-valuenow')).toBe('100')
    await reviewer.screenshot({ path: `${app.server.dir}/review-dashboard.png` })
  }, 900_000)
})
