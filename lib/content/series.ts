/** Series and therapy categories for the reader site, published only. */
import type { Series, TherapyCategory } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'

import { readerPayload } from './payload-client'

type OrderedCollection = 'series' | 'therapy-categories'

async function listInOrder(collection: OrderedCollection, locale: Locale) {
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
}

async function findBySlug(collection: OrderedCollection, locale: Locale, slug: string) {
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
}

export const listSeries = (locale: Locale) => listInOrder('series', locale) as Promise<Series[]>

export const getSeries = (locale: Locale, slug: string) =>
  findBySlug('series', locale, slug) as Promise<Series | null>

export const listTherapyCategories = (locale: Locale) =>
  listInOrder('therapy-categories', locale) as Promise<TherapyCategory[]>

export const getTherapyCategory = (locale: Locale, slug: string) =>
  findBySlug('therapy-categories', locale, slug) as Promise<TherapyCategory | null>
