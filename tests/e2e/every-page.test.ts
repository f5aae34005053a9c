/**
 * Every reader page type, in both languages, on the production build: the right status and
 * <html lang>, the site disclaimer in its labelled landmark, and no axe-core violations.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { getMessages } from '@/lib/i18n/messages'
import {
  episodePath,
  feedPath,
  glossaryPath,
  glossaryTermPath,
  homePath,
  podcastFeedPath,
  seriesPath,
} from '@/lib/i18n/paths'
import { episodes, glossaryTerms, series } from '@/tooling/seed/content'

import { axeViolations } from './axe'
import { launchChromium } from './browser'
import { pagedPageTypes } from './paging-content'
import { fetchSitemap } from './sitemap'
import { readerPageTypes } from '../../tooling/seed/reader-page-types'
import { draftEpisode, japaneseOnlyEpisode } from './unpublished-content'

let browser: Browser
const baseUrl = inject('baseUrl')

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(() => browser?.close())

/** axe-core's Playwright runner needs a page in its own browser context. */
async function newPage(): Promise<Page> {
  return (await browser.newContext()).newPage()
}

async function closePage(page: Page): Promise<void> {
  await page.context().close()
}

/** The demo's page types, and the later pages of the paged lists (tests/e2e/paging-content.ts). */
const pageTypes = (locale: 'ja' | 'en') => [...readerPageTypes(locale), ...pagedPageTypes(locale)]

describe.each(['ja', 'en'] as const)('every %s page type', (locale) => {
  it.each(pageTypes(locale))('%s (%s) carries the disclaimer and passes axe', async (_name, path, status) => {
    const page = await newPage()
    const response = await page.goto(`${baseUrl}${path}`)
    expect(response?.status()).toBe(status)
    const disclaimer = page.getByRole('complementary', { name: getMessages(locale).disclaimer.label })
    // 404s are completed in the browser (docs/reliability-404.md): wait for the landmark.
    await expect.poll(() => disclaimer.count()).toBe(1)
    expect((await disclaimer.textContent())?.trim()).not.toBe('')
    expect(await page.getAttribute('html', 'lang')).toBe(locale)
    expect(await axeViolations(page)).toEqual([])
    await closePage(page)
  })

  it.each(pageTypes(locale))('%s (%s) has the header and footer, usable at 320 px', async (_name, path) => {
    const messages = getMessages(locale)
    const page = await newPage()
    await page.setViewportSize({ width: 320, height: 640 })
    await page.goto(`${baseUrl}${path}`)
    const headerNav = page.getByRole('navigation', { name: messages.nav.main })
    await expect.poll(() => headerNav.count()).toBe(1)
    const footer = page.getByRole('contentinfo', { name: messages.footer.label })
    expect(await footer.count()).toBe(1)
    expect(await footer.getByRole('link', { name: messages.footer.atomFeed }).getAttribute('href')).toBe(
      feedPath(locale),
    )
    expect(await footer.getByRole('link', { name: messages.footer.podcastFeed }).getAttribute('href')).toBe(
      podcastFeedPath(locale),
    )
    // Neither overflows the narrowest phone: their links wrap.
    for (const selector of ['.site-header', '.site-footer']) {
      const { scrollWidth, clientWidth } = await page
        .locator(selector)
        .evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }))
      expect(scrollWidth, selector).toBeLessThanOrEqual(clientWidth)
    }
    await closePage(page)
  })
})

describe.each(['ja', 'en'] as const)('the %s navigation from the keyboard', (locale) => {
  it('reaches the header links right after the skip link and the site name, and follows them with Enter', async () => {
    const messages = getMessages(locale)
    const page = await newPage()
    await page.goto(`${baseUrl}${homePath(locale)}`)
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim())
    await page.keyboard.press('Tab')
    expect(await focusedText()).toBe(messages.nav.skipToContent)
    await page.keyboard.press('Tab')
    expect(await focusedText()).toBe(messages.site.name)
    // The seeded header: home, glossary, search, then the consultation page.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await focusedText()).toBe(messages.nav.glossary)
    await page.keyboard.press('Enter')
    await page.waitForURL(new RegExp(`${glossaryPath(locale)}$`))
    await closePage(page)
  })
})

describe('the dark colour scheme', () => {
  it.each([homePath('ja'), episodePath('en', episodes[1]!.slug), glossaryPath('ja')])(
    '%s passes axe, contrast included',
    async (path) => {
      const page = await newPage()
      await page.emulateMedia({ colorScheme: 'dark' })
      await page.goto(`${baseUrl}${path}`)
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true)
      expect(await axeViolations(page)).toEqual([])
      await closePage(page)
    },
  )
})

