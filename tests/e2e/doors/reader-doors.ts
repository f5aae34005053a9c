/**
 * The reader site's own doors: every page, feed and text route for every fixture document in
 * both languages, listings, search for private words, and the preview route. The same pages are
 * asked for anonymously, with Next's draft-mode cookie but no account, and in draft mode as each
 * staff role (whose preview may show only the drafts that role may read).
 */
import { locales } from '@/lib/i18n/locales'
import { feedPath, glossaryPath, homePath, localePath, pagePath, podcastFeedPath, searchPath } from '@/lib/i18n/paths'

import type { Actor, FixtureDocument } from '../../fixtures/private-content'
import type { Door } from './rest-doors'

const pathOf: Partial<Record<string, (slug: string) => string[]>> = {
  episodes: (slug) => [pagePath.episode(slug), pagePath.transcript(slug)],
  series: (slug) => [pagePath.series(slug)],
  'therapy-categories': (slug) => [pagePath.category(slug)],
  'glossary-terms': (slug) => [pagePath.glossaryTerm(slug)],
  pages: (slug) => [pagePath.page(slug)],
}

export function readerPaths(documents: FixtureDocument[], probes: string[]): string[] {
  // The sitemap index and its part (the seeded site's URLs fit one part of 50,000).
  const paths = ['/sitemap.xml', '/sitemap-1.xml', '/robots.txt']
  for (const locale of locales) {
    paths.push(homePath(locale), glossaryPath(locale), searchPath(locale), feedPath(locale), podcastFeedPath(locale))
    for (const probe of probes) paths.push(`${searchPath(locale)}?q=${encodeURIComponent(probe)}`)
    for (const document of documents) {
      if (!document.slug) continue
      for (const path of pathOf[document.collection]?.(document.slug) ?? []) paths.push(localePath(locale, path))
    }
  }
  return paths
}

export function readerDoors(actor: Actor, label: string, paths: string[], cookie?: string): Door[] {
  return paths.map((path) => ({
    actor,
    name: `reader page ${path} (${label})`,
    method: 'GET' as const,
    path,
    // A browser's own navigation: Payload reads a session cookie only with Sec-Fetch-Site.
    headers: cookie ? { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' } : undefined,
  }))
}
