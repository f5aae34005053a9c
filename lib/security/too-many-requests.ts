/**
 * What a client over a rate limit gets: 429 with Retry-After, a short message in the reader's
 * language (the path's locale, or Accept-Language), as JSON in Payload's error shape on the API
 * so the admin's login form shows it, and as plain text elsewhere. Imported by proxy.ts: no
 * Payload here.
 */
import { env } from '@/lib/env'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { fill, getMessages } from '@/lib/i18n/messages'
import { negotiateLocale } from '@/lib/i18n/negotiate'

import { checkRateLimit } from './rate-limits'

export function messageFor(locale: Locale, retryAfterSeconds: number): string {
  return fill(getMessages(locale).rateLimit.tooManyRequests, { seconds: retryAfterSeconds })
}

export function tooManyRequests(request: Request, retryAfterSeconds: number): Response {
  const { pathname } = new URL(request.url)
  const first = pathname.split('/')[1] ?? ''
  const locale = isLocale(first) ? first : negotiateLocale(request.headers.get('accept-language'))
  const message = messageFor(locale, retryAfterSeconds)
  const headers = { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' }
  if (pathname.startsWith('/api/')) return Response.json({ errors: [{ message }] }, { status: 429, headers })
  return new Response(`${message}\n`, {
    status: 429,
    headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
  })
}

/** For proxy.ts: a 429 when the request is over its limit, otherwise nothing. */
export async function refuseOverRateLimit(request: Request): Promise<Response | undefined> {
  const refused = await checkRateLimit(request, { trustProxy: env.trustProxy })
  return refused && tooManyRequests(request, refused.retryAfterSeconds)
}
