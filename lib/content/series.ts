/** Series and therapy categories for the reader site, published only. */
import type { Series, TherapyCategory } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'

import { cachedQuery } from '@/lib/cache/cached-query'
import { cacheTags } from '@/lib/cache/tags'

import { readerPayload } from './payload-client'

type OrderedCollection = 'series' | 'therapy-categories'

const tagsOf = (collection: OrderedCollection) => [collection === 'series' ? cacheTags.series : cacheTags.categories]

const listInOrder = cachedQuery(
  'ordered-list',
  async (collection: OrderedCollection, locale: Locale) => {
    const payload = await readerPayload()
    const { docs } = await payload.find({
      collection,
      overrideAccess: false,
      draft: false,
      locale,
      depth: 0,
      pagination: false,
      sort: 'order',
    })
    return docs
  },
  { tags: tagsOf },
)

const findBySlug = cachedQuery(
  'ordered-by-slug',
  async (collection: OrderedCollection, locale: Locale, slug: string) => {
    const payload = await readerPayload()
    const { docs } = await payload.find({
      collection,
      overrideAccess: false,
      draft: false,
      locale,
      depth: 0,
      limit: 1,
      where: { slug: { equals: slug } },
    })
    return docs[0] ?? null
  },
  { tags: tagsOf },
)

export const listSeries = (locale: Locale) => listInOrder('series', locale) as Promise<Series[]>

export const getSeries = (locale: Locale, slug: string) => findBySlug('series', locale, slug) as Promise<Series | null>

export const listTherapyCategories = (locale: Locale) =>
  listInOrder('therapy-categories', locale) as Promise<TherapyCategory[]>

export const getTherapyCategory = (locale: Locale, slug: string) =>
  findBySlug('therapy-categories', locale, slug) as Promise<TherapyCategory | null>
