/**
 * The locale of the current request, as the proxy resolved it. The root layout needs it for
 * <html lang> and the disclaimer, including on 404 pages, which Next renders without the
 * [locale] segment's params.
 */
import { headers } from 'next/headers'

import { defaultLocale, isLocale, type Locale } from './locales'

export const LOCALE_HEADER = 'x-column-locale'

export async function requestLocale(): Promise<Locale> {
  const value = (await headers()).get(LOCALE_HEADER) ?? ''
  return isLocale(value) ? value : defaultLocale
}

export const PATHNAME_HEADER = 'x-column-pathname'

/** The page's path without its locale prefix ("/episodes/slug"), for the language switcher. */
export async function requestPathWithinLocale(): Promise<string> {
  const pathname = (await headers()).get(PATHNAME_HEADER) ?? '/'
  const rest = pathname.split('/').slice(2).join('/')
  return rest ? `/${rest}` : ''
}
