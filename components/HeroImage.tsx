/**
 * An episode's hero image, at the width of the reading column: the browser picks the narrowest of
 * Payload's sizes that fills it (lib/content/hero-image.ts).
 *
 * A plain <img>, not next/image. Its optimizer fetches /api/media/file/… without the reader's
 * cookies and keeps what it made for hours in a cache of its own. Files are public only while
 * published content uses them (lib/media/public-media.ts): a staff member previewing a draft
 * would get a broken image for a file only staff may read yet, and the image of an episode that
 * was unpublished would stay readable at /_next/image after Payload stopped serving it. Payload
 * already makes the widths a srcset needs, so the optimizer would add little.
 */
import type { HeroImage as HeroImageSource } from '@/lib/content/hero-image'

// The column: 42rem wide, and on a narrower screen the screen less 1rem of padding each side.
const columnWidth = '(min-width: 44rem) 42rem, calc(100vw - 2rem)'

export function HeroImage({ image }: { image: HeroImageSource }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- see above: the optimizer cannot serve these files
    <img
      className="hero-image"
      src={image.url}
      srcSet={image.candidates.map(({ url, width }) => `${url} ${width}w`).join(', ')}
      sizes={columnWidth}
      alt={image.alt}
      width={image.width}
      height={image.height}
      decoding="async"
    />
  )
}
