/**
 * The shapes of the dashboard's desks (components/admin/desk/): lists of documents, each item a
 * link to the document in the admin with what the list says about it. Dates are ISO strings and
 * locales codes: the component words and formats them in the admin's language, in Japan time.
 */
import type { Payload, TypedUser } from 'payload'

import type { Role } from '@/access/roles'
import type { TranslationState } from '@/fields/translation-status'
import type { Locale } from '@/lib/i18n/locales'

/** Who reads the desk, and when: every query runs as this user (`overrideAccess: false`). */
export interface DeskReader {
  payload: Payload
  user: TypedUser
  now: Date
  /** The admin's language, for document titles. */
  language: Locale
}

/** The glossary fields a term needs in each locale (the reading in Japanese only: it is not localized). */
export type GlossaryTermPart = 'term' | 'reading' | 'shortDefinition' | 'explanation'

/** What a list says about one document beside its title. */
export type DeskNote =
  | { kind: 'locales'; locales: Locale[] }
  | { kind: 'scheduled'; action: 'publish' | 'unpublish'; locale: Locale | null }
  | { kind: 'overdue' }
  | { kind: 'translation'; locale: Locale; state: Exclude<TranslationState, 'complete'> }
  | { kind: 'findings'; locale: Locale; errors: number }
  | { kind: 'missing'; locale: Locale; part: GlossaryTermPart }
  | { kind: 'role'; role: Role }
  | { kind: 'until'; at: string | null }

export interface DeskItem {
  /** The collection the document is in: the link opens /admin/collections/<collection>/<id>. */
  collection: string
  id: number | string
  title: string
  /** The moment the list is about (saved, scheduled, due, received, active from). */
  at?: string | null
  notes: DeskNote[]
}

export type DeskListName =
  | 'myDrafts'
  | 'recentDrafts'
  | 'scheduled'
  | 'reviewsDue'
  | 'translationsMissing'
  | 'claimsToReview'
  | 'termsIncomplete'
  | 'termsUnlinked'
  | 'termsChanged'
  | 'users'
  | 'siteDisclaimer'
  | 'newInquiries'

export interface DeskList {
  name: DeskListName
  items: DeskItem[]
  /** Whether `at` is shown as a date or as a date and time. */
  show: 'date' | 'dateTime'
}

export type DeskSectionName = 'editing' | 'glossary' | 'administration' | 'consultation'

export interface DeskSection {
  name: DeskSectionName
  lists: DeskList[]
}

/** How many documents a list shows at most; the collection's own list view has the rest. */
export const DESK_LIST_LIMIT = 10

/** A document's title in the admin's language, or its id when it has none yet. */
export function titleOf(value: unknown, id: number | string): string {
  return typeof value === 'string' && value.trim() ? value : `#${id}`
}
