/** Series for the reader site, published only. */
import type { Series } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'

import { bySlug, listInOrder } from './ordered-collections'

export const listSeries = (locale: Locale) => listInOrder('series', locale) as Promise<Series[]>

export const getSeries = (locale: Locale, slug: string) => bySlug('series', locale, slug) as Promise<Series | null>
