/**
 * Paged reader queries on real PostgreSQL: walking a series', a category's and the glossary
 * index's pages from 1 to the last gives every published document exactly once, in the list's
 * order, and never a draft, in each locale and at every page size in a range; a page past the end
 * is null. Ties in the sort (episodes published at the same moment, terms with the same reading)
 * must not make an offset page repeat or lose a document. Also the bounded Atom feed, and the
 * sitemap with every page of the paged lists, split into parts an index names.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  countCategoryEpisodes,
  countSeriesEpisodes,
  listCategoryEpisodesPage,
  listSeriesEpisodesPage,
  type ListPage,
} from '@/lib/content/episodes'
import { listFeedEpisodes } from '@/lib/content/feed-episodes'
import { sitemapEntries } from '@/lib/content/sitemap'
import { env } from '@/lib/env'
import { episodeFeed } from '@/lib/feeds/episode-feed'
import { categoryPath, glossaryPath, seriesPath } from '@/lib/i18n/paths'
import { pageCountOf } from '@/lib/paging/page-number'
import { pagedPath } from '@/lib/paging/paths'
import { sitemapIndexXml, sitemapPartPath, sitemapParts, sitemapXml } from '@/lib/seo/sitemap-xml'
import { countGlossaryTerms, listGlossaryTermsPage } from '@/lib/content/glossary'
import { locales, type Locale } from '@/lib/i18n/locales'
import { pageSizes } from '@/lib/paging/page-sizes'
import type { Series, TherapyCategory } from '@/payload-types'

import { validData } from '../helpers/documents'
import { createSeries, englishEpisodeData, japaneseEpisodeData, unique } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

let payload: Payload
let series: Series
let category: TherapyCategory

type Seeded = { id: number; number: number; publishedIn: Locale[]; publishedAt: string; inCategory: boolean }
const episodes: Seeded[] = []
type SeededTerm = { id: number; reading: string; term: { ja: string; en: string }; published: boolean }
const terms: SeededTerm[] = []

// Enough that more than the Atom feed's 50 are published in Japanese.
const EPISODES = 70
const TERMS = 29
// Three publication moments only, so most episodes tie on the category's sort.
const moments = ['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z']

beforeAll(async () => {
  payload = await testPayload()
  series = await createSeries(payload, { plannedEpisodeCount: EPISODES })
  const otherSeries = await createSeries(payload)
  category = await payload.create({
    collection: 'therapy-categories',
    locale: 'ja',
    data: { ...(await validData(payload, 'therapy-categories')), _status: 'published' } as never,
  })
  // Created out of number order, so the id order is not the episode order.
  const order = Array.from({ length: EPISODES }, (_, i) => ((i * 17) % EPISODES) + 1)
  for (const number of order) {
    const draft = number % 5 === 0
    const english = !draft && number % 3 === 0
    const inCategory = number % 2 === 0
    const publishedAt = moments[number % moments.length]!
    const created = await payload.create({
      collection: 'episodes',
      locale: 'ja',
      data: {
        ...japaneseEpisodeData(series, number),
        therapyCategories: inCategory ? [category.id] : [],
        publishedAt,
        _status: draft ? 'draft' : 'published',
      },
    })
    if (english) {
      await payload.update({
        collection: 'episodes',
        id: created.id,
        locale: 'en',
        data: { ...englishEpisodeData, _status: 'published' },
      })
    }
    episodes.push({
      id: created.id,
      number,
      publishedIn: draft ? [] : english ? ['ja', 'en'] : ['ja'],
      publishedAt,
      inCategory,
    })
  }
  // Another series' episode in the same category: in the category's pages, never in the series'.
  const outsider = await payload.create({
    collection: 'episodes',
    locale: 'ja',
    data: {
      ...japaneseEpisodeData(otherSeries, 1),
      therapyCategories: [category.id],
      publishedAt: moments[0],
      _status: 'published',
    },
  })
  episodes.push({ id: outsider.id, number: -1, publishedIn: ['ja'], publishedAt: moments[0]!, inCategory: true })

  const kana = ['あ', 'か', 'さ', 'た', 'な', 'は']
  for (let i = 0; i < TERMS; i++) {
    const published = i % 7 !== 3
    // Readings repeat (six of them), so the order rests on the tie-breaker.
    const reading = `${kana[i % kana.length]}いう`
    const term = { ja: `用語${i}`, en: `Term ${String.fromCharCode(65 + ((i * 7) % 26))}${i}` }
    const created = await payload.create({
      collection: 'glossary-terms',
      locale: 'ja',
      data: {
        term: term.ja,
        slug: unique('term'),
        reading,
        shortDefinition: '定義。',
        _status: published ? 'published' : 'draft',
      } as never,
    })
    if (published) {
      await payload.update({
        collection: 'glossary-terms',
        id: created.id,
        locale: 'en',
        data: { term: term.en, shortDefinition: 'A definition.', _status: 'published' },
      })
    }
    terms.push({ id: created.id, reading, term, published })
  }
}, 600_000)

/** Every page from 1 until the query says there is none, checking each page's own numbers. */
async function walk<T>(page: (number: number) => Promise<ListPage<T> | null>): Promise<T[]> {
  const first = await page(1)
  expect(first).not.toBeNull()
  const all: T[] = []
  for (let number = 1; number <= first!.pageCount; number++) {
    const listed = await page(number)
    expect(listed?.page).toBe(number)
    expect(listed?.pageCount).toBe(first!.pageCount)
    expect(listed?.totalItems).toBe(first!.totalItems)
    all.push(...listed!.items)
  }
  // Past the end, and not a page at all: null, whatever the size.
  for (const beyond of [first!.pageCount + 1, first!.pageCount + 50, 0, -1, 1.5]) expect(await page(beyond)).toBeNull()
  expect(all.length).toBe(first!.totalItems)
  return all
}

