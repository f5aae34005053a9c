/**
 * Every published reader page, in the locales it is published in, for sitemap.xml. Reads only
 * through the cached, published-only queries, so a draft never appears and building the XML
 * touches no database while nothing has changed.
 */
import type { MetadataRoute } from 'next'

import { latestUpdate } from '@/lib/dates'
import { env } from '@/lib/env'
import { locales, type Locale } from '@/lib/i18n/locales'
import { localePath, pagePath } from '@/lib/i18n/paths'

import { listAllEpisodes } from './episodes'
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
  return [
    { path: pagePath.home, updatedAt: latest },
    { path: pagePath.glossary, updatedAt: latestUpdate(terms) },
    ...episodes.map((episode) => ({ path: pagePath.episode(episode.slug), updatedAt: episode.updatedAt })),
    ...series.map((entry) => ({ path: pagePath.series(entry.slug), updatedAt: entry.updatedAt })),
    ...categories.map((category) => ({ path: pagePath.category(category.slug), updatedAt: category.updatedAt })),
    ...terms.map((term) => ({ path: pagePath.glossaryTerm(term.slug), updatedAt: term.updatedAt })),
    ...pages.map((page) => ({ path: pagePath.page(page.slug), updatedAt: page.updatedAt })),
  ]
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
