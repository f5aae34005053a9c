/**
 * The admin's Preview button and Live Preview pane for a collection with reader pages: both open
 * the page through /[locale]/preview, so it shows the latest draft in the locale being edited.
 */
import type { CollectionAdminOptions } from 'payload'

import { defaultLocale, isLocale } from '@/lib/i18n/locales'

import { previewLink } from './preview-link'

type Doc = { slug?: unknown }

export function adminPreview(
  pathOf: (slug: string) => string,
): Pick<CollectionAdminOptions, 'preview' | 'livePreview'> {
  const url = (doc: Doc, locale: string | undefined) =>
    typeof doc.slug === 'string' && doc.slug
      ? previewLink(isLocale(locale ?? '') ? (locale as 'ja' | 'en') : defaultLocale, pathOf(doc.slug))
      : null
  return {
    preview: (doc, { locale }) => url(doc, locale),
    livePreview: { url: ({ data, locale }) => url(data, locale?.code) },
  }
}