const sizes = [1, 2, 3, 7, 10, 20, 46, 100]

describe('a series’ pages', () => {
  for (const locale of locales) {
    it(`hold every episode published in ${locale} once, in episode order, at every page size`, async () => {
      const expected = episodes
        .filter((e) => e.number > 0 && e.publishedIn.includes(locale))
        .sort((a, b) => a.number - b.number)
        .map((e) => e.id)
      expect(expected.length).toBeGreaterThan(10)
      for (const size of sizes) {
        const ids = (await walk((n) => listSeriesEpisodesPage(locale, series.id, n, size))).map((e) => e.id)
        expect(ids, `size ${size}`).toEqual(expected)
      }
      expect(await countSeriesEpisodes(locale, series.id)).toBe(expected.length)
    })
  }

  it('use the configured size by default', async () => {
    const first = await listSeriesEpisodesPage('ja', series.id, 1)
    expect(first!.items.length).toBe(Math.min(pageSizes.seriesEpisodes, first!.totalItems))
  })
})

describe('a therapy category’s pages', () => {
  for (const locale of locales) {
    it(`hold every episode of the category published in ${locale} once, newest first, ties by id`, async () => {
      const expected = episodes
        .filter((e) => e.inCategory && e.publishedIn.includes(locale))
        .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || b.id - a.id)
        .map((e) => e.id)
      for (const size of sizes) {
        const ids = (await walk((n) => listCategoryEpisodesPage(locale, category.id, n, size))).map((e) => e.id)
        expect(ids, `size ${size}`).toEqual(expected)
      }
      expect(await countCategoryEpisodes(locale, category.id)).toBe(expected.length)
    })
  }
})

describe('the glossary index’s pages', () => {
  for (const locale of locales) {
    it(`hold every term published in ${locale} once, in the index order, never a draft`, async () => {
      const ours = new Set(terms.map((t) => t.id))
      const published = new Set(terms.filter((t) => t.published).map((t) => t.id))
      for (const size of [1, 4, 9, 60]) {
        const listed = await walk((n) => listGlossaryTermsPage(locale, n, size))
        const ids = listed.map((t) => t.id)
        expect(new Set(ids).size, `size ${size}: no term twice`).toBe(ids.length)
        expect(ids.filter((id) => ours.has(id)).sort((a, b) => a - b)).toEqual([...published].sort((a, b) => a - b))
        // The index order: by reading (Japanese) or term (English), so equal keys sit together (in
        // the database's collation, which this does not repeat), and within them by id.
        const key = (t: (typeof listed)[number]) => (locale === 'ja' ? t.reading : t.term)
        const left = new Set<string | null | undefined>()
        for (let i = 1; i < listed.length; i++) {
          const [a, b] = [listed[i - 1]!, listed[i]!]
          if (key(a) === key(b)) expect(b.id, `${key(a)}: #${a.id} before #${b.id}`).toBeGreaterThan(a.id)
          else {
            left.add(key(a))
            expect(left.has(key(b)), `${key(b)} comes back after other keys`).toBe(false)
          }
        }
      }
      expect(await countGlossaryTerms(locale)).toBeGreaterThanOrEqual(published.size)
    })
  }
})

