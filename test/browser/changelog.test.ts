import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AdminApp } from '../helpers/browser'

import { emails, startAdminApp } from '../helpers/browser'

/**
 * The changelog between two releases, on the second release's page in the
 * admin: two releases are made over REST (an editor words and submits, a
 * reviewer approves and publishes), then a reviewer opens release 2.
 */

let app: AdminApp

let secondReleaseId: number | string

beforeAll(async () => {
  app = await startAdminApp()
  const editor = await app.tokenOf(emails.editor)
  const reviewer = await app.tokenOf(emails.reviewer)

  const role = (await app.api({ path: '/roles', method: 'POST', token: editor, body: { name: 'Changelog Role' } })).doc
  const level = (await app.api({ path: '/levels', method: 'POST', token: editor, body: { name: 'Changelog Level', rank: 1 } })).doc
  const addApproved = async (prompt: string, position: number) => {
    const question = (await app.api({ path: '/questions?draft=true', method: 'POST', token: editor, body: { role: role.id, level: level.id, position, prompt } })).doc
    await app.api({ path: `/questions/${question.id}/review`, method: 'POST', token: editor, body: { action: 'submit' } })
    await app.api({ path: `/questions/${question.id}/review`, method: 'POST', token: reviewer, body: { action: 'approve' } })
  }
  const publish = async () => (await app.api({ path: '/releases/publish', method: 'POST', token: reviewer, body: { role: role.slug } })).release
  await addApproved('What is a first release?', 1)
  await publish()
  await addApproved('What changed in the second release?', 2)
  secondReleaseId = (await publish()).id
}, 1_200_000)

afterAll(async () => {
  await app?.stop()
})

describe('release changelog in the admin', () => {
  it('shows what release 2 added since release 1, with its downloads', async () => {
    const page = await app.logIn({ email: emails.reviewer })

    await page.goto(`${app.server.url}/admin/collections/releases/${secondReleaseId}`)
    const panel = page.locator('[data-testid="release-changelog"]')
    await panel.locator('[data-testid="changelog-added"]').waitFor({ timeout: 30_000 })
    expect(await panel.locator('[data-testid="changelog-added"]').innerText()).toContain('What changed in the second release?')
    expect(await panel.innerText()).toContain('1 added')
    expect(await panel.locator('a[href$="/changelog?format=md"]').count()).toBe(1)
  })
})
