/**
 * Every reader URL of the site, built in one place: app/(frontend)/[locale] has one folder per
 * entry of `pagePath`. Links, feeds, the sitemap, structured data, metadata, preview links and
 * tests all build their URLs here, so a route that moves moves everywhere at once.
 *
 * Two forms: `pagePath` is where a page sits inside a locale ('' for the locale's home page), as
 * metadata and hreflang need it to name the same page in every locale; the `…Path(locale, …)`
 * builders give the path a link points to, locale first.
 */
import { isLocale, type Locale } from './locales'

export const pagePath = {
  home: '',
  /** One of the organisation's own pages (collections/Pages): about, consultation, a topic… */
  page: (slug: string) => `/${slug}`,
  episode: (slug: string) => `/episodes/${slug}`,
  /** An episode's transcript as plain text, for podcast apps. */
  transcript: (slug: string) => `/episodes/${slug}/transcript.txt`,
  series: (slug: string) => `/series/${slug}`,
  category: (slug: string) => `/categories/${slug}`,
  glossary: '/glossary',
  glossaryTerm: (slug: string) => `/glossary/${slug}`,
  search: '/search',
  /** The locale's Atom feed of episodes. */
  feed: '/feed.xml',
  /** The locale's podcast feed (RSS). */
  podcastFeed: '/podcast.xml',
  /** Turns on draft mode for staff, then opens `?path=` (app/(frontend)/[locale]/preview). */
  preview: '/preview',
  /** Leaves draft mode, back to `?path=`. */
  exitPreview: '/exit-preview',
} as const

/** A path within a locale, under that locale: ('ja', '/glossary') gives "/ja/glossary". */
export function localePath(locale: Locale, path: string): string {
  return `/${locale}${path}`
}

export const homePath = (locale: Locale) => localePath(locale, pagePath.home)
export const pagePathIn = (locale: Locale, slug: string) => localePath(locale, pagePath.page(slug))
export const episodePath = (locale: Locale, slug: string) => localePath(locale, pagePath.episode(slug))
export const transcriptPath = (locale: Locale, slug: string) => localePath(locale, pagePath.transcript(slug))
export const seriesPath = (locale: Locale, slug: string) => localePath(locale, pagePath.series(slug))
export const categoryPath = (locale: Locale, slug: string) => localePath(locale, pagePath.category(slug))
export const glossaryPath = (locale: Locale) => localePath(locale, pagePath.glossary)
export const glossaryTermPath = (locale: Locale, slug: string) => localePath(locale, pagePath.glossaryTerm(slug))
export const searchPath = (locale: Locale) => localePath(locale, pagePath.search)
export const feedPath = (locale: Locale) => localePath(locale, pagePath.feed)
export const podcastFeedPath = (locale: Locale) => localePath(locale, pagePath.podcastFeed)
export const previewPath = (locale: Locale) => localePath(locale, pagePath.preview)

/** `returnTo`: the page to come back to, a path within the locale. */
export const exitPreviewPath = (locale: Locale, returnTo: string) =>
  `${localePath(locale, pagePath.exitPreview)}?path=${encodeURIComponent(returnTo)}`

/**
 * Slugs a page may not take: the first segment of every other route under a locale (taken from
 * `pagePath`, so a new route reserves its name here by being added above), and the files Next
 * serves there. A page with one of them would never be reached.
 */
export const reservedPageSlugs: readonly string[] = [
  ...new Set(
    Object.entries(pagePath)
      .filter(([name]) => name !== 'page' && name !== 'home')
      .map(([, path]) => (typeof path === 'function' ? path('x') : path).split('/')[1] ?? '')
      .filter((segment) => segment !== ''),
  ),
  'opengraph-image',
  'bench-reference',
]

/**
 * The reserved slugs that are pages or files by themselves at /[locale]/<segment> (the glossary,
 * search, the feeds, preview…), rather than only the start of longer paths (/episodes/<slug>).
 * proxy.ts lets these through; any other one-segment path must be a published page
 * (lib/pages/published-slugs.ts). The share card's path may carry a suffix (opengraph-image-…).
 */
export const oneSegmentRoutes: readonly string[] = [
  ...Object.entries(pagePath)
    .filter(([name, path]) => name !== 'home' && typeof path === 'string' && path.split('/').length === 2)
    .map(([, path]) => (path as string).slice(1)),
  'opengraph-image',
  'bench-reference',
]

export const isOneSegmentRoute = (segment: string) =>
  oneSegmentRoutes.includes(segment) || segment.startsWith('opengraph-image')

/** The podcast's square cover, in public/ (made by scripts/make-podcast-cover.ts): the same in every locale. */
export const podcastCoverPath = '/podcast-cover.png'

/** A page's path without its locale prefix: "/ja/episodes/slug" gives "/episodes/slug", "/ja" gives "". */
export function pathWithinLocale(pathname: string | null): string {
  const segments = (pathname ?? '/').split('/').filter(Boolean)
  const rest = isLocale(segments[0] ?? '') ? segments.slice(1) : segments
  return rest.length > 0 ? `/${rest.join('/')}` : ''
}
