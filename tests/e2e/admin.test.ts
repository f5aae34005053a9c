/**
 * The admin in a real browser, on an empty database: the first user is created through the
 * form, then each role signs in and sees exactly its own work offered.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchChromium } from './browser'

let browser: Browser
const baseUrl = inject('baseUrl')
const password = 'correct horse battery staple'

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(() => browser?.close())

async function signIn(email: string): Promise<Page> {
  const page = await browser.newPage()
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
  return page
}

async function offersToCreate(page: Page, collection: string): Promise<boolean> {
  await page.goto(`${baseUrl}/admin/collections/${collection}`)
  await page.waitForSelector('.collection-list, .list-header, h1', { timeout: 30_000 })
  return (await page.locator(`a[href="/admin/collections/${collection}/create"]`).count()) > 0
}

async function adminToken(): Promise<string> {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'first-admin@example.com', password }),
  })
  return ((await response.json()) as { token: string }).token
}

describe('the first visit to /admin', () => {
  it('offers to create the first user instead of a blank page', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}/admin`)
    await page.waitForURL(/\/admin\/create-first-user/)
    await expect.poll(() => page.locator('input[name="email"]').isVisible()).toBe(true)
    expect(await page.locator('input[name="password"]').isVisible()).toBe(true)

    await page.fill('input[name="email"]', 'first-admin@example.com')
    await page.fill('input[name="password"]', password)
    await page.fill('input[name="confirm-password"]', password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
    await expect.poll(() => page.locator('.dashboard').isVisible(), { timeout: 30_000 }).toBe(true)
    await page.close()
  })
})

describe('each role in the admin', () => {
  beforeAll(async () => {
    const token = await adminToken()
    for (const role of ['editor', 'glossary']) {
      const response = await fetch(`${baseUrl}/api/users`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ email: `${role}@example.com`, password, role }),
      })
      expect(response.status).toBe(201)
    }
  })

  it('lets the first user, an admin, create episodes, glossary terms and users', async () => {
    const page = await signIn('first-admin@example.com')
    expect(await offersToCreate(page, 'episodes')).toBe(true)
    expect(await offersToCreate(page, 'glossary-terms')).toBe(true)
    expect(await offersToCreate(page, 'users')).toBe(true)
    await page.close()
  })

  it('lets an editor create episodes but not glossary terms', async () => {
    const page = await signIn('editor@example.com')
    expect(await offersToCreate(page, 'episodes')).toBe(true)
    expect(await offersToCreate(page, 'glossary-terms')).toBe(false)
    await page.close()
  })

  it('lets glossary staff create glossary terms and only read episodes', async () => {
    const page = await signIn('glossary@example.com')
    expect(await offersToCreate(page, 'glossary-terms')).toBe(true)
    expect(await offersToCreate(page, 'episodes')).toBe(false)
    await page.close()
  })
})
