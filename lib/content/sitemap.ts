/**
 * Every published reader page, in the locales it is published in, for sitemap.xml: the later
 * pages of paged lists (…/page/<n>) too, as each is its own canonical page. Reads only
 * through the cached, published-only queries, so a draft never appears and building the XML
 * touches no database while nothing has changed.
 */
import type { MetadataRoute } from 'next'

import { latestUpdate } from '@/lib/dates'
import { env } from '@/lib/env'
import { locales, type Locale } from '@/lib/i18n/locales'
import { localePath, pagePath } from '@/lib/i18n/paths'

import { pageCountOf } from '@/lib/paging/page-number'
import { pageSizes } from '@/lib/paging/page-sizes'
import { pagedPath } from '@/lib/paging/paths'

import { countCategoryEpisodes, countSeriesEpisodes, listAllEpisodes } from './episodes'
import { listGlossaryTerms } from './glossary'
import { listPublishedPages } from './pages'
import { listSeries } from './series'
import { listTherapyCategories } from './therapy-categories'

type Page = { path: string; updatedAt?: string | null }

async function pagesIn(locale: Locale): Promise<Page[]> {
  const [episodes, series, categories, terms, pages] = await Promise.all([
    listAllEpisodes(locale),
    listSeries(locale),
    listTherapyCategories(locale),
    listGlossaryTerms(locale),
    listPublishedPages(locale),
  ])
  const latest = episodes[0]?.updatedAt
  const [seriesCounts, categoryCounts] = await Promise.all([
    Promise.all(series.map((entry) => countSeriesEpisodes(locale, entry.id))),
    Promise.all(categories.map((category) => countCategoryEpisodes(locale, category.id))),
  ])
  return [
    { path: pagePath.home, updatedAt: latest },
    ...pagesOf(pagePath.glossary, pageCountOf(terms.length, pageSizes.glossaryTerms), latestUpdate(terms)),
    ...episodes.map((episode) => ({ path: pagePath.episode(episode.slug), updatedAt: episode.updatedAt })),
    ...series.flatMap((entry, index) =>
      pagesOf(
        pagePath.series(entry.slug),
        pageCountOf(seriesCounts[index]!, pageSizes.seriesEpisodes),
        entry.updatedAt,
      ),
    ),
    ...categories.flatMap((category, index) =>
      pagesOf(
        pagePath.category(category.slug),
        pageCountOf(categoryCounts[index]!, pageSizes.categoryEpisodes),
        category.updatedAt,
      ),
    ),
    ...terms.map((term) => ({ path: pagePath.glossaryTerm(term.slug), updatedAt: term.updatedAt })),
    ...pages.map((page) => ({ path: pagePath.page(page.slug), updatedAt: page.updatedAt })),
  ]
}

/** Every page of a paged list, from its page-1 path. */
function pagesOf(firstPage: string, pageCount: number, updatedAt: string | null | undefined): Page[] {
  return Array.from({ length: pageCount }, (_, index) => ({ path: pagedPath(firstPage, index + 1), updatedAt }))
}

const url = (locale: Locale, path: string) => `${env.SITE_URL}${localePath(locale, path)}`

export async function sitemapEntries(): Promise<MetadataRoute.Sitemap> {
  const byLocale = await Promise.all(locales.map(async (locale) => ({ locale, pages: await pagesIn(locale) })))
  const localesOf = new Map<string, Locale[]>()
  for (const { locale, pages } of byLocale) {
    for (const { path } of pages) localesOf.set(path, [...(localesOf.get(path) ?? []), locale])
  }
  return byLocale.flatMap(({ locale, pages }) =>
    pages.map(({ path, updatedAt }) => ({
      url: url(locale, path),
      lastModified: updatedAt ?? undefined,
      // Only the locales the page is published in: an untranslated episode has no English URL here.
      alternates: { languages: Object.fromEntries((localesOf.get(path) ?? []).map((each) => [each, url(each, path)])) },
    })),
  )
}
