import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumb } from '@/components/Breadcrumb'
import { EpisodeList } from '@/components/EpisodeList'
import { listSeriesEpisodes } from '@/lib/content/episodes'
import { getSeries } from '@/lib/content/series'
import { alternates } from '@/lib/seo/alternates'
import { isLocale } from '@/lib/i18n/locales'
import { fill, getMessages } from '@/lib/i18n/messages'

type PageProps = { params: Promise<{ locale: string; slug: string }> }

// Built on first request and cached until what it shows changes (see the locale layout).
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const series = await getSeries(locale, slug)
  return series
    ? { title: series.title, description: series.description ?? undefined, alternates: alternates(locale, `/series/${slug}`) }
    : {}
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
      <Breadcrumb label={messages.nav.breadcrumb} crumbs={[{ name: messages.nav.home, href: `/${locale}` }, { name: series.title }]} />
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