describe('the Atom feed’s episodes', () => {
  it('are the newest N published, for every N in a range, the same as the head of the complete list', async () => {
    const complete = (await listFeedEpisodes('ja')).map((e) => e.id)
    for (const limit of [1, 2, 5, 13, complete.length, complete.length + 5]) {
      expect((await listFeedEpisodes('ja', limit)).map((e) => e.id)).toEqual(complete.slice(0, limit))
    }
    const drafts = new Set(episodes.filter((e) => e.publishedIn.length === 0).map((e) => e.id))
    expect(complete.some((id) => drafts.has(id))).toBe(false)
  })
})

describe('the Atom feed', () => {
  it(`carries the newest ${pageSizes.atomFeedEntries} published episodes, no more`, async () => {
    const complete = await listFeedEpisodes('ja')
    expect(complete.length).toBeGreaterThan(pageSizes.atomFeedEntries)
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(
      await episodeFeed('ja'),
    )
    const ids = (parsed.feed.entry as { id: string }[]).map((entry) => entry.id)
    expect(ids).toEqual(
      complete.slice(0, pageSizes.atomFeedEntries).map((episode) => `${env.SITE_URL}/ja/episodes/${episode.slug}`),
    )
  })
})

describe('the sitemap', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap'].includes(name) })

  it('lists every page of every paged list, in each locale as far as the list goes there', async () => {
    const urls = (await sitemapEntries()).map((entry) => entry.url.slice(env.SITE_URL.length))
    expect(new Set(urls).size).toBe(urls.length)
    for (const locale of locales) {
      const lists: [string, number][] = [
        [
          seriesPath(locale, series.slug),
          pageCountOf(await countSeriesEpisodes(locale, series.id), pageSizes.seriesEpisodes),
        ],
        [
          categoryPath(locale, category.slug),
          pageCountOf(await countCategoryEpisodes(locale, category.id), pageSizes.categoryEpisodes),
        ],
        [glossaryPath(locale), pageCountOf(await countGlossaryTerms(locale), pageSizes.glossaryTerms)],
      ]
      for (const [list, pageCount] of lists) {
        const listed = urls.filter((url) => url === list || url.startsWith(`${list}/page/`))
        expect(listed.sort()).toEqual(Array.from({ length: pageCount }, (_, i) => pagedPath(list, i + 1)).sort())
      }
    }
    // The series has more pages in Japanese than in English: the later pages name Japanese only.
    expect(pageCountOf(await countSeriesEpisodes('ja', series.id), pageSizes.seriesEpisodes)).toBeGreaterThan(
      pageCountOf(await countSeriesEpisodes('en', series.id), pageSizes.seriesEpisodes),
    )
  })

  it('splits into parts an index names, each valid XML, together every URL exactly once, at every part size', async () => {
    const entries = await sitemapEntries()
    for (const size of [1, 7, 50, entries.length, entries.length + 1]) {
      const parts = sitemapParts(entries, size)
      const index = sitemapIndexXml(parts, env.SITE_URL)
      expect(XMLValidator.validate(index)).toBe(true)
      expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
      const named = (parser.parse(index).sitemapindex.sitemap as { loc: string }[]).map((entry) => entry.loc)
      expect(named).toEqual(parts.map((_, i) => `${env.SITE_URL}${sitemapPartPath(i + 1)}`))
      const listed = parts.flatMap((part) => {
        const xml = sitemapXml(part)
        expect(XMLValidator.validate(xml)).toBe(true)
        const urls = parser.parse(xml).urlset.url as { loc: string }[]
        expect(urls.length).toBeLessThanOrEqual(size)
        return urls.map((url) => url.loc)
      })
      expect(listed).toEqual(entries.map((entry) => entry.url))
    }
  })
})
