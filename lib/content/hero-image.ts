/**
 * An episode's hero image as the page and its structured data show it: the uploaded image with
 * the same-shaped sizes Payload made of it (collections/Media: `thumbnail`, `card`, `hero`; the
 * `share` size is a crop to 1200×630, another shape, so never a candidate).
 */
import type { Episode, Media } from '@/payload-types'

import { populated } from './populated'

export type ImageCandidate = { url: string; width: number }

export type HeroImage = {
  /** The uploaded file itself, the largest there is. */
  url: string
  /** Empty when the image has no text in this locale: then it is shown as decoration. */
  alt: string
  width?: number
  height?: number
  /** Narrowest first, one per width: what `srcset` lists. */
  candidates: ImageCandidate[]
}

const sameShapedSizes = ['thumbnail', 'card', 'hero'] as const

/** Nothing when there is no hero image, or when what was picked is not an image (an audio file). */
export function heroImageOf(episode: Pick<Episode, 'heroImage'>): HeroImage | undefined {
  const media = populated<Media>(episode.heroImage)
  if (!media?.url || !media.mimeType?.startsWith('image/')) return undefined
  const sized = sameShapedSizes.map((name) => media.sizes?.[name])
  const byWidth = new Map<number, string>()
  // Payload skips a size wider than the upload (it never enlarges): those have no URL.
  for (const size of [...sized, media]) if (size?.url && size.width) byWidth.set(size.width, size.url)
  return {
    url: media.url,
    alt: media.alt ?? '',
    width: media.width ?? undefined,
    height: media.height ?? undefined,
    candidates: [...byWidth].map(([width, url]) => ({ url, width })).sort((a, b) => a.width - b.width),
  }
}
