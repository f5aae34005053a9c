/**
 * Paged lists on the production build, with the seeded content of paging-content.ts: from page 1
 * of every series, category and glossary index in both locales, follows rel=next to the end and
 * checks on each page the status, the self-referencing canonical, rel=prev/next, the hreflang
 * alternates (each of which answers 200), and the pagination nav; every published item appears
 * exactly once across the pages and no draft does. /page/1 answers a 308 to the list; page
 * numbers of every bad shape answer 404, never 500. The sitemap index and its parts are valid XML
 * and list every published URL, later pages included, exactly once.
 */
import { Window } from 'happy-dom'
import { describe, expect, inject, it } from 'vitest'

import { locales, type Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { categoryPath, episodePath, glossaryPath, glossaryTermPath, seriesPath } from '@/lib/i18n/paths'
import { pageCountOf } from '@/lib/paging/page-number'
import { pageSizes } from '@/lib/paging/page-sizes'
import { pagedPath } from '@/lib/paging/paths'
import { episodes as demoEpisodes, series as demoSeries, therapyCategories } from '@/tooling/seed/content'

import {
  inEnglish,
  pagingCategory,
  pagingDraftSlug,
  pagingEpisodeSlug,
  pagingSeries,
  pagingTerms,
} from './paging-content'
import { fetchSitemap, locsIn } from './sitemap'
import { draftEpisode } from './unpublished-content'

const baseUrl = inject('baseUrl')

type Parsed = { status: number; document: Document; close: () => void }

async function load(path: string): Promise<Parsed> {
  const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual' })
  const window = new Window({ url: `${baseUrl}${path}` })
  const document = new window.DOMParser().parseFromString(await response.text(), 'text/html') as unknown as Document
  return { status: response.status, document, close: () => void window.happyDOM.close() }
}

/** A link's path: canonical and alternates are absolute (metadataBase), links relative. */
const pathOf = (href: string | null | undefined) => (href ? new URL(href, baseUrl).pathname : undefined)
const linkHref = (document: Document, rel: string) =>
  pathOf(document.querySelector(`link[rel="${rel}"]`)?.getAttribute('href'))

type List = {
  name: string
  locale: Locale
  firstPage: string
  pageSize: number
  /** The items' links on one page. */
  itemSelector: string
  /** The paths of the seeded published items the list must show, each once. */
  expected: string[]
  /** Paths the list must never show. */
  forbidden: string[]
  /** Whether the pages show `expected` in its order (the glossary regroups each page by row). */
  ordered: boolean
}

const publishedNumbers = (locale: Locale) =>
  Array.from({ length: pagingSeries.published }, (_, i) => i + 1).filter((n) => locale === 'ja' || inEnglish(n))
const draftSlugs = Array.from({ length: pagingSeries.drafts }, (_, i) =>
  pagingDraftSlug(pagingSeries.published + i + 1),
)

const lists: List[] = locales.flatMap((locale): List[] => {
  const episodePaths = publishedNumbers(locale).map((n) => episodePath(locale, pagingEpisodeSlug(n)))
  const forbiddenEpisodes = [...draftSlugs, draftEpisode.slug].map((slug) => episodePath(locale, slug))
  return [
    {
      name: 'series',
      locale,
      firstPage: seriesPath(locale, pagingSeries.slug),
      pageSize: pageSizes.seriesEpisodes,
      itemSelector: '.episode-list a',
      // In episode order.
      expected: episodePaths,
      forbidden: forbiddenEpisodes,
      ordered: true,
    },
    {
      name: 'therapy category',
      locale,
      firstPage: categoryPath(locale, pagingCategory.slug),
      pageSize: pageSizes.categoryEpisodes,
      itemSelector: '.category-episodes a',
      // Newest first: the seed dates episode n on day n.
      expected: [...episodePaths].reverse(),
      forbidden: forbiddenEpisodes,
      ordered: true,
    },
    {
      name: 'glossary index',
      locale,
      firstPage: glossaryPath(locale),
      pageSize: pageSizes.glossaryTerms,
      itemSelector: '.glossary-list dt a',
      expected: Array.from({ length: pagingTerms.published }, (_, i) =>
        glossaryTermPath(locale, `${pagingTerms.slugPrefix}-${i}`),
      ),
      forbidden: Array.from({ length: pagingTerms.drafts }, (_, i) =>
        glossaryTermPath(locale, `${pagingTerms.slugPrefix}-${pagingTerms.published + i}`),
      ),
      ordered: false,
    },
  ]
})

const alternatesChecked = new Map<string, number>()

async function statusOf(path: string): Promise<number> {
  if (!alternatesChecked.has(path)) {
    const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual' })
    await response.arrayBuffer()
    alternatesChecked.set(path, response.status)
  }
  return alternatesChecked.get(path)!
}

describe.each(lists.map((list) => [`${list.locale} ${list.name}`, list] as const))(
  'the pages of the %s',
  (_name, list) => {
    it('from page 1 by rel=next to the end: every published item once, no draft, canonical and links right', async () => {
      const seen: string[] = []
      const visited: string[] = []
      let path: string | undefined = list.firstPage
      let page = 1
      while (path) {
        expect(visited, 'rel=next never leads back').not.toContain(path)
        visited.push(path)
        const { status, document, close } = await load(path)
        expect(status, path).toBe(200)
        expect(path).toBe(pagedPath(list.firstPage, page))
        // Each page is its own canonical, with its neighbours as prev and next.
        expect(linkHref(document, 'canonical'), path).toBe(path)
        expect(linkHref(document, 'prev'), path).toBe(page > 1 ? pagedPath(list.firstPage, page - 1) : undefined)
        const next = linkHref(document, 'next')
        // hreflang: this page in each locale that has it, every one of which answers 200.
        const alternates = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => ({
          hreflang: link.getAttribute('hreflang')!,
          path: pathOf(link.getAttribute('href'))!,
        }))
        expect(alternates.find((alternate) => alternate.hreflang === list.locale)?.path, path).toBe(path)
        for (const alternate of alternates) {
          const locale = (alternate.hreflang === 'x-default' ? 'ja' : alternate.hreflang) as Locale
          expect(alternate.path, path).toBe(pagedPath(list.firstPage.replace(`/${list.locale}`, `/${locale}`), page))
          expect(await statusOf(alternate.path), alternate.path).toBe(200)
        }
        // The nav: the current page marked, its links the same as the head's.
        const nav = document.querySelector(`nav[aria-label="${getMessages(list.locale).paging.label}"]`)
        if (page > 1 || next) {
          expect(nav, path).not.toBeNull()
          expect(pathOf(nav!.querySelector('a[aria-current="page"]')?.getAttribute('href'))).toBe(path)
          expect(pathOf(nav!.querySelector('a[rel="next"]')?.getAttribute('href'))).toBe(next)
        } else expect(nav, path).toBeNull()
        seen.push(...[...document.querySelectorAll(list.itemSelector)].map((a) => pathOf(a.getAttribute('href'))!))
        close()
        path = next
        page++
      }
      const ours = seen.filter((item) => list.expected.includes(item))
      const inOrder = (paths: string[]) => (list.ordered ? paths : [...paths].sort())
      expect(inOrder(ours), 'the seeded items, each once (in order where the list keeps it)').toEqual(
        inOrder(list.expected),
      )
      expect(new Set(seen).size, 'no item on two pages').toBe(seen.length)
      expect(seen.filter((item) => list.forbidden.includes(item))).toEqual([])
      expect(visited.length).toBe(pageCountOf(seen.length, list.pageSize))
      // Past the last page: 404.
      expect((await load(pagedPath(list.firstPage, visited.length + 1))).status).toBe(404)
    })

    it('answers /page/1 with a permanent redirect to the list, the query kept', async () => {
      const response = await fetch(`${baseUrl}${list.firstPage}/page/1?from=test`, { redirect: 'manual' })
      expect(response.status).toBe(308)
      expect(new URL(response.headers.get('location')!, baseUrl).pathname).toBe(list.firstPage)
      expect(new URL(response.headers.get('location')!, baseUrl).search).toBe('?from=test')
    })

    const badNumbers = [
      '0',
      '-1',
      '-2',
      '+2',
      '01',
      '02',
      '002',
      '2.0',
      '1.5',
      '2e0',
      '0x2',
      'abc',
      ' 2',
      '%20',
      '%EF%BC%92', // full-width ２
      '%D9%A2', // Arabic-Indic ٢
      '999999',
      '1000000',
      '99999999999999999999999999',
      '9'.repeat(400),
      'Infinity',
      'NaN',
      '2/extra',
    ]
    it.each(badNumbers)('answers /page/%s with a 404, never a 500', async (number) => {
      const response = await fetch(`${baseUrl}${list.firstPage}/page/${number}`, { redirect: 'manual' })
      await response.arrayBuffer()
      expect(response.status).toBe(404)
    })
  },
)

