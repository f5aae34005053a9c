/**
 * URLs of paged lists: page 1 is the list's own URL, page n > 1 is `<list>/page/<n>`. The shape
 * is the same for every paged list (series, therapy categories, the glossary index).
 */
import { locales } from '@/lib/i18n/locales'

export const PAGE_SEGMENT = 'page'

/** `path` is the list's page-1 path (within a locale or with it): page n's path. */
export function pagedPath(path: string, page: number): string {
  return page === 1 ? path : `${path}/${PAGE_SEGMENT}/${page}`
}

// /<locale>/series/<slug>/page/1, /<locale>/categories/<slug>/page/1, /<locale>/glossary/page/1
const firstPagePattern = new RegExp(
  `^(/(?:${locales.join('|')})(?:/(?:series|categories)/[^/]+|/glossary))/${PAGE_SEGMENT}/1/?$`,
)

/**
 * For `/…/page/1` of a paged list, the list's own URL, where page 1 lives (proxy.ts answers with
 * a permanent redirect); undefined for every other path.
 */
export function firstPageRedirect(pathname: string): string | undefined {
  return firstPagePattern.exec(pathname)?.[1]
}

// A later page of a paged list, within a locale: /series/<slug>/page/<n>, /glossary/page/<n>, …
const laterPageWithinLocale = new RegExp(`^((?:/(?:series|categories)/[^/]+|/glossary))/${PAGE_SEGMENT}/[^/]+/?$`)

/**
 * For a path within a locale, the path the language switcher leads to in the other locale: a later
 * page of a paged list becomes the list itself, as the other locale's list holds other items on
 * its page n, or has no page n at all; any other path is itself.
 */
export function samePageInOtherLocale(pathWithinLocale: string): string {
  return laterPageWithinLocale.exec(pathWithinLocale)?.[1] ?? pathWithinLocale
}
