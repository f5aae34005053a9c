/**
 * Drafts on the editors' desk: documents whose newest version is an unpublished draft in some
 * locale (new, or edits made after publishing). With per-locale status a locale nobody has written
 * in yet also reads as `draft`; it is not one: a locale counts only when its title is written
 * (read without fallback). "My drafts" are those I saved last (plugins/last-edited-by.ts).
 */
import type { Where } from 'payload'

import { locales, type Locale } from '@/lib/i18n/locales'

import { DESK_LIST_LIMIT, titleOf, type DeskItem, type DeskReader } from './types'

/** The collections with per-locale drafts and `lastEditedBy`. */
const draftCollections = ['episodes', 'pages'] as const

interface DraftRow {
  collection: string
  id: number
  locale: Locale
  title: string | null | undefined
  updatedAt: string
}

async function draftsIn(
  reader: DeskReader,
  collection: (typeof draftCollections)[number],
  locale: Locale,
  where?: Where,
) {
  const { payload, user } = reader
  const { docs } = await payload.find({
    collection,
    user,
    overrideAccess: false,
    draft: true,
    locale,
    fallbackLocale: false,
    depth: 0,
    limit: DESK_LIST_LIMIT,
    sort: '-updatedAt',
    select: { title: true, updatedAt: true, lastEditedBy: true },
    where: { and: [{ _status: { equals: 'draft' } }, { title: { exists: true } }, ...(where ? [where] : [])] },
  })
  return docs
    .filter((doc) => typeof doc.title === 'string' && doc.title.trim() !== '')
    .map((doc): DraftRow => ({ collection, id: doc.id, locale, title: doc.title, updatedAt: doc.updatedAt }))
}

/** One item per document, with the locales it has drafts in, newest first. */
function byDocument(rows: DraftRow[], language: Locale): DeskItem[] {
  const documents = new Map<string, { rows: DraftRow[] }>()
  for (const row of rows) {
    const key = `${row.collection}/${row.id}`
    const entry = documents.get(key) ?? { rows: [] }
    entry.rows.push(row)
    documents.set(key, entry)
  }
  return [...documents.values()]
    .map(({ rows: its }): DeskItem => {
      const shown = its.find((row) => row.locale === language) ?? its[0]!
      return {
        collection: shown.collection,
        id: shown.id,
        title: titleOf(shown.title, shown.id),
        at: shown.updatedAt,
        notes: [{ kind: 'locales', locales: locales.filter((locale) => its.some((row) => row.locale === locale)) }],
      }
    })
    .sort((a, b) => String(b.at).localeCompare(String(a.at)))
    .slice(0, DESK_LIST_LIMIT)
}

async function drafts(reader: DeskReader, where?: Where): Promise<DeskItem[]> {
  const rows = await Promise.all(
    draftCollections.flatMap((collection) => locales.map((locale) => draftsIn(reader, collection, locale, where))),
  )
  return byDocument(rows.flat(), reader.language)
}

/** The drafts this person saved last. */
export function listMyDrafts(reader: DeskReader): Promise<DeskItem[]> {
  return drafts(reader, { lastEditedBy: { equals: reader.user.id } })
}

/** Every draft, the most recently saved first. */
export function listRecentDrafts(reader: DeskReader): Promise<DeskItem[]> {
  return drafts(reader)
}
