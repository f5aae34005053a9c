/**
 * Series and therapy categories are read the same way on the reader site: every published
 * document in the editors' `order`, or one by slug. Their own modules (series.ts,
 * therapy-categories.ts) name the queries; the cached functions here are shared, so each cache
 * entry is keyed by the collection too.
 */
import type { TypedUser } from 'payload'

import type { Locale } from '@/lib/i18n/locales'

import { cachedQuery } from '@/lib/cache/cached-query'
import { cacheTags } from '@/lib/cache/tags'

import { readerPayload } from './payload-client'
import { readAs } from './preview-viewer'

export type OrderedCollection = 'series' | 'therapy-categories'

const tagsOf = (collection: OrderedCollection) => [collection === 'series' ? cacheTags.series : cacheTags.categories]

export const listInOrder = cachedQuery(
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

export const bySlug = (collection: OrderedCollection, locale: Locale, slug: string, viewer?: TypedUser | null) =>
  viewer ? findBySlug(collection, locale, slug, viewer) : findPublishedBySlug(collection, locale, slug)
