/**
 * The reader page of a database outage, drawn on the server without React or Payload: the reader
 * layout's essentials (`<html lang>`, the site's name, the built-in disclaimer) around "this page
 * cannot be shown right now". lib/server/unavailable-status.ts sends it instead of the bare error
 * shell Next.js renders when a page fails on the server, which has neither the language nor the
 * disclaimer (they would appear only once the browser had run the page's scripts).
 */
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { negotiateLocale } from '@/lib/i18n/negotiate'

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

/** The page's locale: the path's first segment, or the one proxy.ts would have negotiated. */
export function outageLocale(path: string, acceptLanguage: string | null): Locale {
  const segment = path.split(/[/?#]/)[1] ?? ''
  return isLocale(segment) ? segment : negotiateLocale(acceptLanguage)
}

export function readerUnavailablePage(locale: Locale): string {
  const messages = getMessages(locale)
  const { unavailableTitle, unavailableBody, retry } = messages.error
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(unavailableTitle)} | ${escapeHtml(messages.site.name)}</title></head>
<body>
<header class="site-header"><a href="/${locale}" class="site-name">${escapeHtml(messages.site.name)}</a></header>
<aside aria-label="${escapeHtml(messages.disclaimer.label)}" class="disclaimer" data-testid="site-disclaimer"><p>${escapeHtml(messages.disclaimer.builtIn)}</p></aside>
<main id="main" role="alert">
<h1>${escapeHtml(unavailableTitle)}</h1>
<p>${escapeHtml(unavailableBody)}</p>
<p><a href="">${escapeHtml(retry)}</a></p>
</main>
</body>
</html>
`
}
