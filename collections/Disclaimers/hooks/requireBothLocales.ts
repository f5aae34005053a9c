/**
 * Every page in every locale shows the site disclaimer, so a published site disclaimer must have
 * its text in every locale: otherwise one language would silently show the other's.
 */
import { ValidationError, type CollectionAfterChangeHook } from 'payload'

import { locales } from '@/lib/i18n/locales'
import { findInLocale } from '@/lib/payload/find-in-locale'

export const requireBothLocalesWhenPublished: CollectionAfterChangeHook = async ({ doc, req, collection }) => {
  if (doc.kind !== 'site' || doc._status !== 'published') return doc
  const withLocales = await findInLocale(req, { collection: 'disclaimers', id: doc.id, locale: 'all', draft: false })
  if (withLocales._status !== 'published') return doc
  const text = (withLocales.text ?? {}) as unknown as Record<string, unknown>
  const missing = locales.filter((locale) => !text[locale])
  if (missing.length > 0) {
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: missing.map((locale) => ({ path: 'text', message: `${req.t('validation:required')} (${locale})` })),
      },
      req.t,
    )
  }
  return doc
}
