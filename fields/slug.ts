/**
 * The shared `slug` field: one per document for both locales, lowercase ASCII kebab-case,
 * unique, and made from the English title when left empty.
 */
import {
  ValidationError,
  type CollectionSlug,
  type FieldHook,
  type TextField,
  type TextFieldSingleValidation,
} from 'payload'

import { findInLocale } from '@/lib/payload/find-in-locale'
import { fieldError, translate } from '@/lib/payload/validation-error'
import { isValidSlug, toSlug } from '@/lib/slug'

function englishTitleOf(data: Record<string, unknown> | undefined, locale: string | undefined, from: string) {
  const title = data?.[from]
  if (typeof title === 'string') return locale === 'en' ? title : undefined
  if (title && typeof title === 'object') return (title as Record<string, string | undefined>).en
  return undefined
}

const makeSlug =
  (from: string): FieldHook =>
  async ({ value, data, req, originalDoc, collection }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    let englishTitle = englishTitleOf(data, req.locale, from)
    if (!englishTitle && originalDoc?.id && collection) {
      const english = await findInLocale(req, {
        collection: collection.slug,
        id: originalDoc.id,
        locale: 'en',
        draft: true,
      })
      const title = english[from]
      englishTitle = typeof title === 'string' ? title : undefined
    }
    return englishTitle ? toSlug(englishTitle) || undefined : value
  }

/**
 * Format errors and reserved slugs are refused even on drafts: a wrong slug would end up in a
 * public URL, and a reserved one could never be published.
 */
const refuseUnusableSlug =
  (reserved: readonly string[]): FieldHook =>
  ({ value, req, collection }) => {
    if (typeof value !== 'string' || value === '') return value
    if (!isValidSlug(value)) throw fieldError(req, collection?.slug ?? '', 'slug', 'column:slugInvalid')
    if (reserved.includes(value)) {
      throw new ValidationError(
        {
          collection: collection?.slug ?? '',
          errors: [{ path: 'slug', message: translate(req, 'column:slugReserved', { slugs: reserved.join(', ') }) }],
        },
        req.t,
      )
    }
    return value
  }

const validateSlug =
  (reserved: readonly string[]): TextFieldSingleValidation =>
  async (value, { req, id, collectionSlug }) => {
    if (!value) return translate(req, 'column:slugNeeded')
    if (!isValidSlug(value)) return translate(req, 'column:slugInvalid')
    if (reserved.includes(value)) return translate(req, 'column:slugReserved', { slugs: reserved.join(', ') })
    if (collectionSlug) {
      const others = await req.payload.count({
        collection: collectionSlug as CollectionSlug,
        where: { and: [{ slug: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
        req,
      })
      if (others.totalDocs > 0) return translate(req, 'column:slugTaken')
    }
    return true
  }

/**
 * `reserved`: slugs refused with a field message, for documents whose URL sits beside other
 * routes (pages: /ja/<slug> next to /ja/episodes).
 */
export function slugField(options: { from?: string; reserved?: readonly string[] } = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: { ja: 'スラッグ(URL)', en: 'Slug (URL)' },
    required: true,
    unique: true,
    index: true,
    validate: validateSlug(options.reserved ?? []),
    hooks: {
      beforeValidate: [makeSlug(options.from ?? 'title')],
      beforeChange: [refuseUnusableSlug(options.reserved ?? [])],
    },
    admin: {
      position: 'sidebar',
      description: {
        ja: '両言語で共通。空欄なら英語のタイトルから作られます。',
        en: 'Shared by both languages. Left empty, it is made from the English title.',
      },
    },
  }
}
