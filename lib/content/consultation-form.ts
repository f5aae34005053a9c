/**
 * What the consultation form shows: the published therapy categories a reader may choose as the
 * topic, and the privacy policy its consent links to (the published page of kind 'privacy', the
 * first by title).
 */
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

/** The privacy policy's path in `locale`, or undefined while none is published there. */
export async function getPrivacyPolicyPath(locale: Locale): Promise<string | undefined> {
  const page = await getPageOfKind(locale, 'privacy')
  return page ? pagePathIn(locale, page.slug) : undefined
}
