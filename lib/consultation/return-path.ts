/**
 * Where a form post without JavaScript goes back to: the reader page the form was on, given by the
 * form (or, failing that, by the Referer of a same-site post). Only a path this site's reader
 * routes can have is taken, rebuilt from lib/i18n/paths.ts, so the 303 can never point elsewhere
 * (an open redirect); anything else goes to the locale's home page.
 */
import type { Locale } from '@/lib/i18n/locales'
import {
  categoryPath,
  episodePath,
  glossaryPath,
  glossaryTermPath,
  homePath,
  pagePathIn,
  reservedPageSlugs,
  searchPath,
  seriesPath,
} from '@/lib/i18n/paths'
import { isValidSlug } from '@/lib/slug'

const withSlug: Record<string, (locale: Locale, slug: string) => string> = {
  episodes: episodePath,
  series: seriesPath,
  categories: categoryPath,
  glossary: glossaryTermPath,
}

const withoutSlug: Record<string, (locale: Locale) => string> = { glossary: glossaryPath, search: searchPath }

/** The reader path `value` names within `locale`, or undefined when it is not one. */
export function readerPathIn(locale: Locale, value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 300) return undefined
  const [empty, named, ...rest] = value.split('/')
  if (empty !== '' || named !== locale) return undefined
  if (rest.length === 0 || (rest.length === 1 && rest[0] === '')) return homePath(locale)
  if (rest.length > 2 || !rest.every(isValidSlug)) return undefined
  const [first = '', second] = rest
  if (second !== undefined) return withSlug[first]?.(locale, second)
  if (withoutSlug[first]) return withoutSlug[first](locale)
  return reservedPageSlugs.includes(first) ? undefined : pagePathIn(locale, first)
}

/** The path of a same-site Referer, when it is one. */
function refererPath(referer: string | null, siteUrl: string): string | undefined {
  if (!referer) return undefined
  try {
    const url = new URL(referer)
    return url.origin === new URL(siteUrl).origin ? url.pathname : undefined
  } catch {
    return undefined
  }
}

/** The page to send the reader back to after a post without JavaScript. */
export function consultationReturnPath(
  locale: Locale,
  { given, referer, siteUrl }: { given: unknown; referer: string | null; siteUrl: string },
): string {
  return readerPathIn(locale, given) ?? readerPathIn(locale, refererPath(referer, siteUrl)) ?? homePath(locale)
}

/** The page with the confirmation, scrolled to the form's section. */
export function confirmationLocation(path: string): string {
  return `${path}?consultation=sent#consultation`
}
