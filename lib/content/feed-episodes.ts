/**
 * Episodes for the Atom and podcast feeds: published in one locale, without fallback, with what
 * a feed entry shows beside the summary (category names, author, audio file, duration).
 */
import type { Author, Episode, Media, TherapyCategory } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'
import { relationId } from '@/lib/payload/relation-id'

import { cachedQuery } from '@/lib/cache/cached-query'
import { cacheTags } from '@/lib/cache/tags'

import { readerPayload } from './payload-client'
import { populated, populatedList } from './populated'

/** An uploaded audio file, as a podcast enclosure needs it. */
export type FeedAudio = { url: string; length: number; type: string }

export type FeedEpisode = Pick<Episode, 'id' | 'slug' | 'title' | 'lead' | 'episodeNumber' | 'updatedAt'> & {
  publishedAt: string
  seriesId?: number
  /** Therapy categories, named in this locale. */
  categories: { slug: string; name: string }[]
  /** The author's display name in this locale, when the episode has one. */
  authorName?: string
  /** Only an uploaded file: an external URL has no known length for an enclosure. */
  audio?: FeedAudio
  durationSeconds?: number
  hasTranscript: boolean
}

const fields = {
  slug: true,
  title: true,
  lead: true,
  episodeNumber: true,
  publishedAt: true,
  updatedAt: true,
  series: true,
  therapyCategories: true,
  author: true,
  podcast: { audio: true, durationSeconds: true, transcript: true },
} as const

type FoundEpisode = Pick<Episode, keyof typeof fields | 'id'>

function audioOf(media: Media | undefined): FeedAudio | undefined {
  if (!media?.url || !media.filesize || !media.mimeType?.startsWith('audio/')) return undefined
  return { url: media.url, length: media.filesize, type: media.mimeType }
}

function toFeedEpisode(episode: FoundEpisode): FeedEpisode {
  const series = episode.series
  return {
    id: episode.id,
    slug: episode.slug,
    title: episode.title,
    lead: episode.lead,
    episodeNumber: episode.episodeNumber,
    updatedAt: episode.updatedAt,
    // Stamped on first publish (stampPublishedAt); the update time stands in for older rows.
    publishedAt: episode.publishedAt ?? episode.updatedAt,
    seriesId: relationId(series),
    categories: populatedList<TherapyCategory>(episode.therapyCategories)
      .filter((category) => category.name)
      .map(({ slug, name }) => ({ slug, name })),
    authorName: populated<Author>(episode.author)?.displayName || undefined,
    audio: audioOf(populated<Media>(episode.podcast?.audio)),
    durationSeconds: episode.podcast?.durationSeconds ?? undefined,
    hasTranscript: Boolean(episode.podcast?.transcript?.trim()),
  }
}

/**
 * The episodes published in this locale, newest first: every one (the podcast feed), or the newest
 * `limit` (the Atom feed).
 */
export const listFeedEpisodes = cachedQuery(
  'feed-episodes',
  async (locale: Locale, limit?: number): Promise<FeedEpisode[]> => {
    const payload = await readerPayload()
    const { docs } = await payload.find({
      collection: 'episodes',
      overrideAccess: false,
      draft: false,
      locale,
      fallbackLocale: false,
      depth: 1,
      // No total: `limit` and `page` apply without it, and Payload's count query would double the cost.
      pagination: false,
      limit,
      // The id breaks ties, so the newest `limit` are always the same episodes.
      sort: ['-publishedAt', '-id'],
      select: fields,
      populate: {
        'therapy-categories': { slug: true, name: true },
        authors: { displayName: true },
        media: { url: true, filename: true, filesize: true, mimeType: true },
        series: { order: true },
      },
    })
    return (docs as FoundEpisode[]).map(toFeedEpisode)
  },
  // Authors and media revalidate `episodes` when they change (collections/Authors.ts, Media.ts).
  { tags: () => [cacheTags.episodes, cacheTags.categories, cacheTags.series] },
)
