import type { Metadata, ResolvingMetadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumb } from '@/components/Breadcrumb'
import { EpisodeList } from '@/components/EpisodeList'
import { JsonLd } from '@/components/JsonLd'
import { listSeriesEpisodes } from '@/lib/content/episodes'
import { getSeries } from '@/lib/content/series'
import { inheritedShareImages, pageMetadata } from '@/lib/seo/page-metadata'
import { currentSite } from '@/lib/seo/structured-data/current-site'
import { seriesPage } from '@/lib/seo/structured-data/series'
import { isLocale } from '@/lib/i18n/locales'
import { fill, getMessages } from '@/lib/i18n/messages'
import { homePath, pagePath } from '@/lib/i18n/paths'

type PageProps = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: PageProps, parent: ResolvingMetadata): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const series = await getSeries(locale, slug)
  if (!series) return {}
  const description = series.description || getMessages(locale).site.tagline
  return pageMetadata({
    locale,
    path: pagePath.series(slug),
    title: series.title,
    description,
    images: await inheritedShareImages(parent),
  })
}

export default async function SeriesPage({ params }: PageProps) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const series = await getSeries(locale, slug)
  if (!series) notFound()
  const messages = getMessages(locale)
  const episodes = await listSeriesEpisodes(locale, series.id)
  return (
    <>
      <JsonLd data={seriesPage(currentSite(locale), series, episodes)} />
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
        episodes={episodes}
        plannedCount={series.plannedEpisodeCount}
        labels={{
          position: (number) => fill(messages.episode.positionWithoutTotal, { number }),
          coming: messages.home.coming,
        }}
      />
    </>
  )
}
