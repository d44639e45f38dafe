import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AdminApp } from '../helpers/browser'

import { emails, startAdminApp } from '../helpers/browser'

let app: AdminApp

beforeAll(async () => {
  app = await startAdminApp()
  await app.importExample('ai-data-ops-specialist.txt')
}, 1_200_000)

afterAll(async () => {
  await app?.stop()
})

describe('the questions list', () => {
  // Payload's relationship cell asked for a related document only once its row scrolled into view and printed
  // "<No Role>" until then: on a laptop-sized window, the rows below the fold showed "<No Role> <No Level>".
  it('names the role and level of every row, those below the fold included', async () => {
    const page = await app.logIn({ email: emails.editor, viewport: { width: 1280, height: 600 } })
    await page.goto(`${app.server.url}/admin/collections/questions?limit=25`)
    const rows = page.locator('table tbody tr')
    await rows.nth(24).waitFor()
    const lastRow = await rows.nth(24).boundingBox()
    expect(lastRow!.y).toBeGreaterThan(600)
    const cells = page.locator('table tbody [data-testid="relationship-cell"]')
    expect(await cells.count()).toBe(50)
    await expect.poll(() => page.locator('table tbody [data-testid="relationship-cell"][data-state="loaded"]').count(), { timeout: 60_000 }).toBe(50)
    const text = await rows.allTextContents()
    expect(text.join('\n')).not.toContain('<No ')
    expect(text.every((row) => row.includes('AI Data Ops Specialist'))).toBe(true)
    expect(text.filter((row) => row.includes('Beginner')).length).toBeGreaterThan(0)
    await page.context().close()
  }, 600_000)
})
