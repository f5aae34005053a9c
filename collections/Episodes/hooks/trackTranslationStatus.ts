/**
 * Keeps `translationStatus` current on every save, drafts and autosaves included. The locale being
 * saved is judged from what is saved over what was stored; the other locales keep their stored
 * state, since nothing of theirs changed. What a client sends for the field is ignored.
 */
import type { CollectionBeforeChangeHook } from 'payload'

import { translationOf } from '@/fields/translation-status'
import { isLocale, locales, type Locale } from '@/lib/i18n/locales'
import { findInLocale } from '@/lib/payload/find-in-locale'
import type { Episode } from '@/payload-types'

type TranslationStatus = NonNullable<Episode['translationStatus']>

/** A document saved before the field existed has no state for a locale yet: judge what is stored. */
async function storedState(
  locale: Locale,
  id: number | string,
  { collection, operation, req }: Pick<Parameters<CollectionBeforeChangeHook>[0], 'collection' | 'operation' | 'req'>,
) {
  const stored = await findInLocale(req, { collection: collection.slug, id, locale, draft: true })
  return (await translationOf({ collection, stored, operation, req })).state
}

export const trackTranslationStatus: CollectionBeforeChangeHook = async (args) => {
  const { collection, data, originalDoc, operation, req } = args
  const { translationStatus: _submitted, ...changes } = data
  // A save of every locale at once (locale `all`) leaves the stored states as they are.
  if (!req.locale || !isLocale(req.locale)) return changes
  const stored = (originalDoc?.translationStatus ?? {}) as TranslationStatus
  const translationStatus: TranslationStatus = {}
  for (const locale of locales) {
    if (locale === req.locale) {
      translationStatus[locale] = (
        await translationOf({ collection, changes, stored: originalDoc, operation, req })
      ).state
    } else if (!originalDoc?.id) {
      translationStatus[locale] = 'missing'
    } else {
      translationStatus[locale] = stored[locale] ?? (await storedState(locale, originalDoc.id, args))
    }
  }
  return { ...changes, translationStatus }
}
