/** Canonical and hreflang links for a page that exists under several locales. */
import type { Metadata } from 'next'

import { defaultLocale, locales as allLocales, type Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { feedPath, localePath, podcastFeedPath } from '@/lib/i18n/paths'

/**
 * `path` is the page's path within the locale (`pagePath` in lib/i18n/paths.ts). `available` lists the
 * locales the page really exists in, so an untranslated episode does not advertise itself.
 */
export function alternates(
  locale: Locale,
  path: string,
  available: readonly Locale[] = allLocales,
): Metadata['alternates'] {
  const languages: Record<string, string> = Object.fromEntries(available.map((code) => [code, localePath(code, path)]))
  if (available.includes(defaultLocale)) languages['x-default'] = localePath(defaultLocale, path)
  return { canonical: localePath(locale, path), languages, types: feedLinks(locale) }
}

/** The locale's episode feed and podcast feed, linked from every page's head. */
export function feedLinks(locale: Locale) {
  const messages = getMessages(locale)
  return {
    'application/atom+xml': [{ url: feedPath(locale), title: messages.site.name }],
    'application/rss+xml': [{ url: podcastFeedPath(locale), title: messages.podcastFeed.title }],
  }
}
