/**
 * Locale routing for the reader site (Next 16's proxy, formerly middleware): `/` goes to the
 * reader's language; a path without a known locale is served inside the negotiated locale,
 * where it ends in that locale's 404 page.
 */
import { NextResponse, type NextRequest } from 'next/server'

import { isLocale } from '@/lib/i18n/locales'
import { negotiateLocale } from '@/lib/i18n/negotiate'

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  // Most requests name their locale: they pass straight through, without parsing headers.
  if (isLocale(pathname.split('/')[1] ?? '')) return NextResponse.next()
  const negotiated = negotiateLocale(request.headers.get('accept-language'))
  if (pathname === '/') return NextResponse.redirect(new URL(`/${negotiated}`, request.url))
  return NextResponse.rewrite(new URL(`/${negotiated}${pathname}`, request.url))
}

export const config = {
  // Only paths without a locale: reader pages under /ja and /en, the admin, the API, Next's own
  // files, uploaded media and the files in public/ never pay for the proxy.
  matcher: ['/((?!(?:ja|en)(?:/|$)|admin|api|_next|media|favicon.ico|robots.txt|sitemap.xml|podcast-cover.png).*)'],
}
