/** Therapy categories for the reader site, published only; a preview viewer reads a category's draft. */
import type { TypedUser } from 'payload'

import type { TherapyCategory } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'

import { bySlug, listInOrder } from './ordered-collections'

export const listTherapyCategories = (locale: Locale) =>
  listInOrder('therapy-categories', locale) as Promise<TherapyCategory[]>

export const getTherapyCategory = (locale: Locale, slug: string, viewer?: TypedUser | null) =>
  bySlug('therapy-categories', locale, slug, viewer) as Promise<TherapyCategory | null>
