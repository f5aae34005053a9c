/**
 * Picks the reader's language from Accept-Language. `negotiator` parses and ranks the header
 * (q-values, order); `@formatjs/intl-localematcher` matches the ranked tags to ours the way
 * Intl does (en-GB finds en), which is what Next's internationalization guide recommends.
 */
import { match } from '@formatjs/intl-localematcher'
import Negotiator from 'negotiator'

import { defaultLocale, isLocale, locales, type Locale } from './locales'

/** Tags Intl accepts; the matcher throws on anything else ("*", typos, garbage). */
function wellFormed(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1
  } catch {
    return false
  }
}

export function negotiateLocale(acceptLanguage: string | null): Locale {
  if (!acceptLanguage) return defaultLocale
  const requested = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages().filter(wellFormed)
  const matched = match(requested, [...locales], defaultLocale)
  return isLocale(matched) ? matched : defaultLocale
}
