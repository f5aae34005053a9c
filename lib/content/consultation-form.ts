/**
 * What the consultation form shows: the published therapy categories a reader may choose as the
 * topic, and the privacy policy its consent links to (the published page of kind 'privacy', the
 * first by title).
 */
import type { Payload } from 'payload'

import type { Locale } from '@/lib/i18n/locales'
import { pagePathIn } from '@/lib/i18n/paths'

import { getPageOfKind } from './pages'
import { listTherapyCategories } from './therapy-categories'

export interface ConsultationTopicOption {
  id: number
  name: string
}

export async function listConsultationTopics(locale: Locale): Promise<ConsultationTopicOption[]> {
  const categories = await listTherapyCategories(locale)
  return categories.map((category) => ({ id: category.id, name: category.name }))
}

/**
 * The privacy policy's path in `locale`, or undefined while none is published there: uncached, for
 * the submit endpoint's error page (`payload` is the endpoint's own).
 */
export async function findPrivacyPolicyPath(payload: Payload, locale: Locale): Promise<string | undefined> {
  const { docs } = await payload.find({
    collection: 'pages',
    overrideAccess: false,
    draft: false,
    locale,
    fallbackLocale: false,
    depth: 0,
    limit: 1,
    sort: 'title',
    where: { kind: { equals: 'privacy' } },
    select: { slug: true },
  })
  const slug = docs[0]?.slug
  return slug ? pagePathIn(locale, slug) : undefined
}

/** The same, for reader pages: from the cached list of published pages. */
export async function getPrivacyPolicyPath(locale: Locale): Promise<string | undefined> {
  const page = await getPageOfKind(locale, 'privacy')
  return page ? pagePathIn(locale, page.slug) : undefined
}
