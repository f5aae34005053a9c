/**
 * An episode's hero image: at the width of the reading column on its page (the largest thing in
 * the first screen, so fetched first), and as a small picture on episode cards (lazily).
 *
 * Through next/image's getImageProps, with a loader of our own that names, for each width of the
 * srcset, the file Payload made of that width (lib/content/hero-image.ts), never next/image's
 * optimizer. The optimizer fetches /api/media/file/… without the reader's cookies and keeps what
 * it made for hours in a cache of its own, while files are public only while published content
 * uses them (lib/media/public-media.ts): a staff member previewing a draft would get a broken
 * image, and the image of an unpublished episode would stay readable at /_next/image. And props
 * rather than the <Image> component: it writes a `style` attribute, which the reader pages'
 * Content-Security-Policy refuses (lib/security/content-security-policy.ts), and it is client
 * code, where a loader function cannot be passed from the server.
 */
import { getImageProps, type ImageLoader } from 'next/image'

import { candidateFor, type HeroImage as HeroImageSource } from '@/lib/content/hero-image'

// The column: 42rem wide, and on a narrower screen the screen less 1rem of padding each side.
const columnWidth = '(min-width: 44rem) 42rem, calc(100vw - 2rem)'
// An episode card's picture: 6rem wide (styles.css, .episode-thumbnail).
const thumbnailWidth = '6rem'

type Props = {
  image: HeroImageSource
  /** `page`: the episode's own page, above the fold; `card`: a list of episodes. */
  variant?: 'page' | 'card'
}

/** The <img> attributes next/image computes, without its inline style (see above). */
export function heroImageProps(image: HeroImageSource, variant: 'page' | 'card' = 'page') {
  const loader: ImageLoader = ({ width }) => candidateFor(image.candidates, width)
  const {
    props: { style: _style, ...props },
  } = getImageProps({
    // Only the loader reads `src`. The upload's own URL is the widest candidate of a large image,
    // and a loader answering `src` itself makes next/image warn in development that it ignores
    // the width; this key for the same image does not.
    src: `${image.url}#sizes`,
    loader,
    width: image.width,
    height: image.height,
    // On cards the title beside the picture says what it is: alternative text there would be
    // read twice in every list (W3C WAI, images tutorial: functional images with text).
    alt: variant === 'page' ? image.alt : '',
    sizes: variant === 'page' ? columnWidth : thumbnailWidth,
    className: variant === 'page' ? 'hero-image' : 'episode-thumbnail',
    ...(variant === 'page'
      ? { loading: 'eager' as const, fetchPriority: 'high' as const }
      : { loading: 'lazy' as const }),
  })
  return props
}

export function HeroImage({ image, variant = 'page' }: Props) {
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- next/image's own attributes, alt included (see above)
  return <img {...heroImageProps(image, variant)} />
}
