import type { Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AdminApp } from '../helpers/browser'

import { emails, startAdminApp } from '../helpers/browser'

let app: AdminApp

beforeAll(async () => {
  app = await startAdminApp({ env: { PREPBANK_SEED_EXAMPLES: 'false' } })
}, 1_200_000)

afterAll(async () => {
  await app?.stop()
})

const importDocument = async ({ page, text, confirm }: { page: Page; text: string; confirm: boolean }) => {
  await page.goto(`${app.server.url}/admin/import`)
  await page.fill('textarea[aria-label="Document"]', text)
  await page.getByRole('button', { name: 'Preview' }).click()
  const report = page.locator('section[aria-label="Import report"]')
  await report.waitFor()
  await page.getByText('Preview: nothing written yet').waitFor()
  if (confirm) {
    await page.getByRole('button', { name: 'Confirm import' }).click()
    await page.getByText(/^Imported —/).waitFor()
  }
  return report
}

/** Read with the page's own session (its cookie), as the admin's scripts read. */
const getJson = async <T>({ page, path }: { page: Page; path: string }): Promise<{ status: number; body: T }> =>
  page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'include' })
    return { status: response.status, body: await response.json() }
  }, path)

const questionByPrompt = async ({ page, prompt }: { page: Page; prompt: string }) => {
  const { body } = await getJson<{ docs: { id: number }[] }>({ page, path: `/api/questions?where[prompt][equals]=${encodeURIComponent(prompt)}&draft=true&depth=0` })
  return body.docs[0]
}

describe('near-duplicates in the admin', () => {
  it('the import preview lists a likely duplicate with its link; the question page merges it', async () => {
    const page = await app.logIn({ email: emails.editor })

    await importDocument({
      page,
      confirm: true,
      text: '# Data Engineer Interview Questions\n\n## Basics\n\n- What is data drift?\n  - Inputs change over time.\n- What is new in C++20?\n',
    })
    const original = await questionByPrompt({ page, prompt: 'What is data drift?' })
    expect(original).toBeTruthy()

    const report = await importDocument({
      page,
      confirm: false,
      text: '# ML Engineer Interview Questions\n\n## Basics\n\n- Explain data drift.\n  - Model inputs shift away from training data.\n- What is new in C#?\n',
    })
    const duplicates = report.locator('[data-testid="import-duplicate"]')
    await duplicates.first().waitFor()
    expect(await duplicates.count()).toBe(1)
    expect(await duplicates.first().textContent()).toContain('Explain data drift.')
    const link = duplicates.first().locator('[data-testid="import-duplicate-match"]')
    expect(await link.getAttribute('href')).toBe(`/admin/collections/questions/${original.id}`)
    expect(await link.textContent()).toContain('What is data drift?')
    expect(await duplicates.first().textContent()).toContain('similarity 1.00')

    // Import it anyway (the skip box stays clear), then merge it on its page.
    await page.getByRole('button', { name: 'Confirm import' }).click()
    await page.getByText(/^Imported —/).waitFor()
    const copy = await questionByPrompt({ page, prompt: 'Explain data drift.' })

    await page.goto(`${app.server.url}/admin/collections/questions/${copy.id}`)
    const panel = page.locator('[data-testid="duplicates-panel"]')
    await panel.waitFor()
    const item = panel.locator(`[data-testid="duplicate-item"][data-id="${original.id}"]`)
    await item.waitFor()
    expect(await item.textContent()).toContain('What is data drift?')
    expect(await item.textContent()).toContain('Explain data drift.')
    page.once('dialog', (dialog) => void dialog.accept())
    await page.locator(`#merge-into-${original.id}`).click()
    await page.waitForURL((url) => url.pathname === `/admin/collections/questions/${original.id}`)

    expect((await getJson({ page, path: `/api/questions/${copy.id}?draft=true` })).status).toBe(404)
    const { body: hints } = await getJson<{ docs: { plainText: string }[] }>({ page, path: `/api/hints?where[question][equals]=${original.id}&draft=true&sort=position&depth=0` })
    expect(hints.docs.map((hint) => hint.plainText)).toEqual(['Inputs change over time.', 'Model inputs shift away from training data.'])
    const { body: audit } = await getJson<{ docs: { kind: string; actorName: string; outcome: string }[] }>({
      page,
      path: `/api/duplicate-decisions?where[otherDocId][equals]=${copy.id}&depth=0`,
    })
    expect(audit.docs).toEqual([expect.objectContaining({ kind: 'merged', actorName: 'editor@example.test', outcome: 'deleted' })])
    await page.context().close()
  }, 900_000)
})
