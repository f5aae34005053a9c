/**
 * A series page, page 1 (/<locale>/series/<slug>) or a later page (…/page/<n>): shared by both
 * routes, so they cannot drift apart.
 */
import type { Metadata, ResolvingMetadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumb } from '@/components/Breadcrumb'
import { EpisodeList } from '@/components/EpisodeList'
import { JsonLd } from '@/components/JsonLd'
import { Pagination } from '@/components/Pagination'
import { countSeriesEpisodes, listSeriesEpisodesPage } from '@/lib/content/episodes'
import { getSeries } from '@/lib/content/series'
import { inheritedShareImages } from '@/lib/seo/page-metadata'
import { pagedMetadata } from '@/lib/seo/paged-metadata'
import { currentSite } from '@/lib/seo/structured-data/current-site'
import { seriesPage } from '@/lib/seo/structured-data/series'
import { isLocale } from '@/lib/i18n/locales'
import { fill, getMessages } from '@/lib/i18n/messages'
import { homePath, pagePath, seriesPath } from '@/lib/i18n/paths'
import { pageCountOf } from '@/lib/paging/page-number'
import { pageSizes } from '@/lib/paging/page-sizes'

export async function seriesListMetadata(
  locale: string,
  slug: string,
  page: number,
  parent: ResolvingMetadata,
): Promise<Metadata> {
  if (!isLocale(locale)) return {}
  const series = await getSeries(locale, slug)
  if (!series) return {}
  const listed = await listSeriesEpisodesPage(locale, series.id, page)
  if (!listed) return {}
  return pagedMetadata({
    locale,
    firstPage: pagePath.series(slug),
    page,
    pageCount: listed.pageCount,
    pageCountIn: async (other) => pageCountOf(await countSeriesEpisodes(other, series.id), pageSizes.seriesEpisodes),
    title: series.title,
    description: series.description || getMessages(locale).site.tagline,
    images: await inheritedShareImages(parent),
  })
}

export async function SeriesList({ locale, slug, page }: { locale: string; slug: string; page: number }) {
  if (!isLocale(locale)) notFound()
  const series = await getSeries(locale, slug)
  if (!series) notFound()
  const listed = await listSeriesEpisodesPage(locale, series.id, page)
  if (!listed) notFound()
  const messages = getMessages(locale)
  return (
    <>
      <JsonLd data={seriesPage(currentSite(locale), series, listed.items)} />
      <Breadcrumb
        label={messages.nav.breadcrumb}
        crumbs={[{ name: messages.nav.home, href: homePath(locale) }, { name: series.title }]}
      />
      <h1>{series.title}</h1>
      {series.description ? <p className="lead">{series.description}</p> : null}
      <p>{fill(messages.series.planned, { total: series.plannedEpisodeCount })}</p>
      <h2>{messages.series.episodes}</h2>
      <EpisodeList
        locale={locale}
        episodes={listed.items}
        // The planned numbers not yet published are shown only while the whole series fits one page.
        plannedCount={listed.pageCount === 1 ? series.plannedEpisodeCount : undefined}
        labels={{
          position: (number) => fill(messages.episode.positionWithoutTotal, { number }),
          coming: messages.home.coming,
        }}
      />
      <Pagination
        firstPage={seriesPath(locale, slug)}
        current={listed.page}
        pageCount={listed.pageCount}
        labels={messages.paging}
      />
    </>
  )
}
