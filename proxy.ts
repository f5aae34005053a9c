/**
 * Locale routing for the reader site (Next 16's proxy, formerly middleware):
 * `/` goes to the reader's language; a path without a known locale is served inside the
 * negotiated locale, where it ends in that locale's 404 page. The resolved locale travels to
 * the root layout in a request header.
 */
import { NextResponse, type NextRequest } from 'next/server'

import { isLocale } from '@/lib/i18n/locales'
import { negotiateLocale } from '@/lib/i18n/negotiate'
import { LOCALE_HEADER, PATHNAME_HEADER } from '@/lib/i18n/request-locale'

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const negotiated = negotiateLocale(request.headers.get('accept-language'))
  if (pathname === '/') return NextResponse.redirect(new URL(`/${negotiated}`, request.url))

  const first = pathname.split('/')[1] ?? ''
  const headers = new Headers(request.headers)
  if (isLocale(first)) {
    headers.set(LOCALE_HEADER, first)
    headers.set(PATHNAME_HEADER, pathname)
    return NextResponse.next({ request: { headers } })
  }
  headers.set(LOCALE_HEADER, negotiated)
  headers.set(PATHNAME_HEADER, `/${negotiated}${pathname}`)
  return NextResponse.rewrite(new URL(`/${negotiated}${pathname}`, request.url), { request: { headers } })
}

export const config = {
  // Everything but the admin, the API, Next's own files and uploaded media.
  matcher: ['/((?!admin|api|_next|media|favicon.ico|robots.txt|sitemap.xml).*)'],
}
