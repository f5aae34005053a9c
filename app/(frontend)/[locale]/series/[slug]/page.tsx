import type { Metadata, ResolvingMetadata } from 'next'

import { SeriesList, seriesListMetadata } from './series-list'

type PageProps = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: PageProps, parent: ResolvingMetadata): Promise<Metadata> {
  const { locale, slug } = await params
  return seriesListMetadata(locale, slug, 1, parent)
}

/** A series and the first page of its published episodes (later pages: ./page/[page]). */
export default async function SeriesPage({ params }: PageProps) {
  const { locale, slug } = await params
  return <SeriesList locale={locale} slug={slug} page={1} />
}
