/**
 * A locale's podcast feed: its published episodes that have an uploaded audio file, newest first.
 * An episode with only an external audio URL is left out: an enclosure must state the file's
 * length, and asking another server for it while the feed is built is not acceptable.
 */
import { listFeedEpisodes, type FeedAudio, type FeedEpisode } from '@/lib/content/feed-episodes'
import { listSeries } from '@/lib/content/series'
import { latestUpdate } from '@/lib/dates'
import { env } from '@/lib/env'
import type { Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { episodePath, homePath, podcastCoverPath, podcastFeedPath, transcriptPath } from '@/lib/i18n/paths'

import { podcastGuid } from './podcast-guid'
import { podcastRss, type PodcastItem } from './podcast-rss'
import { seasonNumbers } from './podcast-seasons'

type EpisodeWithAudio = FeedEpisode & { audio: FeedAudio }

const hasAudio = (episode: FeedEpisode): episode is EpisodeWithAudio => episode.audio !== undefined

const absolute = (path: string) => new URL(path, env.SITE_URL).toString()

/**
 * Never changes: not with the slug, nor with SITE_URL if the site moves (apps would list every
 * episode again). One per language, as each language is its own show.
 */
const episodeGuid = (locale: Locale, episode: FeedEpisode) => `the-column:${locale}:episode:${episode.id}`

function podcastItem(locale: Locale, episode: EpisodeWithAudio, season?: number): PodcastItem {
  const disclaimer = getMessages(locale).disclaimer.builtIn
  return {
    title: episode.title,
    // Show notes carry the non-medical disclaimer, as every page does.
    description: `${episode.lead}\n\n${disclaimer}`,
    link: absolute(episodePath(locale, episode.slug)),
    guid: episodeGuid(locale, episode),
    pubDate: new Date(episode.publishedAt),
    categories: episode.categories.map((category) => category.name),
    enclosure: { ...episode.audio, url: absolute(episode.audio.url) },
    durationSeconds: episode.durationSeconds,
    episode: episode.episodeNumber,
    season,
    transcript: episode.hasTranscript
      ? { url: absolute(transcriptPath(locale, episode.slug)), language: locale }
      : undefined,
  }
}

export async function podcastFeed(locale: Locale): Promise<string> {
  const messages = getMessages(locale)
  const [episodes, series] = await Promise.all([listFeedEpisodes(locale), listSeries(locale)])
  const seasons = seasonNumbers(series)
  const withAudio = episodes.filter(hasAudio)
  const selfUrl = absolute(podcastFeedPath(locale))
  const latest = latestUpdate(withAudio)
  const channel = {
    title: messages.podcastFeed.title,
    description: `${messages.podcastFeed.description}\n\n${messages.disclaimer.builtIn}`,
    language: locale,
    link: absolute(homePath(locale)),
    selfUrl,
    imageUrl: absolute(podcastCoverPath),
    author: messages.site.name,
    ownerEmail: env.PODCAST_OWNER_EMAIL,
    copyright: messages.site.name,
    guid: podcastGuid(selfUrl),
    lastBuildDate: latest ? new Date(latest) : undefined,
  }
  const items = withAudio.map((episode) =>
    podcastItem(locale, episode, episode.seriesId === undefined ? undefined : seasons.get(episode.seriesId)),
  )
  return podcastRss(channel, items)
}
