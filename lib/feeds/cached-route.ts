/**
 * GET handlers for the feeds and transcripts under /[locale]. Their route files declare
 * `dynamic = 'force-static'` and no static params: nothing is built by `next build` (there is no
 * database then); each response is made on its first request and kept in Next's cache, tagged
 * with the tags of the cached queries it read, so publishing (revalidateTag) replaces it and no
 * request in between rebuilds it.
 */
import { isLocale, type Locale } from '@/lib/i18n/locales'

type Params = Record<string, string>
type Body = (locale: Locale, params: Params) => Promise<string | null>

/** Answers `contentType` with what `body` makes, or 404 for an unknown locale or a `null` body. */
export function localeRoute(contentType: string, body: Body) {
  return async function GET(_request: Request, { params }: { params: Promise<Params> }): Promise<Response> {
    const resolved = await params
    const locale = resolved.locale ?? ''
    const text = isLocale(locale) ? await body(locale, resolved) : null
    if (text === null) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })
    return new Response(text, { headers: { 'Content-Type': `${contentType}; charset=utf-8` } })
  }
}
