/**
 * The locale proxy.ts routed a reader request into, passed on in a request header to the one
 * document that has no [locale] segment to read it from: the page of paths that match no route
 * (app/global-not-found.tsx). proxy.ts sets it on every reader request, so a client cannot choose it.
 */
import { defaultLocale, isLocale, type Locale } from './locales'

export const ROUTED_LOCALE_HEADER = 'x-column-locale'

export function routedLocale(headers: Headers): Locale {
  const value = headers.get(ROUTED_LOCALE_HEADER) ?? ''
  return isLocale(value) ? value : defaultLocale
}
