/**
 * What the admin shows while the database is unreachable: a 503 page saying so, in the editor's
 * admin language (Payload's `payload-lng` cookie, or Accept-Language), instead of the crash of an
 * admin that cannot load its user or documents. Imported by proxy.ts: no Payload here.
 */
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { negotiateLocale } from '@/lib/i18n/negotiate'
import { RETRY_AFTER_SECONDS } from '@/lib/server/retry-after'

/** The admin's own language cookie (Payload's `${cookiePrefix}-lng`). */
const ADMIN_LANGUAGE_COOKIE = 'payload-lng'

function adminLanguage(request: Request): Locale {
  const cookies = request.headers.get('cookie') ?? ''
  const chosen = new RegExp(`(?:^|;\\s*)${ADMIN_LANGUAGE_COOKIE}=([^;]+)`).exec(cookies)?.[1]
  return chosen && isLocale(chosen) ? chosen : negotiateLocale(request.headers.get('accept-language'))
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

export function adminUnavailablePage(request: Request): Response {
  const locale = adminLanguage(request)
  const { title, body, retry } = getMessages(locale).adminUnavailable
  const html = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body>
<main role="alert">
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(body)}</p>
<p>${escapeHtml(retry)}</p>
</main>
</body>
</html>
`
  return new Response(html, {
    status: 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Retry-After': String(RETRY_AFTER_SECONDS),
      'Cache-Control': 'no-store',
      // No script, style or image: nothing else may load.
      'Content-Security-Policy': "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
  })
}
