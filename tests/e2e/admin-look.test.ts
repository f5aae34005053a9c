/**
 * The admin looks like the organisation's, on the production build, in both admin languages:
 * our wordmark on the sign-in page and our mark in the navigation, our name at the end of every
 * page title, the locale selector naming 日本語 and English (never "undefined"), Payload's own
 * avatar, and not one request to a host other than the app's (a Gravatar image would be one).
 * The pages visited are the ones the navigation offers an administrator: the dashboard, every
 * collection's list and one document of each, every global, and the account page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { localeLabels, locales } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'

import { runScript } from '../../tooling/server/production-server'
import { TEST_SECRET } from '../setup/test-secret'
import { launchChromium } from './browser'

const baseUrl = inject('baseUrl')
const databaseUrl = inject('databaseUrl')
const email = 'admin-look@example.com'
const password = 'correct horse battery staple'
const titleSuffix = `– ${getMessages('ja').site.name}`

/** The admin's two languages, as the browser asks for them (Accept-Language). */
const adminLanguages = [
  { language: 'ja', browserLocale: 'ja-JP' },
  { language: 'en', browserLocale: 'en-US' },
] as const

let browser: Browser
let session: Awaited<ReturnType<BrowserContext['storageState']>>
/** Every request any page of this file made: none may leave the app. */
const requested: string[] = []

function accounts(action: 'create' | 'delete') {
  runScript('tests/e2e/admin-look-accounts.ts', [action, email, password], { databaseUrl, secret: TEST_SECRET })
}

async function newContext(browserLocale: string, signedIn: boolean): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: browserLocale, ...(signedIn ? { storageState: session } : {}) })
  context.on('request', (request) => requested.push(request.url()))
  return context
}

async function settled(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.waitForLoadState('networkidle')
  await page.waitForSelector('.app-header', { timeout: 30_000 })
}

beforeAll(async () => {
  browser = await launchChromium()
  accounts('create')
  const context = await newContext('en-US', false)
  const page = await context.newPage()
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
  session = await context.storageState()
  await context.close()
})

afterAll(async () => {
  await browser?.close()
  accounts('delete')
})

describe('the sign-in page', () => {
  it('shows the column’s wordmark, in Japanese and English, and the column’s name in the title', async () => {
    const context = await newContext('ja-JP', false)
    const page = await context.newPage()
    await page.goto(`${baseUrl}/admin/login`)
    const logo = page.getByTestId('column-logo')
    await expect.poll(() => logo.isVisible(), { timeout: 30_000 }).toBe(true)
    const label = await logo.getAttribute('aria-label')
    for (const locale of locales) expect(label).toContain(getMessages(locale).site.name)
    expect(await page.title()).toMatch(new RegExp(`\\S ${titleSuffix}$`))
    // Our icon in the browser tab, served by the app.
    const icon = await page.locator('link[rel="icon"]').getAttribute('href')
    const iconResponse = await fetch(new URL(icon!, baseUrl))
    expect(iconResponse.status).toBe(200)
    expect(iconResponse.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
    await context.close()
  })
})

describe.each(adminLanguages)('the admin in $language', ({ language, browserLocale }) => {
  let context: BrowserContext
  let page: Page
  const visited: string[] = []

  beforeAll(async () => {
    context = await newContext(browserLocale, true)
    page = await context.newPage()
  })

  afterAll(() => context?.close())

  /** Opens a page and checks what every admin page must show. */
  async function looksRight(url: string): Promise<void> {
    await settled(page, url)
    expect(await page.evaluate(() => document.documentElement.lang), url).toBe(language)
    const text = await page.evaluate(() => document.body.innerText)
    expect(text, `${url} shows "undefined"`).not.toMatch(/\bundefined\b/)
    expect(await page.title(), url).toMatch(new RegExp(`\\S ${titleSuffix}$`))
    expect(await page.getByTestId('column-icon').first().isVisible(), `${url}: our icon in the navigation`).toBe(true)
    expect(await page.locator('img[src*="gravatar"]').count(), url).toBe(0)
    visited.push(url)
  }

  it('shows the dashboard and every page its navigation offers without "undefined", under the column’s name', async () => {
    await looksRight(`${baseUrl}/admin`)
    const navigation = await page
      .locator('nav a[href^="/admin/collections/"], nav a[href^="/admin/globals/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!))
    const collections = navigation.filter((href) => href.startsWith('/admin/collections/'))
    const globals = navigation.filter((href) => href.startsWith('/admin/globals/'))
    // The administrator sees every collection, users and inquiries included, and the globals.
    expect(collections).toEqual(expect.arrayContaining(['/admin/collections/episodes', '/admin/collections/users']))
    expect(globals.length).toBeGreaterThan(0)

    for (const list of collections) {
      await looksRight(`${baseUrl}${list}`)
      // One document of each collection: the first row's link in its list.
      const documentLink = page.locator(`.table a[href^="${list}/"]`).first()
      expect(await documentLink.count(), `${list} has a document to open`).toBe(1)
      await looksRight(`${baseUrl}${await documentLink.getAttribute('href')}`)
    }
    for (const global of globals) await looksRight(`${baseUrl}${global}`)
    await looksRight(`${baseUrl}/admin/account`)
    expect(visited.length).toBe(2 + collections.length * 2 + globals.length)
    // Some 25 pages, the first visit of each compiling on the server.
  }, 300_000)

  it('names the content locales 日本語 and English in the header’s locale selector', async () => {
    await settled(page, `${baseUrl}/admin/collections/episodes`)
    // The header also holds an invisible copy of the button, for spacing: the selector's own is in .localizer.
    const selector = page.locator('.app-header .localizer .localizer-button')
    const current = await selector.locator('.localizer-button__current-label').textContent()
    await selector.click()
    expect(current).toBe(localeLabels.ja)
    // The open popup's buttons: Payload renders its content outside the header.
    const options = page.locator('.popup-button-list__button:visible')
    await expect.poll(() => options.count(), { timeout: 10_000 }).toBe(locales.length)
    const offered = (await options.allInnerTexts()).join(' ')
    for (const locale of locales) expect(offered).toContain(localeLabels[locale])
    expect(offered).not.toMatch(/\bundefined\b/)
  })
})

describe('requests', () => {
  it('went to the app alone: no Gravatar, fonts or other third party', () => {
    expect(requested.length).toBeGreaterThan(20)
    const elsewhere = requested.filter((url) => {
      const { protocol, origin } = new URL(url)
      return protocol !== 'data:' && protocol !== 'blob:' && origin !== new URL(baseUrl).origin
    })
    expect(elsewhere).toEqual([])
  })
})
