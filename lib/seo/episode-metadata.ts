/** An episode page's metadata: an `article` card with its dates, series and therapy categories. */
import type { Metadata } from 'next'

import { populated, populatedList } from '@/lib/content/populated'
import type { Locale } from '@/lib/i18n/locales'
import { pagePath } from '@/lib/i18n/paths'
import type { Episode, TherapyCategory } from '@/payload-types'

import { pageMetadata, type ShareImages } from './page-metadata'

/** `available`: the locales the episode is published in. */
export function episodeMetadata(locale: Locale, episode: Episode, available: readonly Locale[]): Metadata {
  return pageMetadata({
    locale,
    path: pagePath.episode(episode.slug),
    title: episode.seo?.title || episode.title,
    description: episode.seo?.description || episode.lead,
    available,
    article: {
      publishedTime: episode.publishedAt,
      modifiedTime: episode.updatedAt,
      section: populated(episode.series)?.title,
      tags: populatedList<TherapyCategory>(episode.therapyCategories).map((category) => category.name),
    },
    images: editorShareImage(episode.seo?.image),
  })
}

/**
 * The share image an editor chose (an episode's or a page's SEO image) replaces the generated card. Uploads
 * are also cut to 1200×630 (the `share` size in collections/Media/index.ts); that copy is preferred.
 * The hero image is not taken in its place: without the editor's choice, the shared card is the
 * one drawn with the episode's title (episodes/[slug]/opengraph-image.tsx), which a photograph
 * alone would lose; that card shows the hero image beside the title (lib/seo/share-cards.ts).
 */
export function editorShareImage(image: NonNullable<Episode['seo']>['image']): ShareImages | undefined {
  const media = populated(image)
  if (!media?.url || !media.mimeType?.startsWith('image/')) return undefined
  const share = media.sizes?.share
  const alt = media.alt ?? undefined
  if (share?.url) return [{ url: share.url, width: share.width ?? undefined, height: share.height ?? undefined, alt }]
  return [{ url: media.url, width: media.width ?? undefined, height: media.height ?? undefined, alt }]
}
