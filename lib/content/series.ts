/** Series and therapy categories for the reader site, published only. */
import type { Series, TherapyCategory } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'

import { asAnonymousReader, readerPayload } from './payload-client'

export async function listSeries(locale: Locale): Promise<Series[]> {
  const payload = await readerPayload()
  const { docs } = await payload.find({
    collection: 'series',
    ...asAnonymousReader,
    locale,
    depth: 0,
    pagination: false,
    sort: 'order',
  })
  return docs
}

export async function getSeries(locale: Locale, slug: string): Promise<Series | null> {
  const payload = await readerPayload()
  const { docs } = await payload.find({
    collection: 'series',
    ...asAnonymousReader,
    locale,
    depth: 0,
    limit: 1,
    where: { slug: { equals: slug } },
  })
  return docs[0] ?? null
}

export async function listTherapyCategories(locale: Locale): Promise<TherapyCategory[]> {
  const payload = await readerPayload()
  const { docs } = await payload.find({
    collection: 'therapy-categories',
    ...asAnonymousReader,
    locale,
    depth: 0,
    pagination: false,
    sort: 'order',
  })
  return docs
}

export async function getTherapyCategory(locale: Locale, slug: string): Promise<TherapyCategory | null> {
  const payload = await readerPayload()
  const { docs } = await payload.find({
    collection: 'therapy-categories',
    ...asAnonymousReader,
    locale,
    depth: 0,
    limit: 1,
    where: { slug: { equals: slug } },
  })
  return docs[0] ?? null
}