describe('episodes that are not public', () => {
  it('a draft that was never published is a 404 in both languages', async () => {
    for (const locale of ['ja', 'en'] as const) {
      const page = await newPage()
      const response = await page.goto(`${baseUrl}${episodePath(locale, draftEpisode.slug)}`)
      expect(response?.status()).toBe(404)
      await expect.poll(() => page.locator('h1').textContent()).toBe(getMessages(locale).notFound.title)
      expect(await page.content()).not.toContain(draftEpisode.title)
      await closePage(page)
    }
  })

  it('an episode published only in Japanese says so on the English site and links the original', async () => {
    const page = await newPage()
    const response = await page.goto(`${baseUrl}${episodePath('en', japaneseOnlyEpisode.slug)}`)
    expect(response?.status()).toBe(200)
    const messages = getMessages('en')
    expect(await page.locator('h1').textContent()).toBe(messages.episode.notTranslatedTitle)
    await page.getByRole('link', { name: messages.episode.readInJapanese }).click()
    await page.waitForURL(new RegExp(`${episodePath('ja', japaneseOnlyEpisode.slug)}$`))
    expect(await page.locator('h1').textContent()).toBe(japaneseOnlyEpisode.title)
    expect(await axeViolations(page)).toEqual([])
    await closePage(page)
  })
})

describe('for search engines', () => {
  it('the sitemap (index and parts) lists every published page in its published locales, with hreflang, and no draft', async () => {
    const page = await newPage()
    const { parts } = await fetchSitemap(baseUrl)
    const parsed = await page.evaluate((sources) => {
      const docs = sources.map((source) => new DOMParser().parseFromString(source, 'application/xml'))
      const entries = docs.flatMap((doc) =>
        [...doc.getElementsByTagName('url')].map((entry) => ({
          loc: entry.getElementsByTagName('loc')[0]?.textContent ?? '',
          alternates: [...entry.getElementsByTagName('xhtml:link')].map((link) => link.getAttribute('hreflang')),
          lastmod: entry.getElementsByTagName('lastmod')[0]?.textContent ?? '',
        })),
      )
      return { error: docs.some((doc) => doc.getElementsByTagName('parsererror').length > 0), entries }
    }, parts)
    expect(parsed.error).toBe(false)
    const paths = parsed.entries.map((entry) => new URL(entry.loc).pathname)
    for (const locale of ['ja', 'en'] as const) {
      expect(paths).toContain(episodePath(locale, episodes[1]!.slug))
      expect(paths).toContain(glossaryTermPath(locale, glossaryTerms[0]!.slug))
      expect(paths).toContain(seriesPath(locale, series.slug))
      expect(paths).not.toContain(episodePath(locale, draftEpisode.slug))
    }
    expect(paths).toContain(episodePath('ja', japaneseOnlyEpisode.slug))
    expect(paths).not.toContain(episodePath('en', japaneseOnlyEpisode.slug))
    const second = parsed.entries.find((entry) => entry.loc.endsWith(episodePath('ja', episodes[1]!.slug)))!
    expect(second.alternates.sort()).toEqual(['en', 'ja'])
    expect(Number.isNaN(Date.parse(second.lastmod))).toBe(false)
    // Made once and kept in Next's cache until a publish, not rebuilt for every request.
    expect((await fetch(`${baseUrl}/sitemap.xml`)).headers.get('x-nextjs-cache')).toBe('HIT')
    expect((await fetch(`${baseUrl}/sitemap-1.xml`)).headers.get('x-nextjs-cache')).toBe('HIT')
    expect((await fetch(`${baseUrl}/sitemap.xml/other`)).status).toBe(404)
    await closePage(page)
  })

  it('robots.txt keeps the admin, the API and previews out and points to the sitemap', async () => {
    const robots = await (await fetch(`${baseUrl}/robots.txt`)).text()
    expect(robots).toMatch(/^Disallow: \/admin$/m)
    expect(robots).toMatch(/^Disallow: \/api$/m)
    expect(robots).toMatch(/^Disallow: \/ja\/preview$/m)
    expect(robots).toContain(`Sitemap: ${baseUrl}/sitemap.xml`)
  })
})

describe('for feed readers', () => {
  it.each(['ja', 'en'] as const)(
    'the %s Atom feed lists the published episodes, is linked from every page, and has no draft',
    async (locale) => {
      const page = await newPage()
      await page.goto(`${baseUrl}${glossaryPath(locale)}`)
      const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')
      expect(new URL(href!, baseUrl).pathname).toBe(feedPath(locale))
      const response = await fetch(`${baseUrl}${feedPath(locale)}`)
      expect(response.headers.get('content-type')).toMatch(/application\/atom\+xml/)
      const feed = await page.evaluate(
        (source) => {
          const doc = new DOMParser().parseFromString(source, 'application/xml')
          const entries = [...doc.getElementsByTagName('entry')].map((entry) => ({
            title: entry.getElementsByTagName('title')[0]?.textContent ?? '',
            link: entry.getElementsByTagName('link')[0]?.getAttribute('href') ?? '',
            updated: entry.getElementsByTagName('updated')[0]?.textContent ?? '',
          }))
          return {
            error: doc.getElementsByTagName('parsererror').length > 0,
            root: doc.documentElement.localName,
            entries,
          }
        },
        await response.text(),
      )
      expect(feed.error).toBe(false)
      expect(feed.root).toBe('feed')
      const titles = feed.entries.map((entry) => entry.title)
      for (const episode of episodes) expect(titles).toContain(episode.title[locale])
      expect(titles).not.toContain(draftEpisode.title)
      expect(titles.includes(japaneseOnlyEpisode.title)).toBe(locale === 'ja')
      for (const entry of feed.entries) {
        expect(entry.link.startsWith(`${baseUrl}/${locale}/episodes/`)).toBe(true)
        expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/)
      }
      await closePage(page)
    },
  )
})