describe('/page/1 without a locale', () => {
  it('redirects to the list in the negotiated locale', async () => {
    const response = await fetch(`${baseUrl}/series/${pagingSeries.slug}/page/1`, {
      redirect: 'manual',
      headers: { 'Accept-Language': 'en' },
    })
    expect(response.status).toBe(308)
    expect(new URL(response.headers.get('location')!, baseUrl).pathname).toBe(seriesPath('en', pagingSeries.slug))
  })
})

describe('the home page', () => {
  it.each(locales)(
    '%s: shows a bounded number of each series’ episodes and links to the series page',
    async (locale) => {
      const { status, document, close } = await load(`/${locale}`)
      expect(status).toBe(200)
      const card = [...document.querySelectorAll('.series-card')].find(
        (article) =>
          pathOf(article.querySelector('h3 a')?.getAttribute('href')) === seriesPath(locale, pagingSeries.slug),
      )
      expect(card).toBeDefined()
      expect(card!.querySelectorAll('.episode-list li').length).toBeLessThanOrEqual(pageSizes.homeSeriesEpisodes)
      expect(pathOf(card!.querySelector('.series-more a')?.getAttribute('href'))).toBe(
        seriesPath(locale, pagingSeries.slug),
      )
      expect(document.querySelectorAll('.latest li').length).toBeLessThanOrEqual(pageSizes.homeLatestEpisodes)
      close()
    },
  )
})

