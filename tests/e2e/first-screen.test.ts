/**
 * The reader's first screen on a phone (390 × 844, Chromium): every episode's title, and every
 * other kind of page's, is in the first screen, above the disclaimer's one-sentence summary's
 * weight; the disclaimer is still on the page, in full, in its one labelled landmark; its summary
 * opens to the full text from the keyboard and without JavaScript. And the hero image: on its
 * page through Payload's own WebP sizes, fetched first; on cards, lazily; in the share card.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { getMessages } from '@/lib/i18n/messages'
import { episodePath, homePath } from '@/lib/i18n/paths'
import { readerPageTypes } from '@/tooling/seed/reader-page-types'

import { launchChromium } from './browser'
import { pagedPageTypes } from './paging-content'
import { fetchSitemap, locsIn } from './sitemap'
import { japaneseOnlyEpisode, japaneseOnlyEpisodeHeroImage } from './unpublished-content'

const baseUrl = inject('baseUrl')
const phone = { width: 390, height: 844 }
let browser: Browser
let phoneContext: BrowserContext

beforeAll(async () => {
  browser = await launchChromium()
  phoneContext = await browser.newContext({ viewport: phone, deviceScaleFactor: 1 })
})

afterAll(() => browser?.close())

/** Every published episode page the sitemap lists, in both languages. */
async function episodePaths(): Promise<string[]> {
  const { parts } = await fetchSitemap(baseUrl)
  return parts
    .flatMap(locsIn)
    .map((loc) => new URL(loc).pathname)
    .filter((path) => /^\/(ja|en)\/episodes\/[^/]+$/.test(path))
}

const localeOf = (path: string) => (path.startsWith('/en') ? 'en' : 'ja') as 'ja' | 'en'

/** The page's title (its h1) and its disclaimer landmark, as a reader on a phone first sees them. */
async function firstScreen(page: Page, path: string) {
  await page.goto(`${baseUrl}${path}`)
  const heading = page.locator('h1')
  // 404s are completed in the browser (docs/reliability-404.md): wait for the heading.
  await heading.first().waitFor()
  expect(await heading.count(), path).toBe(1)
  const box = await heading.boundingBox()
  const scrolled = await page.evaluate(() => window.scrollY)
  const landmark = page.getByRole('complementary', { name: getMessages(localeOf(path)).disclaimer.label, exact: true })
  const fullText = await page.locator('.disclaimer-notice-text').textContent()
  return { box, scrolled, landmark, fullText }
}

async function expectTitleAndDisclaimer(path: string) {
  const page = await phoneContext.newPage()
  const { box, scrolled, landmark, fullText } = await firstScreen(page, path)
  expect(scrolled, path).toBe(0)
  // The whole title, not only its first line, above the bottom of the first screen.
  expect(box, path).not.toBeNull()
  expect(box!.y + box!.height, path).toBeLessThanOrEqual(phone.height)
  // The disclaimer in full, in its one landmark, further down the same page.
  expect(await landmark.count(), path).toBe(1)
  const text = (await landmark.textContent())?.trim() ?? ''
  expect(text.length, path).toBeGreaterThan(getMessages(localeOf(path)).disclaimer.summary.length)
  expect(text, path).toBe(fullText?.trim())
  await page.close()
}

describe('the first screen of every episode on a 390 × 844 phone', () => {
  it('has the episode’s title, and the full disclaimer in its landmark on the page', async () => {
    const paths = await episodePaths()
    expect(paths.length).toBeGreaterThan(10)
    expect(paths).toContain(episodePath('ja', japaneseOnlyEpisode.slug))
    for (const path of paths) await expectTitleAndDisclaimer(path)
  }, 600_000)
})

describe.each(['ja', 'en'] as const)('the first screen of each kind of %s page', (locale) => {
  it.each([...readerPageTypes(locale), ...pagedPageTypes(locale)])(
    '%s (%s) has its title, and the full disclaimer in its landmark',
    async (_name, path) => {
      await expectTitleAndDisclaimer(path)
    },
  )
})

