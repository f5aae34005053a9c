import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchChromium } from './browser'

let browser: Browser
let page: Page
const baseUrl = inject('baseUrl')

beforeAll(async () => {
  browser = await launchChromium()
  page = await browser.newPage()
})

afterAll(() => browser?.close())

describe('the admin on an empty database, in a real browser', () => {
  it('offers to create the first user instead of a blank page', async () => {
    await page.goto(`${baseUrl}/admin`)
    await page.waitForURL(/\/admin\/create-first-user/)
    await expect.poll(() => page.locator('input[name="email"]').isVisible()).toBe(true)
    expect(await page.locator('input[name="password"]').isVisible()).toBe(true)
  })

  it('creates the first user and opens the dashboard', async () => {
    await page.fill('input[name="email"]', 'first-admin@example.com')
    await page.fill('input[name="password"]', 'correct horse battery staple')
    await page.fill('input[name="confirm-password"]', 'correct horse battery staple')
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
    await expect.poll(() => page.locator('.dashboard').isVisible(), { timeout: 30_000 }).toBe(true)
  })
})
