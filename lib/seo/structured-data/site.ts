/** Where a page's structured data points: the public origin and the page's locale. */
import type { Locale } from '@/lib/i18n/locales'
import { localePath } from '@/lib/i18n/paths'

export type SiteContext = { siteUrl: string; locale: Locale }

/** `path` starts with "/"; a trailing slash on SITE_URL must not double it. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${path}`
}

/** A reader page's absolute URL: `path` is its `pagePath` (lib/i18n/paths.ts), within the locale. */
export function localePageUrl(site: SiteContext, path: string): string {
  return absoluteUrl(site.siteUrl, localePath(site.locale, path))
}

/** A media file's URL as Payload gives it (absolute with serverURL set, else a path) made absolute. */
export function absoluteMediaUrl(siteUrl: string, url: string): string {
  return URL.canParse(url) ? url : absoluteUrl(siteUrl, url.startsWith('/') ? url : `/${url}`)
}
