/**
 * The feeds on the production build, as a podcast app or feed reader meets them: linked from
 * every page, parsed with a real XML parser, enclosures fetched and played in Chromium,
 * transcripts and the cover fetched, and served from Next's cache until their tags are
 * revalidated. The e2e seed adds a draft (episode 9) and a Japanese-only episode (8).
 */
import { createHash } from 'node:crypto'

import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Browser } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { Locale } from '@/lib/i18n/locales'
import { feedPath, glossaryPath, podcastFeedPath, transcriptPath } from '@/lib/i18n/paths'
import { author, episodes } from '@/tooling/seed/content'

import { TEST_SECRET } from '../setup/test-secret'
import { launchChromium } from './browser'
import { draftEpisode, japaneseOnlyEpisode } from './unpublished-content'

let browser: Browser
const baseUrl = inject('baseUrl')
const locales = ['ja', 'en'] as const

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(() => browser?.close())

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false })
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

type Attributes = Record<string, string>
type PodcastItem = {
  title: string
  pubDate: string
  enclosure: Attributes
  'itunes:duration': string
  'podcast:transcript': Attributes
}

async function podcastItems(locale: Locale): Promise<PodcastItem[]> {
  const response = await fetch(`${baseUrl}${podcastFeedPath(locale)}`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^application\/rss\+xml/)
  const xml = await response.text()
  expect(XMLValidator.validate(xml)).toBe(true)
  return asArray<PodcastItem>(parser.parse(xml).rss.channel.item)
}

describe('the podcast feed', () => {
  it.each(locales)(
    'in %s is linked from every page and lists the published episodes with audio, no draft',
    async (locale) => {
      const page = await browser.newPage()
      await page.goto(`${baseUrl}${glossaryPath(locale)}`)
      const href = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')
      expect(new URL(href!, baseUrl).pathname).toBe(podcastFeedPath(locale))
      await page.close()

      const items = await podcastItems(locale)
      expect(items.map((item) => item.title).sort()).toEqual(episodes.map((episode) => episode.title[locale]).sort())
      const titles = items.map((item) => item.title)
      expect(titles).not.toContain(draftEpisode.title)
      // Published in Japanese only, with external audio: no enclosure length, so in neither feed.
      expect(titles).not.toContain(japaneseOnlyEpisode.title)
      for (const item of items) expect(item.pubDate).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/)
    },
  )

  it('serves every enclosure whole, as long as its length says, and answers range requests', async () => {
    for (const item of await podcastItems('ja')) {
      const { '@_url': url, '@_length': length, '@_type': type } = item.enclosure
      expect(type).toBe('audio/mpeg')
      const whole = await fetch(url!)
      expect(whole.status).toBe(200)
      expect(whole.headers.get('content-type')).toBe('audio/mpeg')
      expect((await whole.arrayBuffer()).byteLength).toBe(Number(length))
      // Apple checks that the host answers byte ranges; Content-Range states the file's size.
      const first = await fetch(url!, { headers: { Range: 'bytes=0-0' } })
      expect(first.status).toBe(206)
      expect(first.headers.get('content-range')).toBe(`bytes 0-0/${length}`)
    }
  })

  it('has enclosures Chromium can play, lasting what itunes:duration says', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}/ja`)
    for (const item of await podcastItems('ja')) {
      const duration = await page.evaluate(async (url) => {
        const audio = new Audio(url)
        audio.preload = 'metadata'
        await new Promise((resolve, reject) => {
          audio.addEventListener('loadedmetadata', resolve)
          audio.addEventListener('error', () => reject(new Error(`cannot play ${url}`)))
        })
        return audio.duration
      }, item.enclosure['@_url']!)
      expect(Math.abs(duration - Number(item['itunes:duration']))).toBeLessThan(1)
    }
    await page.close()
  })

  it('links transcripts that podcast apps can fetch as plain text', async () => {
    for (const locale of locales) {
      for (const item of await podcastItems(locale)) {
        const { '@_url': url, '@_type': type, '@_language': language } = item['podcast:transcript']
        expect([type, language]).toEqual(['text/plain', locale])
        const response = await fetch(url!)
        expect(response.status).toBe(200)
        expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
        const episode = episodes.find((candidate) => candidate.title[locale] === item.title)!
        const text = await response.text()
        expect(text).toContain(episode.transcript[locale].split('\n\n')[0])
      }
    }
    expect((await fetch(`${baseUrl}${transcriptPath('ja', draftEpisode.slug)}`)).status).toBe(404)
  })

  it('has a square RGB cover of at least 1400 px, as Apple requires', async () => {
    const response = await fetch(`${baseUrl}/podcast-cover.png`)
    expect(response.status).toBe(200)
    const cover = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
    expect(cover.format).toBe('png')
    expect(cover.width).toBe(cover.height)
    expect(cover.width).toBeGreaterThanOrEqual(1400)
    expect(cover.width).toBeLessThanOrEqual(3000)
    expect(cover.hasAlpha).toBe(false)
  })

  it('is served from the cache, and built again once its tags are revalidated', async () => {
    const url = `${baseUrl}${podcastFeedPath('en')}`
    const cacheOf = async () => (await fetch(url)).headers.get('x-nextjs-cache')
    await fetch(url)
    expect(await cacheOf()).toMatch(/^(HIT|STALE)$/)
    // What publishing an episode does (its hooks revalidate `episodes`), through the app's route.
    const secret = createHash('sha256').update(`revalidate:${TEST_SECRET}`).digest('hex')
    const revalidated = await fetch(`${baseUrl}/api/revalidate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-column-revalidate-secret': secret },
      body: JSON.stringify({ tags: ['episodes'] }),
    })
    expect(revalidated.status).toBe(200)
    expect(await cacheOf()).toBe('MISS')
    expect(await cacheOf()).toMatch(/^(HIT|STALE)$/)
  })
})

describe('the Atom feed', () => {
  it.each(locales)('in %s gives every entry its author and therapy categories', async (locale) => {
    const xml = await (await fetch(`${baseUrl}${feedPath(locale)}`)).text()
    expect(XMLValidator.validate(xml)).toBe(true)
    const entries = asArray<{ title: string; author: { name: string }; category: Attributes | Attributes[] }>(
      parser.parse(xml).feed.entry,
    )
    for (const episode of episodes) {
      const entry = entries.find((candidate) => candidate.title === episode.title[locale])!
      expect(entry.author.name).toBe(author.name[locale])
      expect(asArray(entry.category).map((category) => category['@_term'])).toEqual(episode.categories)
    }
  })
})
