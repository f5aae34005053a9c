/**
 * An episode's hero image as pages, cards and structured data show it: the uploaded image with
 * the same-shaped sizes Payload made of it (collections/Media: `thumbnail`, `card`, `hero`, in
 * WebP; the `share` size is a crop to 1200×630, another shape, so never a candidate).
 */
import { responsiveSizeNames } from '@/lib/media/image-sizes'
import type { Episode, Media } from '@/payload-types'

import { populated } from './populated'

export type ImageCandidate = { url: string; width: number }

export type HeroImage = {
  /** The uploaded file itself, the largest there is. */
  url: string
  /** Empty when the image has no text in this locale: then it is shown as decoration. */
  alt: string
  /** The upload's own, so the page reserves the image's place before it loads. */
  width: number
  height: number
  /** Narrowest first, one per width: what `srcset` lists. */
  candidates: ImageCandidate[]
}

/** Nothing when there is none, or when it is not an image (an audio file) or has no known size. */
export function responsiveImageOf(value: number | Media | null | undefined): HeroImage | undefined {
  const media = populated<Media>(value)
  if (!media?.url || !media.mimeType?.startsWith('image/') || !media.width || !media.height) return undefined
  const sized = responsiveSizeNames.map((name) => media.sizes?.[name])
  const byWidth = new Map<number, string>()
  // Payload skips a size wider than the upload (it never enlarges): those have no URL.
  for (const size of [...sized, media]) if (size?.url && size.width) byWidth.set(size.width, size.url)
  return {
    url: media.url,
    alt: media.alt ?? '',
    width: media.width,
    height: media.height,
    candidates: [...byWidth].map(([width, url]) => ({ url, width })).sort((a, b) => a.width - b.width),
  }
}

export function heroImageOf(episode: Pick<Episode, 'heroImage'>): HeroImage | undefined {
  return responsiveImageOf(episode.heroImage)
}

/**
 * The file for a width a srcset asks for: the narrowest candidate at least that wide, or the
 * widest there is. next/image's loader for these images, so its optimizer is never involved.
 */
export function candidateFor(candidates: readonly ImageCandidate[], width: number): string {
  const wide = candidates.find((candidate) => candidate.width >= width) ?? candidates[candidates.length - 1]
  if (!wide) throw new Error('An image without candidates has no file for any width')
  return wide.url
}
