import type { CollectionBeforeOperationHook, Field } from 'payload'

import { defaultLocale } from '@/lib/i18n/locales'
import { findInLocale } from '@/lib/payload/find-in-locale'

type Data = Record<string, unknown>

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

/** Named, non-localized fields, looking through rows; groups are returned with their own fields. */
function sharedFields(fields: Field[]): Field[] {
  return fields.flatMap((field) => {
    if (field.type === 'row') return sharedFields(field.fields)
    if (!('name' in field) || ('localized' in field && field.localized)) return []
    return [field]
  })
}

/** A copy of `data` with its empty shared fields taken from `stored`; `data` is the caller's own object. */
function withStoredSharedFields(fields: Field[], data: Data, stored: Data): Data {
  const filled: Data = { ...data }
  for (const field of sharedFields(fields)) {
    if (!('name' in field)) continue
    const { name } = field
    if (field.type === 'group' && stored[name] && typeof stored[name] === 'object') {
      const group = data[name] && typeof data[name] === 'object' ? (data[name] as Data) : {}
      filled[name] = withStoredSharedFields(field.fields, group, stored[name] as Data)
    } else if (isEmpty(data[name]) && !isEmpty(stored[name])) {
      filled[name] = stored[name]
    }
  }
  return filled
}

/**
 * A translation's first save must not wipe the fields both languages share (slug, series,
 * number, media, dates...). With per-locale publishing (Payload's `localizeStatus`), a draft read
 * in a locale that has never been saved comes back with those fields empty, so the admin's
 * English form opens with them blank and its first autosave would send them empty: the slug
 * would be regenerated from the English title and the series and number lost. Here, in a save
 * of another locale, a shared field sent empty keeps the value the Japanese draft holds.
 */
export const keepSharedFieldsInTranslations: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const { id, data } = args as { id?: number | string; data?: Data }
  if (operation !== 'update' || id === undefined || !data || req.locale === defaultLocale) return args
  const stored = await findInLocale(req, { collection: collection.slug, id, locale: defaultLocale, draft: true })
  return { ...args, data: withStoredSharedFields(collection.fields, data, stored) }
}
