/** Series and therapy categories for the reader site, published only. */
import type { TypedUser } from 'payload'

import type { Series, TherapyCategory } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'

import { cachedQuery } from '@/lib/cache/cached-query'
import { cacheTags } from '@/lib/cache/tags'

import { readerPayload } from './payload-client'
import { readAs } from './preview-viewer'

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

async function findBySlug(collection: OrderedCollection, locale: Locale, slug: string, viewer?: TypedUser | null) {
  const payload = await readerPayload()
  const { docs } = await payload.find({
    collection,
    ...readAs(viewer),
    locale,
    depth: 0,
    limit: 1,
    where: { slug: { equals: slug } },
  })
  return docs[0] ?? null
}

/** A published document by slug, through the cache; a preview `viewer` reads the latest draft past it. */
const findPublishedBySlug = cachedQuery(
  'ordered-by-slug',
  (collection: OrderedCollection, locale: Locale, slug: string) => findBySlug(collection, locale, slug),
  { tags: tagsOf },
)

const bySlug = (collection: OrderedCollection, locale: Locale, slug: string, viewer?: TypedUser | null) =>
  viewer ? findBySlug(collection, locale, slug, viewer) : findPublishedBySlug(collection, locale, slug)

export const listSeries = (locale: Locale) => listInOrder('series', locale) as Promise<Series[]>

export const getSeries = (locale: Locale, slug: string) => bySlug('series', locale, slug) as Promise<Series | null>

export const listTherapyCategories = (locale: Locale) =>
  listInOrder('therapy-categories', locale) as Promise<TherapyCategory[]>

export const getTherapyCategory = (locale: Locale, slug: string, viewer?: TypedUser | null) =>
  bySlug('therapy-categories', locale, slug, viewer) as Promise<TherapyCategory | null>
