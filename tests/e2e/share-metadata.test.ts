/**
 * What a link preview sees on the production build: a crawler (no JavaScript) reads the title,
 * description, OpenGraph and Twitter tags from <head>, with absolute URLs, and fetches the share
 * image, a 1200×630 PNG: the episode's own card, or the site's card on other pages.
 */
import { createHash } from 'node:crypto'

import type { Browser } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import {
  categoryPath,
  episodePath,
  glossaryPath,
  glossaryTermPath,
  homePath,
  searchPath,
  seriesPath,
} from '@/lib/i18n/paths'
import { cacheTags } from '@/lib/cache/tags'
import { episodes, glossaryTerms, series, therapyCategories } from '@/tooling/seed/content'

import { TEST_SECRET } from '../setup/test-secret'
import { launchChromium } from './browser'
import { draftEpisode, japaneseOnlyEpisode } from './unpublished-content'

let browser: Browser
const baseUrl = inject('baseUrl')
const episode = episodes[1]!
const openGraphLocale: Record<Locale, string> = { ja: 'ja_JP', en: 'en_US' }
const otherLocale: Record<Locale, Locale> = { ja: 'en', en: 'ja' }

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(() => browser?.close())

type Head = { title: string; tags: Map<string, string[]> }

/** The <head> as a link-preview crawler gets it: its user agent, no JavaScript. */
async function headOf(path: string): Promise<Head> {
  const context = await browser.newContext({ javaScriptEnabled: false, userAgent: 'Twitterbot/1.0' })
  const page = await context.newPage()
  const response = await page.goto(`${baseUrl}${path}`)
  expect(response?.status()).toBe(200)
  const { title, pairs } = await page.evaluate(() => ({
    title: document.title,
    pairs: [...document.head.querySelectorAll('meta[property], meta[name]')].map((meta) => [
      meta.getAttribute('property') ?? meta.getAttribute('name') ?? '',
      meta.getAttribute('content') ?? '',
    ]),
  }))
  await context.close()
  const tags = new Map<string, string[]>()
  for (const [key, value] of pairs) tags.set(key!, [...(tags.get(key!) ?? []), value!])
  return { title, tags }
}

/** The one value of a tag that must appear exactly once. */
function single(head: Head, key: string): string {
  expect(head.tags.get(key), key).toHaveLength(1)
  return head.tags.get(key)![0]!
}

type FetchedImage = { pixels: Buffer; cache: string | null }

async function fetchImage(url: string): Promise<FetchedImage> {
  expect(url.startsWith(`${baseUrl}/`), url).toBe(true)
  const response = await fetch(url)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('image/png')
  const image = Buffer.from(await response.arrayBuffer())
  expect(image.length).toBeGreaterThan(10_000)
  const { format, width, height } = await sharp(image).metadata()
  expect({ format, width, height }).toEqual({ format: 'png', width: 1200, height: 630 })
  return { pixels: await sharp(image).removeAlpha().raw().toBuffer(), cache: response.headers.get('x-nextjs-cache') }
}

/** The tags every reader page has, and its share image, fetched. */
async function expectCards(head: Head, locale: Locale, path: string): Promise<FetchedImage> {
  const siteName = getMessages(locale).site.name
  expect(single(head, 'og:url')).toBe(`${baseUrl}${path}`)
  expect(single(head, 'og:site_name')).toBe(siteName)
  expect(single(head, 'og:locale')).toBe(openGraphLocale[locale])
  expect(single(head, 'og:title')).not.toBe('')
  expect(single(head, 'og:description')).toBe(single(head, 'description'))
  expect(single(head, 'description')).not.toBe('')
  expect(single(head, 'twitter:card')).toBe('summary_large_image')
  expect(single(head, 'twitter:title')).toBe(single(head, 'og:title'))
  expect(single(head, 'twitter:image')).toBe(single(head, 'og:image'))
  expect(single(head, 'og:image:width')).toBe('1200')
  expect(single(head, 'og:image:height')).toBe('630')
  expect(single(head, 'og:image:type')).toBe('image/png')
  return fetchImage(single(head, 'og:image'))
}

const siteCards = new Map<Locale, Promise<Buffer>>()

/** The locale's site card, as the home page links it. */
function siteCard(locale: Locale): Promise<Buffer> {
  if (!siteCards.has(locale)) {
    siteCards.set(
      locale,
      headOf(homePath(locale)).then(async (head) => (await fetchImage(single(head, 'og:image'))).pixels),
    )
  }
  return siteCards.get(locale)!
}

