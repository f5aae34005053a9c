import { isLocale } from './locales'

/** A page's path without its locale prefix: "/ja/episodes/slug" gives "/episodes/slug", "/ja" gives "". */
export function pathWithinLocale(pathname: string | null): string {
  const segments = (pathname ?? '/').split('/').filter(Boolean)
  const rest = isLocale(segments[0] ?? '') ? segments.slice(1) : segments
  return rest.length > 0 ? `/${rest.join('/')}` : ''
}
