/**
 * Episodes for the reader site, published only, in one locale and without fallback: a locale
 * that is not published is treated as missing rather than shown in the other language.
 */
import type { TypedUser, Where } from 'payload'

import type { Episode } from '@/payload-types'
import { locales, type Locale } from '@/lib/i18n/locales'
import { relationId } from '@/lib/payload/relation-id'

import { cachedQuery } from '@/lib/cache/cached-query'
import { cacheTags } from '@/lib/cache/tags'

import { pageCountOf } from '@/lib/paging/page-number'
import { pageSizes } from '@/lib/paging/page-sizes'

import type { ResponsiveSizeName } from '@/lib/media/image-sizes'

import { responsiveImageOf, type HeroImage } from './hero-image'
import { readerPayload } from './payload-client'
import { populated } from './populated'
import { readAs } from './preview-viewer'

export type EpisodeSummary = Pick<
  Episode,
  'id' | 'slug' | 'title' | 'episodeNumber' | 'lead' | 'publishedAt' | 'updatedAt'
> & {
  /** The hero image, for the episode's card; absent when it has none (or none readers may see). */
  heroImage?: HeroImage
}

const summaryFields = {
  slug: true,
  title: true,
  episodeNumber: true,
  lead: true,
  publishedAt: true,
  updatedAt: true,
  heroImage: true,
} as const

// What a card needs of the hero image (lib/content/hero-image.ts), populated one level deep and
// cut to these fields rather than read whole. No series: a card does not show it, and each
// relation populated is one query more for every list.
const sizeFields = { url: true, width: true, height: true, filename: true } as const
const responsiveSizeFields: Record<ResponsiveSizeName, typeof sizeFields> = {
  thumbnail: sizeFields,
  card: sizeFields,
  hero: sizeFields,
}
const summaryPopulate = {
  media: {
    url: true,
    filename: true,
    alt: true,
    mimeType: true,
    width: true,
    height: true,
    sizes: responsiveSizeFields,
  },
} as const

function toSummary(episode: Pick<Episode, keyof typeof summaryFields | 'id'>): EpisodeSummary {
  const { heroImage, ...rest } = episode
  const image = responsiveImageOf(heroImage)
  return { ...rest, ...(image ? { heroImage: image } : {}) }
}

/**
 * Published episode summaries in one locale, without fallback: every match, or with `limit` the
 * first `limit` of them, or with `limit` and `page` that page (paged lists).
 */
const findSummaries = cachedQuery(
  'episode-summaries',
  async (locale: Locale, query: { where?: Where; sort: string | string[]; limit?: number; page?: number }) => {
    const payload = await readerPayload()
    const { docs } = await payload.find({
      collection: 'episodes',
      overrideAccess: false,
      draft: false,
      locale,
      fallbackLocale: false,
      depth: 1,
      populate: summaryPopulate,
      // No total: `limit` and `page` apply without it, and Payload's count query would double the cost.
      pagination: false,
      limit: query.limit,
      page: query.page,
      sort: query.sort,
      select: summaryFields,
      where: query.where,
    })
    return docs.map(toSummary)
  },
  { tags: () => [cacheTags.episodes] },
)

/** One page of a paged list: its items, and where it sits among the list's pages. */
export type ListPage<T> = { items: T[]; page: number; pageCount: number; totalItems: number }

/** How many episodes match `where` and are published in this locale: what a paged list pages through. */
const countSummaries = cachedQuery(
  'episode-count',
  async (locale: Locale, where: Where): Promise<number> => {
    const payload = await readerPayload()
    // The same find as the list's (not `count`), so the total is exactly what its pages hold.
    const { totalDocs } = await payload.find({
      collection: 'episodes',
      overrideAccess: false,
      draft: false,
      locale,
      fallbackLocale: false,
      depth: 0,
      limit: 1,
      select: { slug: true },
      where,
    })
    return totalDocs
  },
  { tags: () => [cacheTags.episodes] },
)

/**
 * Page `page` of the published episodes matching `where`, or null when the list has no such page.
 * The total is counted first, so a page number past the end queries (and caches) nothing more.
 * `sort` ends with the id: offset pages need a total order, or a tie could show an episode twice.
 */
async function summaryPage(
  locale: Locale,
  where: Where,
  sort: string[],
  page: number,
  pageSize: number,
): Promise<ListPage<EpisodeSummary> | null> {
  const totalItems = await countSummaries(locale, where)
  const pageCount = pageCountOf(totalItems, pageSize)
  if (!Number.isSafeInteger(page) || page < 1 || page > pageCount) return null
  const items = totalItems === 0 ? [] : await findSummaries(locale, { where, sort, limit: pageSize, page })
  return { items, page, pageCount, totalItems }
}

/** A page of a series' published episodes in episode order (null past the last page). */
export function listSeriesEpisodesPage(
  locale: Locale,
  seriesId: number,
  page: number,
  pageSize: number = pageSizes.seriesEpisodes,
): Promise<ListPage<EpisodeSummary> | null> {
  return summaryPage(locale, { series: { equals: seriesId } }, ['episodeNumber', 'id'], page, pageSize)
}

