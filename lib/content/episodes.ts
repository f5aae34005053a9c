/**
 * Episodes for the reader site, published only, in one locale and without fallback: a locale
 * that is not published is treated as missing rather than shown in the other language.
 */
import type { Episode } from '@/payload-types'
import { locales, type Locale } from '@/lib/i18n/locales'

import { asAnonymousReader, readerPayload } from './payload-client'
import { populated } from './populated'

export type EpisodeSummary = Pick<Episode, 'id' | 'slug' | 'title' | 'episodeNumber' | 'lead' | 'publishedAt'> & {
  seriesId?: number
}

const summaryFields = { slug: true, title: true, episodeNumber: true, lead: true, publishedAt: true, series: true } as const

function toSummary(episode: Pick<Episode, keyof typeof summaryFields | 'id'>): EpisodeSummary {
  const { series, ...rest } = episode
  return { ...rest, seriesId: typeof series === 'object' ? series?.id : series }
}

export async function getEpisode(locale: Locale, slug: string): Promise<Episode | null> {
  const payload = await readerPayload()
  const { docs } = await payload.find({
    collection: 'episodes',
    ...asAnonymousReader,
    locale,
    fallbackLocale: false,
    depth: 2,
    limit: 1,
    where: { slug: { equals: slug } },
  })
  return docs[0] ?? null
}

/** The locales in which an episode is published: for the language switcher and hreflang. */
export async function publishedLocalesOf(slug: string): Promise<Locale[]> {
  const payload = await readerPayload()
  const found = await Promise.all(
    locales.map(async (locale) => {
      const { totalDocs } = await payload.count({
        collection: 'episodes',
        overrideAccess: false,
        locale,
        where: { slug: { equals: slug } },
      })
      return totalDocs > 0 ? locale : null
    }),
  )
  return found.filter((locale): locale is Locale => locale !== null)
}

export async function listSeriesEpisodes(locale: Locale, seriesId: number): Promise<EpisodeSummary[]> {
  const payload = await readerPayload()
  const { docs } = await payload.find({
    collection: 'episodes',
    ...asAnonymousReader,
    locale,
    fallbackLocale: false,
    depth: 0,
    pagination: false,
    sort: 'episodeNumber',
    select: summaryFields,
    where: { series: { equals: seriesId } },
  })
  return docs.map(toSummary)
}

export async function listLatestEpisodes(locale: Locale, limit = 5): Promise<EpisodeSummary[]> {
  const payload = await readerPayload()
  const { docs } = await payload.find({
    collection: 'episodes',
    ...asAnonymousReader,
    locale,
    fallbackLocale: false,
    depth: 0,
    limit,
    sort: '-publishedAt',
    select: summaryFields,
  })
  return docs.map(toSummary)
}

export async function listCategoryEpisodes(locale: Locale, categoryId: number): Promise<EpisodeSummary[]> {
  const payload = await readerPayload()
  const { docs } = await payload.find({
    collection: 'episodes',
    ...asAnonymousReader,
    locale,
    fallbackLocale: false,
    depth: 0,
    pagination: false,
    sort: '-publishedAt',
    select: summaryFields,
    where: { therapyCategories: { in: [categoryId] } },
  })
  return docs.map(toSummary)
}

/** The published episodes just before and after this one in its series. */
export async function getNeighbours(locale: Locale, episode: Episode) {
  const series = populated(episode.series)
  if (!series) return { previous: undefined, next: undefined }
  const siblings = await listSeriesEpisodes(locale, series.id)
  const index = siblings.findIndex((sibling) => sibling.id === episode.id)
  return { previous: siblings[index - 1], next: siblings[index + 1] }
}

/** Other published episodes that share a therapy category with this one, newest first. */
export async function listRelatedEpisodes(locale: Locale, episode: Episode, limit = 3): Promise<EpisodeSummary[]> {
  const categoryIds = (episode.therapyCategories ?? []).map((category) =>
    typeof category === 'object' ? category.id : category,
  )
  if (categoryIds.length === 0) return []
  const payload = await readerPayload()
  const { docs } = await payload.find({
    collection: 'episodes',
    ...asAnonymousReader,
    locale,
    fallbackLocale: false,
    depth: 0,
    limit,
    sort: '-publishedAt',
    select: summaryFields,
    where: { and: [{ therapyCategories: { in: categoryIds } }, { id: { not_equals: episode.id } }] },
  })
  return docs.map(toSummary)
}
