/**
 * Each role's desk on the dashboard, in Chromium against the production build: the sections and
 * lists of the role and no others, headed in the admin's language, Payload's collection cards
 * still below; a link in a list opens its document; no "undefined" in the header or on the page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { Role } from '@/access/roles'
import { adminTranslations } from '@/lib/i18n/admin-translations'

import { runScript } from '../../tooling/server/production-server'
import { TEST_SECRET } from '../setup/test-secret'
import { launchChromium } from './browser'
import { deskAccounts, deskContent } from './editors-desk-fixtures'

const baseUrl = inject('baseUrl')
const databaseUrl = inject('databaseUrl')
const password = 'correct horse battery staple'

let browser: Browser

function content(action: 'create' | 'delete') {
  runScript('tests/e2e/editors-desk-content.ts', [action, password], { databaseUrl, secret: TEST_SECRET })
}

beforeAll(async () => {
  content('delete')
  content('create')
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  content('delete')
})

type Case = {
  role: Role
  language: 'ja' | 'en'
  sections: string[]
  lists: string[]
  /** A list, and the title of the document its link must open. */
  follow: { list: string; title: string; collection: string }
}

const editingLists = ['myDrafts', 'recentDrafts', 'scheduled', 'reviewsDue', 'translationsMissing', 'claimsToReview']
const glossaryLists = ['termsIncomplete', 'termsUnlinked', 'termsChanged', 'claimsToReview']

const cases: Case[] = [
  {
    role: 'editor',
    language: 'ja',
    sections: ['editing'],
    lists: editingLists,
    follow: { list: 'myDrafts', title: deskContent.episodeTitle, collection: 'episodes' },
  },
  {
    role: 'glossary',
    language: 'en',
    sections: ['glossary'],
    lists: glossaryLists,
    follow: { list: 'termsChanged', title: deskContent.termTitle, collection: 'glossary-terms' },
  },
  {
    role: 'consultation',
    language: 'ja',
    sections: ['consultation'],
    lists: ['newInquiries'],
    follow: { list: 'newInquiries', title: deskContent.inquiryTopic, collection: 'inquiries' },
  },
  {
    role: 'admin',
    language: 'en',
    sections: ['editing', 'glossary', 'administration'],
    lists: [...editingLists, ...glossaryLists, 'newInquiries', 'siteDisclaimer', 'users'],
    follow: { list: 'scheduled', title: deskContent.episodeTitle, collection: 'episodes' },
  },
]

async function signIn(context: BrowserContext, role: Role): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('input[name="email"]', deskAccounts[role])
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 30_000 })
  await page.waitForSelector('[data-testid="column-desk"]', { timeout: 30_000 })
  return page
}

describe.each(cases)('the $role’s desk (admin in $language)', ({ role, language, sections, lists, follow }) => {
  let context: BrowserContext
  let page: Page
  const words = adminTranslations[language].column

  beforeAll(async () => {
    context = await browser.newContext({ locale: language === 'ja' ? 'ja-JP' : 'en-US' })
    page = await signIn(context, role)
  }, 120_000)

  afterAll(() => context?.close())

  it('shows the role’s sections and lists, headed in the admin’s language, and no others', async () => {
    const desk = page.getByTestId('column-desk')
    expect(
      await desk
        .locator('[data-desk-section]')
        .evaluateAll((found) => found.map((s) => s.getAttribute('data-desk-section'))),
    ).toEqual(sections)
    const shown = await desk
      .locator('[data-desk-list]')
      .evaluateAll((found) => found.map((s) => s.getAttribute('data-desk-list')))
    expect(shown).toEqual(lists)
    for (const section of sections) {
      const heading = desk.locator(`[data-desk-section="${section}"] > h2`)
      expect(await heading.textContent()).toBe(words[`deskSection_${section}` as keyof typeof words])
    }
    // Each list is a headed section with a list of links, or says it is empty.
    for (const list of new Set(lists)) {
      const section = desk.locator(`[data-desk-list="${list}"]`).first()
      expect(await section.locator('h3').textContent()).toBe(words[`deskList_${list}` as keyof typeof words])
      const links = await section.locator('li a').count()
      const empty = await section.getByText(words.deskEmpty, { exact: true }).count()
      expect(links > 0 !== (empty === 1), `${list}: links or "empty", not both`).toBe(true)
    }
  })

  it('keeps Payload’s collection cards below the desk', async () => {
    await page.waitForSelector('.modular-dashboard a[href^="/admin/collections/"]', { timeout: 30_000 })
    const deskFirst = await page.evaluate(() => {
      const desk = document.querySelector('[data-testid="column-desk"]')!
      const cards = document.querySelector('.modular-dashboard')!
      return Boolean(desk.compareDocumentPosition(cards) & Node.DOCUMENT_POSITION_FOLLOWING)
    })
    expect(deskFirst).toBe(true)
  })

  it('has no "undefined" in the header or on the page', async () => {
    const header = await page.locator('.app-header').innerText()
    expect(header).not.toMatch(/\bundefined\b/)
    expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/\bundefined\b/)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language)
  })

  it('opens the document a list links to', async () => {
    const link = page
      .locator(`[data-testid="column-desk"] [data-desk-list="${follow.list}"] li a`)
      .filter({ hasText: follow.title })
      .first()
    expect(await link.count(), `${follow.list} lists "${follow.title}"`).toBe(1)
    // The keyboard reaches it: a real link, focusable, opened with Enter.
    await link.focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(new RegExp(`/admin/collections/${follow.collection}/\\d+$`), { timeout: 30_000 })
    await page.waitForSelector('.app-header', { timeout: 30_000 })
    await expect
      .poll(() => page.locator('.doc-header__title, .render-title').first().textContent(), { timeout: 30_000 })
      .toContain(follow.title)
    expect(await page.locator('.app-header').innerText()).not.toMatch(/\bundefined\b/)
  })
})