describe.each(['ja', 'en'] as const)('an episode page in %s', (locale) => {
  const path = episodePath(locale, episode.slug)
  let head: Head

  beforeAll(async () => {
    head = await headOf(path)
  })

  it('has its title in the site template, and an article card with absolute URLs', async () => {
    expect(head.title).toBe(`${episode.title[locale]} | ${getMessages(locale).site.name}`)
    expect(single(head, 'og:title')).toBe(episode.title[locale])
    expect(single(head, 'description')).toBe(episode.seoDescription[locale])
    expect(single(head, 'og:type')).toBe('article')
    expect(single(head, 'article:section')).toBe(series.title[locale])
    expect(Number.isNaN(Date.parse(single(head, 'article:published_time')))).toBe(false)
    expect(head.tags.get('og:locale:alternate')).toEqual([openGraphLocale[otherLocale[locale]]])
    expect(single(head, 'og:image').startsWith(`${baseUrl}${path}/opengraph-image`)).toBe(true)
  })

  it("shares the episode's own 1200×630 card, drawn once and then served from the cache", async () => {
    const first = await expectCards(head, locale, path)
    expect(first.pixels.equals(await siteCard(locale))).toBe(false)
    const again = await fetchImage(single(head, 'og:image'))
    expect(again.cache).toBe('HIT')
    expect(again.pixels.equals(first.pixels)).toBe(true)
  })
})

/** What publishing an episode does to the cache (plugins/cache-revalidation.ts), through the app's own route. */
async function revalidate(tag: string): Promise<void> {
  const response = await fetch(`${baseUrl}/api/revalidate`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'x-column-revalidate-secret': createHash('sha256').update(`revalidate:${TEST_SECRET}`).digest('hex'),
    },
    body: JSON.stringify({ tags: [tag] }),
  })
  expect(response.status).toBe(200)
}

describe("the episode's cached card", () => {
  it('is drawn again when the episode is published again (its cache tag is revalidated)', async () => {
    const image = single(await headOf(episodePath('ja', episode.slug)), 'og:image')
    await fetchImage(image)
    expect((await fetchImage(image)).cache).toBe('HIT')
    await revalidate(cacheTags.episode(episode.slug))
    expect((await fetchImage(image)).cache).not.toBe('HIT')
    expect((await fetchImage(image)).cache).toBe('HIT')
  })
})

describe('episodes not published in every language', () => {
  it('a Japanese-only episode names no other locale', async () => {
    const head = await headOf(episodePath('ja', japaneseOnlyEpisode.slug))
    expect(single(head, 'og:locale')).toBe('ja_JP')
    expect(head.tags.get('og:locale:alternate')).toBeUndefined()
  })

  it("a draft's share image URL gives the site card, never the draft's title", async () => {
    const published = single(await headOf(episodePath('ja', episode.slug)), 'og:image')
    const draftImage = published.replace(`/episodes/${episode.slug}/`, `/episodes/${draftEpisode.slug}/`)
    expect(draftImage).not.toBe(published)
    expect((await fetchImage(draftImage)).pixels.equals(await siteCard('ja'))).toBe(true)
  })
})

function otherPages(locale: Locale): [name: string, path: string, title: string][] {
  const messages = getMessages(locale)
  const category = therapyCategories[0]!
  const term = glossaryTerms[1]!
  return [
    ['home', homePath(locale), messages.site.name],
    ['series', seriesPath(locale, series.slug), series.title[locale]],
    ['therapy category', categoryPath(locale, category.slug), category.name[locale]],
    ['glossary index', glossaryPath(locale), messages.glossary.title],
    ['glossary term', glossaryTermPath(locale, term.slug), term.term[locale]],
    ['search', searchPath(locale), messages.search.title],
  ]
}

describe.each(['ja', 'en'] as const)('other %s pages', (locale) => {
  it.each(otherPages(locale))('%s (%s) has its cards and the site card', async (name, path, title) => {
    const head = await headOf(path)
    const siteName = getMessages(locale).site.name
    expect(head.title).toBe(name === 'home' ? siteName : `${title} | ${siteName}`)
    expect(single(head, 'og:title')).toBe(title)
    expect(single(head, 'og:type')).toBe('website')
    const image = await expectCards(head, locale, path)
    expect(image.pixels.equals(await siteCard(locale))).toBe(true)
  })
})
