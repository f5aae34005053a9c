/**
 * A reader page's metadata in one shape: title (the locale layout adds "| site name"),
 * description, canonical and hreflang links, and the OpenGraph and Twitter cards.
 *
 * The share image comes from the nearest `opengraph-image` route (the episode's card, or the
 * locale's site card), which Next adds to the page's own segment only. A page that sets
 * `openGraph` replaces what its parent segments resolved, images included, so a page below the
 * locale's card passes them on with `inheritedShareImages`.
 */
import type { Metadata, ResolvingMetadata } from 'next'

import { locales as allLocales, type Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { localePath } from '@/lib/i18n/paths'

import { alternates } from './alternates'

type OpenGraph = NonNullable<Metadata['openGraph']>
export type ShareImages = NonNullable<OpenGraph['images']>

export type ArticleDetails = {
  publishedTime?: string | null
  modifiedTime?: string | null
  /** The series the episode belongs to. */
  section?: string
  tags?: string[]
}

export type PageMetadataInput = {
  locale: Locale
  /** The page's path within the locale: `pagePath.glossary`, … (lib/i18n/paths.ts). */
  path: string
  /** Without the site name; none on the home page, whose title is the site name. */
  title?: string
  description: string
  /** The locales the page is published in (all unless said otherwise). */
  available?: readonly Locale[]
  /** An episode: an `article` card with its dates, series and categories. */
  article?: ArticleDetails
  /** Images the page chose; without them, the nearest opengraph-image route's card. */
  images?: ShareImages
}

const openGraphLocales: Record<Locale, string> = { ja: 'ja_JP', en: 'en_US' }

export function pageMetadata({
  locale,
  path,
  title,
  description,
  available = allLocales,
  article,
  images,
}: PageMetadataInput): Metadata {
  const siteName = getMessages(locale).site.name
  const openGraph: OpenGraph = {
    ...(article ? articleCard(article) : { type: 'website' }),
    title: title ?? siteName,
    description,
    url: localePath(locale, path),
    siteName,
    locale: openGraphLocales[locale],
    alternateLocale: available.filter((other) => other !== locale).map((other) => openGraphLocales[other]),
    // Only when chosen: an `images` key, even undefined, hides the opengraph-image route's card.
    ...(images ? { images } : {}),
  }
  return {
    ...(title ? { title } : {}),
    description,
    alternates: alternates(locale, path, available),
    openGraph,
    // Title, description and image are taken from the OpenGraph card.
    twitter: { card: 'summary_large_image' },
  }
}

function articleCard({ publishedTime, modifiedTime, section, tags }: ArticleDetails): OpenGraph {
  return {
    type: 'article',
    ...(publishedTime ? { publishedTime } : {}),
    ...(modifiedTime ? { modifiedTime } : {}),
    ...(section ? { section } : {}),
    ...(tags?.length ? { tags } : {}),
  }
}

/** What every reader page has, 404s included, unless it says more: set by the locale layout. */
export function siteMetadataDefaults(locale: Locale): Metadata {
  const { name, tagline } = getMessages(locale).site
  return {
    description: tagline,
    openGraph: { type: 'website', siteName: name, locale: openGraphLocales[locale] },
    twitter: { card: 'summary_large_image' },
  }
}

/** The share images the parent segments resolved (the locale's site card), for a page to keep. */
export async function inheritedShareImages(parent: ResolvingMetadata): Promise<ShareImages | undefined> {
  const images = (await parent).openGraph?.images
  return images?.length ? images : undefined
}