/** A page of a therapy category's published episodes, newest first (null past the last page). */
export function listCategoryEpisodesPage(
  locale: Locale,
  categoryId: number,
  page: number,
  pageSize: number = pageSizes.categoryEpisodes,
): Promise<ListPage<EpisodeSummary> | null> {
  return summaryPage(locale, { therapyCategories: { in: [categoryId] } }, ['-publishedAt', '-id'], page, pageSize)
}

/** How many episodes of a therapy category are published in this locale (the sitemap's page count). */
export function countCategoryEpisodes(locale: Locale, categoryId: number): Promise<number> {
  return countSummaries(locale, { therapyCategories: { in: [categoryId] } })
}

/** How many episodes of a series are published in this locale. */
export function countSeriesEpisodes(locale: Locale, seriesId: number): Promise<number> {
  return countSummaries(locale, { series: { equals: seriesId } })
}

/**
 * An episode by slug. With a preview `viewer` (a signed-in staff member in draft mode) the latest
 * draft is read under that user's access rules; otherwise the published episode, anonymously.
 */
export function getEpisode(locale: Locale, slug: string, viewer?: TypedUser | null): Promise<Episode | null> {
  // A preview shows the latest draft as it is now, so it never goes through the cache.
  return viewer ? findEpisode(locale, slug, viewer) : findPublishedEpisode(locale, slug)
}

async function findEpisode(locale: Locale, slug: string, viewer: TypedUser | null): Promise<Episode | null> {
  const payload = await readerPayload()
  const { docs } = await payload.find({
    collection: 'episodes',
    ...readAs(viewer),
    locale,
    fallbackLocale: false,
    depth: 2,
    limit: 1,
    where: { slug: { equals: slug } },
  })
  return docs[0] ?? null
}

// The page shows the episode with its series, categories, topic disclaimers, author and media.
const findPublishedEpisode = cachedQuery('episode', (locale: Locale, slug: string) => findEpisode(locale, slug, null), {
  tags: (_locale, slug) => [
    cacheTags.episode(slug),
    cacheTags.episodePages,
    cacheTags.series,
    cacheTags.categories,
    cacheTags.disclaimers,
  ],
})

/** The locales in which an episode is published: for the language switcher and hreflang. */
export const publishedLocalesOf = cachedQuery(
  'episode-locales',
  async (slug: string): Promise<Locale[]> => {
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
  },
  { tags: (slug) => [cacheTags.episode(slug)] },
)

export function listSeriesEpisodes(locale: Locale, seriesId: number): Promise<EpisodeSummary[]> {
  return findSummaries(locale, { where: { series: { equals: seriesId } }, sort: 'episodeNumber' })
}

/** Every published episode in this locale, for the sitemap and the feeds. */
export function listAllEpisodes(locale: Locale): Promise<EpisodeSummary[]> {
  return findSummaries(locale, { sort: '-publishedAt' })
}

export function listLatestEpisodes(locale: Locale, limit = 5): Promise<EpisodeSummary[]> {
  return findSummaries(locale, { sort: '-publishedAt', limit })
}

export function listCategoryEpisodes(locale: Locale, categoryId: number): Promise<EpisodeSummary[]> {
  return findSummaries(locale, { where: { therapyCategories: { in: [categoryId] } }, sort: '-publishedAt' })
}

/** Published episodes chosen by hand (a page's episode list), in the order they were chosen. */
export async function listChosenEpisodes(locale: Locale, ids: number[]): Promise<EpisodeSummary[]> {
  if (ids.length === 0) return []
  const found = await findSummaries(locale, { where: { id: { in: ids } }, sort: 'id' })
  const byId = new Map(found.map((episode) => [episode.id, episode]))
  return ids.map((id) => byId.get(id)).filter((episode): episode is EpisodeSummary => episode !== undefined)
}

/**
 * The published episodes just before and after this one in its series, by number (unique in a
 * series). Two one-row queries rather than the whole series: a series of hundreds of episodes
 * costs an episode page no more than a series of ten.
 */
export async function getNeighbours(
  locale: Locale,
  episode: Episode,
): Promise<{ previous?: EpisodeSummary; next?: EpisodeSummary }> {
  // A series the reader cannot read (not published) is not populated: no neighbours, as before.
  const series = populated(episode.series)
  if (!series) return { previous: undefined, next: undefined }
  const inSeries = { series: { equals: series.id } }
  const [previous, next] = await Promise.all([
    findSummaries(locale, {
      where: { and: [inSeries, { episodeNumber: { less_than: episode.episodeNumber } }] },
      sort: ['-episodeNumber'],
      limit: 1,
    }),
    findSummaries(locale, {
      where: { and: [inSeries, { episodeNumber: { greater_than: episode.episodeNumber } }] },
      sort: ['episodeNumber'],
      limit: 1,
    }),
  ])
  return { previous: previous[0], next: next[0] }
}

/** Other published episodes that share a therapy category with this one, newest first. */
export function listRelatedEpisodes(locale: Locale, episode: Episode, limit = 3): Promise<EpisodeSummary[]> {
  const categoryIds = (episode.therapyCategories ?? []).map((category) => relationId(category))
  if (categoryIds.length === 0) return Promise.resolve([])
  return findSummaries(locale, {
    where: { and: [{ therapyCategories: { in: categoryIds } }, { id: { not_equals: episode.id } }] },
    sort: '-publishedAt',
    limit,
  })
}
