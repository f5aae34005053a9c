import type { Metadata, ResolvingMetadata } from 'next'
import { notFound } from 'next/navigation'

import { laterPageNumber } from '@/lib/paging/page-number'

import { SeriesList, seriesListMetadata } from '../../series-list'

type PageProps = { params: Promise<{ locale: string; slug: string; page: string }> }

export async function generateMetadata({ params }: PageProps, parent: ResolvingMetadata): Promise<Metadata> {
  const { locale, slug, page } = await params
  const number = laterPageNumber(page)
  return number === undefined ? {} : seriesListMetadata(locale, slug, number, parent)
}

/** Page 2 and on of a series' episodes; page 1 is the series' own URL (proxy.ts redirects /page/1). */
export default async function SeriesLaterPage({ params }: PageProps) {
  const { locale, slug, page } = await params
  const number = laterPageNumber(page)
  if (number === undefined) notFound()
  return <SeriesList locale={locale} slug={slug} page={number} />
}
