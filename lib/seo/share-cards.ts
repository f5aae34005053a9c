/**
 * What the share images say, from the published-only, cached data layer: never a draft's
 * title, and no database query for an image whose episode has not changed. An episode with a
 * hero image shows it beside its title.
 */
import sharp from 'sharp'

import { getEpisode } from '@/lib/content/episodes'
import { heroImageOf } from '@/lib/content/hero-image'
import { heroImageFile } from '@/lib/content/hero-image-file'
import { populated } from '@/lib/content/populated'
import type { Episode, Media } from '@/payload-types'
import { episodePosition } from '@/lib/episode-position'
import type { Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'

import { episodePictureSize, type EpisodeCard, type SiteCard } from './share-image'

export function siteCard(locale: Locale): SiteCard {
  const { name, tagline } = getMessages(locale).site
  return { siteName: name, tagline }
}

/** The published episode's card in this locale, or null when it is not published there. */
export async function episodeCard(locale: Locale, slug: string): Promise<EpisodeCard | null> {
  const episode = await getEpisode(locale, slug)
  if (!episode) return null
  const series = populated(episode.series)
  const picture = await pictureOf(episode)
  return {
    position: episodePosition(locale, episode.episodeNumber, series?.plannedEpisodeCount),
    title: episode.title,
    siteName: getMessages(locale).site.name,
    ...(picture ? { picture } : {}),
  }
}

/**
 * The hero image cut to the card's picture panel, as a JPEG data URL: the share image renderer
 * (next/og) reads PNG and JPEG but not WebP or AVIF, which uploads may be, and a transparent
 * image is laid on white. Nothing when there is no hero image or its file cannot be read: the
 * card is then drawn with the title alone, never not at all.
 */
async function pictureOf(episode: Episode): Promise<string | undefined> {
  if (!heroImageOf(episode)) return undefined
  try {
    const file = await heroImageFile(populated<Media>(episode.heroImage)!)
    if (!file) return undefined
    const jpeg = await sharp(file)
      .resize({ ...episodePictureSize, fit: 'cover', position: 'centre' })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82 })
      .toBuffer()
    return `data:image/jpeg;base64,${jpeg.toString('base64')}`
  } catch (error) {
    console.error(`The share card of ${episode.slug} is drawn without its hero image: ${(error as Error).message}`)
    return undefined
  }
}
