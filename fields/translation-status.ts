/**
 * How far each locale of a document is written, judged by the rules publishing applies: a locale
 * is complete when every required localized field passes its own validation (the same function
 * Payload runs on publish, so a Lexical body needs actual text), missing when none does, and
 * incomplete in between. Stored per locale in a non-localized group rather than read from
 * `_status`, which cannot tell: publishing all locales marks even an empty one published
 * (payload#14672).
 */
import { getTranslation } from '@payloadcms/translations'
import type {
  FlattenedField,
  GroupField,
  Operation,
  PayloadRequest,
  SanitizedCollectionConfig,
  SelectField,
} from 'payload'

import { isStaffField } from '@/access/roles'
import { locales, type Locale } from '@/lib/i18n/locales'

export const translationStates = ['complete', 'incomplete', 'missing'] as const
export type TranslationState = (typeof translationStates)[number]

const stateLabels: Record<TranslationState, { ja: string; en: string }> = {
  complete: { ja: '完成', en: 'Complete' },
  incomplete: { ja: '入力途中', en: 'Incomplete' },
  missing: { ja: '未入力', en: 'Missing' },
}

export const localeNames: Record<Locale, { ja: string; en: string }> = {
  ja: { ja: '日本語', en: 'Japanese' },
  en: { ja: '英語', en: 'English' },
}

/** Read-only in the admin: computed on every save (collections/Episodes/hooks/trackTranslationStatus.ts). */
export function translationStatusField(): GroupField {
  return {
    name: 'translationStatus',
    type: 'group',
    label: { ja: '翻訳の状況', en: 'Translation status' },
    // Editorial workflow, like the review dates: for staff, not for readers.
    access: { read: isStaffField },
    admin: {
      position: 'sidebar',
      description: {
        ja: '公開に必要な項目が各言語でそろっているか。保存のたびに更新されます。',
        en: 'Whether each language has every field publishing requires. Updated on every save.',
      },
    },
    fields: locales.map((locale): SelectField => ({
      name: locale,
      type: 'select',
      label: localeNames[locale],
      options: translationStates.map((state) => ({ value: state, label: stateLabels[state] })),
      admin: { readOnly: true },
    })),
  }
}

interface RequiredLocalizedField {
  field: FlattenedField
  path: string[]
}

/** The fields publishing requires per locale: required and localized, inside groups too. */
function requiredLocalizedFields(fields: FlattenedField[], parentPath: string[] = [], parentLocalized = false) {
  return fields.flatMap((field): RequiredLocalizedField[] => {
    const path = [...parentPath, field.name]
    const localized = parentLocalized || Boolean('localized' in field && field.localized)
    if (field.type === 'group' || field.type === 'tab') {
      return requiredLocalizedFields(field.flattenedFields, path, localized)
    }
    return 'required' in field && field.required && localized ? [{ field, path }] : []
  })
}

function valueAt(source: Record<string, unknown> | undefined, path: string[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], source)
}

type FieldValidate = (value: unknown, options: Record<string, unknown>) => Promise<string | true> | string | true

export interface LocaleTranslation {
  state: TranslationState
  /** Labels (in the request's language) of the required fields that are not filled in. */
  unfilled: string[]
}

/**
 * The state of one locale of a document, from its values in that locale: `changes` (what is being
 * saved) over `stored` (the document as it was), both without fallback to another locale.
 */
export async function translationOf(args: {
  collection: SanitizedCollectionConfig
  changes?: Record<string, unknown>
  stored?: Record<string, unknown>
  operation: Operation
  req: PayloadRequest
}): Promise<LocaleTranslation> {
  const { collection, changes, stored, operation, req } = args
  const data = { ...stored, ...changes }
  const required = requiredLocalizedFields(collection.flattenedFields)
  const unfilled: string[] = []
  let checked = 0
  for (const { field, path } of required) {
    const changed = valueAt(changes, path)
    const value = changed !== undefined ? changed : valueAt(stored, path)
    const siblingData = (valueAt(data, path.slice(0, -1)) ?? {}) as Record<string, unknown>
    // Payload skips validation of a field whose condition hides it; so do we.
    const shown =
      field.admin?.condition?.(data, siblingData, { blockData: {}, operation, path, user: req.user }) ?? true
    const validate = 'validate' in field ? (field.validate as FieldValidate | undefined) : undefined
    if (!shown || !validate) continue
    checked++
    const result = await validate(value, {
      ...field,
      id: stored?.id,
      collectionSlug: collection.slug,
      data,
      siblingData,
      event: 'submit',
      operation,
      path,
      preferences: { fields: {} },
      req,
    })
    if (result !== true) unfilled.push(getTranslation(field.label || field.name, req.i18n))
  }
  const state = unfilled.length === 0 ? 'complete' : unfilled.length === checked ? 'missing' : 'incomplete'
  return { state, unfilled }
}
