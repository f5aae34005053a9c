/**
 * What the share images say, from the published-only, cached data layer: never a draft's
 * title, and no database query for an image whose episode has not changed.
 */
import { getEpisode } from '@/lib/content/episodes'
import { populated } from '@/lib/content/populated'
import { episodePosition } from '@/lib/episode-position'
import type { Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'

import type { EpisodeCard, SiteCard } from './share-image'

export function siteCard(locale: Locale): SiteCard {
  const { name, tagline } = getMessages(locale).site
  return { siteName: name, tagline }
}

/** The published episode's card in this locale, or null when it is not published there. */
export async function episodeCard(locale: Locale, slug: string): Promise<EpisodeCard | null> {
  const episode = await getEpisode(locale, slug)
  if (!episode) return null
  const series = populated(episode.series)
  return {
    position: episodePosition(locale, episode.episodeNumber, series?.plannedEpisodeCount),
    title: episode.title,
    siteName: getMessages(locale).site.name,
  }
}
