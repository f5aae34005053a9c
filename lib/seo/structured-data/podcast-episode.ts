import type { AudioObject, PodcastEpisode } from 'schema-dts'

import { populated } from '@/lib/content/populated'
import { pagePath } from '@/lib/i18n/paths'
import type { Episode, Media } from '@/payload-types'

import { isoDuration } from './iso-duration'
import { absoluteMediaUrl, localePageUrl, type SiteContext } from './site'

// An external URL carries no MIME type; its extension is the best hint there is.
const audioTypesByExtension: Record<string, string> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/ogg',
  wav: 'audio/wav',
  flac: 'audio/flac',
}

function audioTypeOfUrl(url: string): string | undefined {
  const extension = new URL(url).pathname.split('.').pop()?.toLowerCase() ?? ''
  return audioTypesByExtension[extension]
}

/** The playable file, preferring the uploaded one, as the player on the page does. */
function audioFile(site: SiteContext, podcast: Episode['podcast']) {
  const upload = populated<Media>(podcast?.audio)
  if (upload?.url)
    return { contentUrl: absoluteMediaUrl(site.siteUrl, upload.url), encodingFormat: upload.mimeType ?? undefined }
  if (podcast?.externalUrl)
    return { contentUrl: podcast.externalUrl, encodingFormat: audioTypeOfUrl(podcast.externalUrl) }
  return undefined
}

function audioObject(
  site: SiteContext,
  podcast: NonNullable<Episode['podcast']>,
  file: { contentUrl: string; encodingFormat?: string },
): AudioObject {
  return {
    '@type': 'AudioObject',
    ...file,
    inLanguage: site.locale,
    duration: podcast.durationSeconds ? isoDuration(podcast.durationSeconds) : undefined,
    // No `transcript`: the page shows it and transcript.txt serves it, and here it would be sent
    // twice more (in the script and in Next's RSC payload), the largest text on the page.
  }
}

/**
 * The episode's audio as a podcast episode, or nothing when it has no audio to play (a
 * transcript alone is not a podcast).
 */
export function podcastEpisode(site: SiteContext, episode: Episode): PodcastEpisode | undefined {
  const file = audioFile(site, episode.podcast)
  if (!file || !episode.podcast) return undefined
  const pageUrl = localePageUrl(site, pagePath.episode(episode.slug))
  const series = populated(episode.series)
  return {
    '@type': 'PodcastEpisode',
    '@id': `${pageUrl}#podcast`,
    name: episode.title,
    url: pageUrl,
    episodeNumber: episode.episodeNumber,
    inLanguage: site.locale,
    datePublished: episode.publishedAt ?? undefined,
    duration: episode.podcast.durationSeconds ? isoDuration(episode.podcast.durationSeconds) : undefined,
    partOfSeries: series
      ? { '@type': 'PodcastSeries', name: series.title, url: localePageUrl(site, pagePath.series(series.slug)) }
      : undefined,
    associatedMedia: audioObject(site, episode.podcast, file),
  }
}
