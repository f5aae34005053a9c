/** The words beside a desk item, in the admin's language (lib/i18n/admin-translations.ts, `column:desk…`). */
import { roleLabels } from '@/access/roles'
import { localeNames } from '@/fields/translation-status'
import { formatDate } from '@/lib/dates'
import type { DeskNote } from '@/lib/editors-desk/types'
import type { Locale } from '@/lib/i18n/locales'

export type Translate = (key: string, values?: Record<string, unknown>) => string

export function noteText(note: DeskNote, t: Translate, language: Locale): string {
  const localeName = (locale: Locale) => localeNames[locale][language]
  switch (note.kind) {
    case 'locales':
      return note.locales.map(localeName).join(language === 'ja' ? '・' : ', ')
    case 'scheduled':
      return t(note.action === 'publish' ? 'column:deskScheduledPublish' : 'column:deskScheduledUnpublish', {
        locale: note.locale ? localeName(note.locale) : t('column:deskAllLocales'),
      })
    case 'overdue':
      return t('column:deskOverdue')
    case 'translation':
      return t(note.state === 'missing' ? 'column:deskTranslationMissing' : 'column:deskTranslationIncomplete', {
        locale: localeName(note.locale),
      })
    case 'findings':
      return t('column:deskFindings', { locale: localeName(note.locale), count: note.errors })
    case 'missing':
      return t('column:deskMissingPart', { locale: localeName(note.locale), part: t(`column:deskPart_${note.part}`) })
    case 'role':
      return roleLabels[note.role]?.[language] ?? note.role
    case 'until':
      return note.at ? t('column:deskUntil', { date: formatDate(note.at, language) }) : t('column:deskNoEnd')
  }
}