describe('the disclaimer’s summary at the top', () => {
  it.each(['ja', 'en'] as const)('opens to the full text from the keyboard in %s, and closes again', async (locale) => {
    const messages = getMessages(locale)
    const page = await phoneContext.newPage()
    await page.goto(`${baseUrl}${homePath(locale)}`)
    const notice = page.getByTestId('site-disclaimer-notice')
    const text = notice.locator('.disclaimer-notice-text')
    expect(await notice.locator('summary').textContent()).toContain(messages.disclaimer.summary)
    expect(await text.isVisible()).toBe(false)
    // Tab along the header until the summary has the focus.
    for (let step = 0; step < 20; step++) {
      await page.keyboard.press('Tab')
      if (await page.evaluate(() => document.activeElement?.tagName === 'SUMMARY')) break
    }
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY')
    await page.keyboard.press('Enter')
    await expect.poll(() => text.isVisible()).toBe(true)
    expect(await notice.getAttribute('open')).toBe('')
    await page.keyboard.press('Space')
    await expect.poll(() => text.isVisible()).toBe(false)
    await page.close()
  })

  it('opens without JavaScript', async () => {
    const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl}${episodePath('ja', japaneseOnlyEpisode.slug)}`)
    const notice = page.getByTestId('site-disclaimer-notice')
    await notice.locator('summary').click()
    expect(await notice.locator('.disclaimer-notice-text').isVisible()).toBe(true)
    await context.close()
  })

  it('is not printed; the full text at the end is', async () => {
    const page = await phoneContext.newPage()
    await page.goto(`${baseUrl}${homePath('ja')}`)
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByTestId('site-disclaimer-notice').isVisible()).toBe(false)
    expect(await page.getByTestId('site-disclaimer').isVisible()).toBe(true)
    await page.close()
  })
})

// Payload numbers a file name already taken in media/ by an earlier run: e2e-hero-image-2.jpg.
const heroFile = (suffix: string) =>
  new RegExp(`/api/media/file/${japaneseOnlyEpisodeHeroImage.filename.replace(/\.jpg$/, '')}(-\\d+)?${suffix}$`)

describe('the hero image on its episode’s page', () => {
  it('comes from Payload’s WebP sizes, fetched first, with its size reserved and its alternative text', async () => {
    const page = await phoneContext.newPage()
    await page.goto(`${baseUrl}${episodePath('ja', japaneseOnlyEpisode.slug)}`)
    const image = page.getByRole('img', { name: japaneseOnlyEpisodeHeroImage.alt })
    const attributes = await image.evaluate((element: HTMLImageElement) => ({
      width: element.getAttribute('width'),
      height: element.getAttribute('height'),
      fetchPriority: element.getAttribute('fetchpriority'),
      loading: element.getAttribute('loading'),
      srcset: element.srcset.split(', '),
    }))
    expect(attributes).toMatchObject({ width: '1200', height: '800', fetchPriority: 'high', loading: 'eager' })
    // next/image's widths are Payload's; the upload is 1200 wide, so it stands for 1600.
    expect(attributes.srcset).toHaveLength(3)
    expect(attributes.srcset[0]).toMatch(/-400x267\.webp 400w$/)
    expect(attributes.srcset[1]).toMatch(/-800x533\.webp 800w$/)
    expect(attributes.srcset[2]).toMatch(/\.jpg 1600w$/)
    expect(attributes.srcset.join(' ')).not.toContain('/_next/image')
    // 358 CSS pixels of column at one device pixel per CSS pixel: the 400-pixel WebP.
    await expect
      .poll(() => image.evaluate((element: HTMLImageElement) => element.currentSrc))
      .toMatch(heroFile('-400x267.webp'))
    const box = await image.boundingBox()
    expect(Math.round(box!.height)).toBe(Math.round((box!.width * 800) / 1200))
    await page.close()
  })
})

describe('an episode card with a hero image', () => {
  it('shows the picture beside the title, lazily, from Payload’s sizes', async () => {
    const page = await phoneContext.newPage()
    // Its series' page, reached from its breadcrumb: the home lists only the latest few, and
    // other test files publish newer episodes.
    await page.goto(`${baseUrl}${episodePath('ja', japaneseOnlyEpisode.slug)}`)
    const seriesLink = page.locator('nav.breadcrumb a').nth(1)
    await page.goto(`${baseUrl}${await seriesLink.getAttribute('href')}`)
    const card = page
      .locator('.episode-list li')
      .filter({ has: page.getByRole('link', { name: japaneseOnlyEpisode.title, exact: true }) })
      .first()
    const picture = card.locator('img.episode-thumbnail')
    expect(await picture.getAttribute('loading')).toBe('lazy')
    expect(await picture.getAttribute('alt')).toBe('')
    expect(await picture.getAttribute('srcset')).toMatch(/-400x267\.webp 400w/)
    await picture.scrollIntoViewIfNeeded()
    await expect.poll(() => picture.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0)
    await page.close()
  })
})

describe('the share card of an episode with a hero image', () => {
  it('draws the hero image beside the title', async () => {
    const page = await phoneContext.newPage()
    await page.goto(`${baseUrl}${episodePath('ja', japaneseOnlyEpisode.slug)}`)
    const shareImage = await page.locator('meta[property="og:image"]').getAttribute('content')
    await page.close()
    const response = await fetch(shareImage!)
    expect(response.headers.get('content-type')).toBe('image/png')
    const { data } = await sharp(Buffer.from(await response.arrayBuffer()))
      .extract({ left: 1160, top: 100, width: 1, height: 1 })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true })
    // The seeded hero image is one colour, #3b6e8f (tests/e2e/seed-unpublished-content.ts).
    const expected = [0x3b, 0x6e, 0x8f]
    for (const [index, value] of [...data].entries()) expect(Math.abs(value - expected[index]!)).toBeLessThanOrEqual(8)
  })
})
