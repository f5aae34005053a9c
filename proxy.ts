/**
 * Runs before every page, of the reader site and of the admin, and before the rate-limited API
 * routes (Next 16's proxy, formerly middleware):
 *
 * - rate limits: 429 over a limit (lib/security/rate-limits.ts);
 * - bad requests: 400 for a path or query no page can have, 405 for a write to a reader page;
 * - the admin while the database is unreachable: 503 and a page that says so;
 * - a Content-Security-Policy with a nonce of this request's own, on the response and on the
 *   request, where Next.js finds it and puts it on every script the page renders
 *   (lib/security/content-security-policy.ts), and HSTS on an https site;
 * - locale routing: `/` goes to the reader's language; a path without a known locale is served
 *   inside the negotiated locale, where it ends in that locale's 404 page;
 * - pages: a one-segment path under a locale (/ja/<slug>) that is no route of its own and no
 *   page published in any locale goes to a path that matches no route, so that its 404 is drawn on the server
 *   (app/global-not-found.tsx) rather than by the [slug] page's notFound() (docs/reliability-404.md);
 * - paged lists: `…/page/1` is a permanent redirect (308) to the list's own URL, page 1's only URL.
 */
import { NextResponse, type NextRequest } from 'next/server'

import { databaseAvailability } from '@/lib/database/availability'
import { adminUnavailablePage } from '@/lib/database/unavailable-admin-page'
import { env } from '@/lib/env'
import { refusedPageRequest } from '@/lib/http/page-request'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { negotiateLocale } from '@/lib/i18n/negotiate'
import { isOneSegmentRoute } from '@/lib/i18n/paths'
import { ROUTED_LOCALE_HEADER } from '@/lib/i18n/routed-locale'
import { publishedPageLocales } from '@/lib/pages/published-slugs'
import { firstPageRedirect } from '@/lib/paging/paths'
import { createNonce } from '@/lib/security/content-security-policy'
import { isAdminPath, pageHeaders } from '@/lib/security/response-headers'
import { refuseOverRateLimit } from '@/lib/security/too-many-requests'

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  // The sitemap's parts have one URL each, /sitemap-<n>.xml, which next.config.ts rewrites to the
  // sitemap route's segment without passing here; that inner path is no URL of its own.
  if (pathname.startsWith(SITEMAP_ROUTE_SEGMENTS)) {
    return new NextResponse('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })
  }
  // Login, password reset, GraphQL, search and share images: 429 over their rate limits.
  const refused = await refuseOverRateLimit(request)
  if (refused) return refused
  // API routes come here only for their rate limits; their headers are set in next.config.ts.
  if (pathname.startsWith('/api/')) return NextResponse.next()
  // A path or query no page can have (invalid percent-encoding, NUL), or a write to a reader
  // page: 400 or 405 before Next.js or the database throws on it (lib/http/page-request.ts).
  const malformed = refusedPageRequest(request, { readOnly: !isAdminPath(pathname) })
  if (malformed) return malformed
  // The admin needs its database for everything: while it is unreachable, a page that says so
  // (the answer is at most a second old, lib/database/availability.ts).
  if (isAdminPath(pathname) && !(await databaseAvailability()).up) return adminUnavailablePage(request)
  const headers = pageHeaders(pathname, {
    nonce: createNonce(),
    siteUrl: env.SITE_URL,
    development: env.NODE_ENV === 'development',
  })
  const forwarded = new Headers(request.headers)
  forwarded.set('Content-Security-Policy', headers['Content-Security-Policy'])
  const response = await routeByLocale(request, forwarded)
  for (const [name, value] of Object.entries(headers)) if (value) response.headers.set(name, value)
  return response
}

/** `forwarded`: the request's headers as the page sees them, policy included. */
async function routeByLocale(request: NextRequest, forwarded: Headers): Promise<NextResponse> {
  const { pathname } = request.nextUrl
  const named = pathname.split('/')[1] ?? ''
  // The page of paths that match no route has no [locale] segment (app/global-not-found.tsx).
  forwarded.set(ROUTED_LOCALE_HEADER, named)
  if (isAdminPath(pathname)) return NextResponse.next({ request: { headers: forwarded } })
  // Most reader requests name their locale and pass straight through.
  if (isLocale(named)) {
    const firstPage = firstPageRedirect(pathname)
    if (firstPage) return permanentRedirect(request, firstPage)
    const unknown = await unknownPagePath(request, named, pathname.slice(named.length + 1))
    if (unknown) return NextResponse.rewrite(new URL(unknown, request.url), { request: { headers: forwarded } })
    return NextResponse.next({ request: { headers: forwarded } })
  }
  const negotiated = negotiateLocale(request.headers.get('accept-language'))
  if (pathname === '/') return NextResponse.redirect(new URL(`/${negotiated}`, request.url))
  forwarded.set(ROUTED_LOCALE_HEADER, negotiated)
  const firstPage = firstPageRedirect(`/${negotiated}${pathname}`)
  if (firstPage) return permanentRedirect(request, firstPage)
  const target = (await unknownPagePath(request, negotiated, pathname)) ?? `/${negotiated}${pathname}`
  return NextResponse.rewrite(new URL(target, request.url), { request: { headers: forwarded } })
}

/**
 * For a path within `locale` of one segment that only the pages' [slug] route would match and that
 * is no published page: a path under the locale that matches no route at all. A page published in
 * another locale only passes, and says that it is not translated yet (the language switcher links
 * there). Draft mode (staff previewing a draft page) and an unreachable database leave it to the page.
 */
async function unknownPagePath(request: NextRequest, locale: Locale, path: string): Promise<string | undefined> {
  const segments = path.split('/').filter(Boolean)
  if (segments.length !== 1 || isOneSegmentRoute(segments[0]!)) return undefined
  if (request.cookies.has(DRAFT_MODE_COOKIE)) return undefined
  const slug = segments[0]!
  const published = await publishedPageLocales(safeDecode(slug))
  return published?.length === 0 ? `/${locale}/${slug}/${NO_ROUTE}` : undefined
}

/** 308 to `path`, the query kept. */
function permanentRedirect(request: NextRequest, path: string): NextResponse {
  const target = new URL(path, request.url)
  target.search = request.nextUrl.search
  return NextResponse.redirect(target, 308)
}

const SITEMAP_ROUTE_SEGMENTS = '/sitemap.xml/'

/** Next's draft mode cookie, set by the preview route for staff. */
const DRAFT_MODE_COOKIE = '__prerender_bypass'
/** A segment below a page's slug: the [slug] route has none, so no route matches the path. */
const NO_ROUTE = '-/not-a-page'

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

export const config = {
  matcher: [
    // Every page: the reader site (paths without a locale are routed into one) and the admin.
    // The API (Next would buffer its request bodies for the proxy, and cut uploads at 10 MB),
    // Next's own files, uploaded media, the sitemap and its parts (/sitemap-<n>.xml, rewritten in
    // next.config.ts) and the files in public/ never pay for the proxy.
    '/((?!api|_next|media|favicon.ico|robots.txt|sitemap.xml|sitemap-\\d+\\.xml|podcast-cover.png|admin-icon.svg).*)',
    // The sitemap route's inner paths, which are no URLs (the parts' URLs are /sitemap-<n>.xml).
    '/sitemap.xml/:path+',
    // The routes with rate limits (lib/security/rate-limits.ts).
    '/api/users/login',
    '/api/users/forgot-password',
    '/api/graphql',
    '/:locale(ja|en)/search',
    '/:locale(ja|en)/opengraph-image(.*)',
    '/:locale(ja|en)/episodes/:slug/opengraph-image(.*)',
  ],
}