describe('the sitemap index', () => {
  it('names parts that are valid XML and together list every published URL exactly once, later pages included', async () => {
    const { index, parts } = await fetchSitemap(baseUrl)
    const validate = (xml: string) => {
      const window = new Window()
      const doc = new window.DOMParser().parseFromString(xml, 'application/xml')
      const error = doc.getElementsByTagName('parsererror').length
      void window.happyDOM.close()
      return error
    }
    expect(validate(index)).toBe(0)
    expect(locsIn(index)).toEqual(parts.map((_, i) => `${new URL(locsIn(index)[i]!).origin}/sitemap-${i + 1}.xml`))
    for (const part of parts) {
      expect(validate(part)).toBe(0)
      expect(part).toContain('<urlset')
      expect(locsIn(part).length).toBeLessThanOrEqual(pageSizes.sitemapUrls)
    }
    const paths = parts.flatMap(locsIn).map((loc) => new URL(loc).pathname)
    expect(new Set(paths).size, 'no URL twice').toBe(paths.length)
    for (const list of lists) {
      for (const item of list.expected) expect(paths).toContain(item)
      for (const item of list.forbidden) expect(paths).not.toContain(item)
      // Every page of the list, 1 to its last, each once (the glossary also holds the demo's terms).
      const listed = paths.filter((path) => path === list.firstPage || path.startsWith(`${list.firstPage}/page/`))
      expect(listed.sort()).toEqual(
        Array.from({ length: listed.length }, (_, i) => pagedPath(list.firstPage, i + 1)).sort(),
      )
      const least = pageCountOf(list.expected.length, list.pageSize)
      if (list.name === 'glossary index') expect(listed.length).toBeGreaterThanOrEqual(least)
      else expect(listed.length).toBe(least)
    }
    for (const locale of locales) {
      expect(paths).toContain(episodePath(locale, demoEpisodes[0]!.slug))
      expect(paths).toContain(seriesPath(locale, demoSeries.slug))
      expect(paths).toContain(categoryPath(locale, therapyCategories[0]!.slug))
    }
    // A part past the last, and parts that are no number: 404.
    for (const part of [parts.length + 1, 0, '01', 'x']) {
      const response = await fetch(`${baseUrl}/sitemap-${part}.xml`)
      await response.arrayBuffer()
      expect(response.status, String(part)).toBe(404)
    }
  })
})
