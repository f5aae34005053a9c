/**
 * What the consultation form shows: the published therapy categories a reader may choose as the
 * topic, and the privacy policy its consent links to (the published page of kind 'privacy', the
 * first by title). A small reader query of its own until lib/content/pages.ts (issue 16, pages)
 * gives `getPageOfKind`.
 */
import type { Payload } from 'payload'

import { cachedQuery } from '@/lib/cache/cached-query'
import { cacheTags } from '@/lib/cache/tags'
import type { Locale } from '@/lib/i18n/locales'
import { pagePathIn } from '@/lib/i18n/paths'

import { readerPayload } from './payload-client'
import { listTherapyCategories } from './therapy-categories'

export interface ConsultationTopicOption {
  id: number
  name: string
}

export async function listConsultationTopics(locale: Locale): Promise<ConsultationTopicOption[]> {
  const categories = await listTherapyCategories(locale)
  return categories.map((category) => ({ id: category.id, name: category.name }))
}

/** The privacy policy's path in `locale`, or undefined while none is published there. */
export async function findPrivacyPolicyPath(payload: Payload, locale: Locale): Promise<string | undefined> {
  const { docs } = await payload.find({
    collection: 'pages',
    overrideAccess: false,
    draft: false,
    locale,
    depth: 0,
    limit: 1,
    sort: 'title',
    where: { kind: { equals: 'privacy' } },
    select: { slug: true },
  })
  const slug = docs[0]?.slug
  return slug ? pagePathIn(locale, slug) : undefined
}

export const getPrivacyPolicyPath = cachedQuery(
  'privacy-policy-path',
  async (locale: Locale) => findPrivacyPolicyPath(await readerPayload(), locale),
  { tags: () => [cacheTags.pages] },
)
