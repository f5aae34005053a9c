/**
 * Publishing validates only the locale being edited, but it can publish the others too: the
 * admin's main Publish button sends `publishAllLocales` (payload#14672). An English translation
 * published empty would then show the Japanese text through fallback. So after a publish, every
 * other published locale must meet the publish requirements too, or the whole save is refused and
 * rolled back, naming the locale and its unfilled fields ("Publish in 日本語" remains available).
 */
import { getTranslation } from '@payloadcms/translations'
import { ValidationError, type CollectionAfterChangeHook } from 'payload'

import { localeNames, translationOf } from '@/fields/translation-status'
import { locales } from '@/lib/i18n/locales'
import { findInLocale } from '@/lib/payload/find-in-locale'
import { translate } from '@/lib/payload/validation-error'

export const refuseIncompleteLocalesOnPublish: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  if (doc._status !== 'published') return doc
  for (const locale of locales) {
    // The locale being edited went through Payload's own publish validation.
    if (locale === req.locale) continue
    const stored = await findInLocale(req, { collection: collection.slug, id: doc.id, locale, draft: false })
    if (stored._status !== 'published') continue
    const { unfilled } = await translationOf({ collection, stored, operation, req })
    if (unfilled.length === 0) continue
    const message = translate(req, 'column:translationIncomplete', {
      locale: getTranslation(localeNames[locale], req.i18n),
      fields: new Intl.ListFormat(req.i18n.language, { type: 'conjunction' }).format(unfilled),
    })
    const errors = [{ path: `translationStatus.${locale}`, message }]
    throw new ValidationError({ collection: collection.slug, errors }, req.t)
  }
  return doc
}
