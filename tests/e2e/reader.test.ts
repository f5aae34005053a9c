/**
 * What a reader sees, in Chromium, on the production build with the demo content: every page
 * carries the disclaimer; episodes have their whole anatomy in both languages.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { getMessages } from '@/lib/i18n/messages'
import { episodePath, glossaryPath, homePath, searchPath } from '@/lib/i18n/paths'
import { episodes, series } from '@/tooling/seed/content'

import { launchChromium } from './browser'
import { japaneseOnlyEpisode, japaneseOnlyEpisodeHeroImage } from './unpublished-content'

let browser: Browser
const baseUrl = inject('baseUrl')
const secondEpisode = episodes.find((episode) => episode.number === 2)!

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(() => browser?.close())

async function open(path: string, acceptLanguage?: string): Promise<{ page: Page; status: number }> {
  const page = await browser.newPage({ extraHTTPHeaders: acceptLanguage ? { 'Accept-Language': acceptLanguage } : {} })
  const response = await page.goto(`${baseUrl}${path}`)
  return { page, status: response?.status() ?? 0 }
}

async function disclaimerText(page: Page, locale: 'ja' | 'en'): Promise<string> {
  return (await page.getByRole('complementary', { name: getMessages(locale).disclaimer.label }).textContent()) ?? ''
}

describe('language', () => {
  it('sends / to the reader’s language', async () => {
    const japanese = await open('/', 'ja,en;q=0.5')
    expect(new URL(japanese.page.url()).pathname).toBe(homePath('ja'))
    const english = await open('/', 'en-GB,en;q=0.9,ja;q=0.3')
    expect(new URL(english.page.url()).pathname).toBe(homePath('en'))
    await japanese.page.close()
    await english.page.close()
  })
})

describe.each(['ja', 'en'] as const)('the %s column', (locale) => {
  it('shows the site disclaimer from the CMS on the home page, with the series', async () => {
    const { page } = await open(homePath(locale))
    expect(await page.getAttribute('html', 'lang')).toBe(locale)
    expect(await disclaimerText(page, locale)).toMatch(locale === 'ja' ? /医師が行います/ : /made by physicians/)
    expect(await page.getByRole('link', { name: series.title[locale] }).count()).toBe(1)
    expect(await page.getByText(getMessages(locale).home.coming).count()).toBeGreaterThan(0)
    await page.close()
  })

  it('shows an episode with its whole anatomy', async () => {
    const { page, status } = await open(episodePath(locale, secondEpisode.slug))
    expect(status).toBe(200)
    const messages = getMessages(locale)
    expect(await page.locator('h1').textContent()).toBe(secondEpisode.title[locale])
    expect(await page.locator('.episode-position').textContent()).toBe(
      locale === 'ja' ? '第2回(全10回)' : 'Episode 2 of 10',
    )
    expect(await disclaimerText(page, locale)).not.toBe('')
    const toc = page.getByRole('navigation', { name: messages.episode.toc })
    const firstTocLink = toc.getByRole('link').first()
    const target = (await firstTocLink.getAttribute('href'))!
    expect(await page.locator(target).count()).toBe(1)
    expect(await page.getByRole('navigation', { name: messages.nav.breadcrumb }).getByRole('link').count()).toBe(2)
    expect(await page.locator('a[rel="prev"]').textContent()).toContain(episodes[0]!.title[locale])
    expect(await page.locator('a[rel="next"]').textContent()).toContain(episodes[2]!.title[locale])
    expect(await page.getByRole('region', { name: messages.episode.consult }).count()).toBe(1)
    expect(
      await page.getByRole('region', { name: messages.episode.related }).getByRole('link').count(),
    ).toBeGreaterThan(0)
    expect(await page.getByText(messages.episode.transcript).count()).toBe(1)
    expect(await page.locator('.reading-time').textContent()).toMatch(/\d/)
    await page.close()
  })

  it('answers an unknown page with a 404 that still carries the disclaimer', async () => {
    const { page, status } = await open(episodePath(locale, 'no-such-episode'))
    expect(status).toBe(404)
    await expect.poll(() => page.locator('h1').textContent()).toBe(getMessages(locale).notFound.title)
    expect(await disclaimerText(page, locale)).not.toBe('')
    await page.close()
  })
})

describe('a path outside every locale', () => {
  it('is a 404 in the reader’s language, with the disclaimer', async () => {
    const { page, status } = await open('/fr/quelque-chose', 'en')
    expect(status).toBe(404)
    await expect.poll(() => page.locator('h1').textContent()).toBe(getMessages('en').notFound.title)
    expect(await disclaimerText(page, 'en')).not.toBe('')
    await page.close()
  })
})

describe('the glossary and search', () => {
  it('groups the Japanese glossary by gojūon row and links each term', async () => {
    const { page } = await open(glossaryPath('ja'))
    const gojuonOrder = ['あ', 'か', 'さ', 'た', 'な', 'は', 'ま', 'や', 'ら', 'わ', 'その他']
    const positions = (await page.locator('main h2').allTextContents()).map((row) => gojuonOrder.indexOf(row))
    expect(positions.length).toBeGreaterThan(3)
    expect(positions).not.toContain(-1)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    await page.getByRole('link', { name: '幹細胞', exact: true }).click()
    await page.waitForURL(/\/ja\/glossary\/stem-cell$/)
    expect(await page.locator('h1').textContent()).toContain('幹細胞')
    await page.close()
  })

  it('finds a Japanese substring and marks it', async () => {
    const { page } = await open(`${searchPath('ja')}?q=${encodeURIComponent('幹細胞')}`)
    expect(await page.locator('mark').first().textContent()).toBe('幹細胞')
    expect(await page.getByRole('complementary', { name: getMessages('ja').disclaimer.label }).count()).toBe(1)
    await page.close()
  })

  it('keeps the reader on the same page when switching language', async () => {
    const { page } = await open(episodePath('ja', secondEpisode.slug))
    await page.getByRole('link', { name: getMessages('ja').language.switchTo }).click()
    await page.waitForURL(new RegExp(`${episodePath('en', secondEpisode.slug)}$`))
    expect(await page.locator('h1').textContent()).toBe(secondEpisode.title.en)
    await page.close()
  })
})

describe('an episode’s hero image', () => {
  it('is shown under the header with its alternative text, in the size that fills the column', async () => {
    const { page } = await open(episodePath('ja', japaneseOnlyEpisode.slug))
    const image = page.getByRole('img', { name: japaneseOnlyEpisodeHeroImage.alt })
    expect(await page.locator('.episode-header + img.hero-image').count()).toBe(1)
    const loaded = () => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)
    await expect.poll(loaded).toBeGreaterThan(0)
    // The column is 672 CSS pixels wide on this screen: Payload's 800-pixel `card` size (WebP), not the upload.
    // (Payload numbers a file name already taken in media/ by an earlier run: e2e-hero-image-2.jpg.)
    const source = await image.evaluate((element: HTMLImageElement) => element.currentSrc)
    expect(source).toMatch(/\/api\/media\/file\/e2e-hero-image(-\d+)?-800x\d+\.webp$/)
    expect((await image.boundingBox())?.width).toBeLessThanOrEqual(672)
    await page.close()
  })

  it('is not there on an episode without one', async () => {
    const { page } = await open(episodePath('ja', secondEpisode.slug))
    expect(await page.locator('main img').count()).toBe(0)
    await page.close()
  })
})

describe('glossary terms in episode text', () => {
  it('link to their page, with a definition that appears on keyboard focus and closes with Escape', async () => {
    const { page } = await open(episodePath('ja', secondEpisode.slug))
    const term = page.locator('.episode-body .glossary-term > a').first()
    expect(await term.count()).toBe(1)
    expect(await term.getAttribute('href')).toMatch(/^\/ja\/glossary\/[a-z0-9-]+$/)
    const tooltip = page.locator(`#${await term.getAttribute('aria-describedby')}`)
    expect(await tooltip.textContent()).not.toBe('')
    expect(await tooltip.isVisible()).toBe(false)
    await term.focus()
    await expect.poll(() => tooltip.isVisible()).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(() => tooltip.isVisible()).toBe(false)
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Tab')
    await expect.poll(() => tooltip.isVisible()).toBe(true)
    expect(await page.locator('.episode-body h2 .glossary-term').count()).toBe(0)
    await page.close()
  })
})

describe('small screens', () => {
  const pages = [homePath('ja'), episodePath('ja', secondEpisode.slug), glossaryPath('en')]
  it.each(pages)('%s fits a 320 px wide screen', async (path) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } })
    await page.goto(`${baseUrl}${path}`)
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await page.close()
  })
})

describe('by keyboard alone', () => {
  it('skips to the content, and every focused link shows where focus is', async () => {
    const { page } = await open(homePath('en'))
    await page.keyboard.press('Tab')
    const skipLink = page.getByRole('link', { name: getMessages('en').nav.skipToContent })
    expect(await skipLink.evaluate((link) => link === document.activeElement)).toBe(true)
    expect(await skipLink.isVisible()).toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main')
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement
      return {
        inMain: Boolean(element.closest('main')),
        tag: element.tagName,
        outline: getComputedStyle(element).outlineStyle,
      }
    })
    expect(focused).toEqual({ inMain: true, tag: 'A', outline: 'solid' })
    await page.close()
  })

  it('follows a series link from home to an episode with Enter', async () => {
    const { page } = await open(homePath('ja'))
    const link = page.getByRole('link', { name: secondEpisode.title.ja }).first()
    await link.focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(new RegExp(`${episodePath('ja', secondEpisode.slug)}$`))
    expect(await page.locator('h1').textContent()).toBe(secondEpisode.title.ja)
    await page.close()
  })
})

describe('printing an episode', () => {
  it('keeps the text and the disclaimer, and drops navigation and the audio player', async () => {
    const { page } = await open(episodePath('ja', secondEpisode.slug))
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' })
    const messages = getMessages('ja')
    expect(await page.getByRole('complementary', { name: messages.disclaimer.label }).isVisible()).toBe(true)
    expect(await page.locator('h1').isVisible()).toBe(true)
    expect(await page.locator('.site-nav').isVisible()).toBe(false)
    expect(await page.locator('.episode-nav').isVisible()).toBe(false)
    expect(await page.locator('audio').isVisible()).toBe(false)
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)')
    await page.close()
  })
})
