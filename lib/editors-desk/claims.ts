/**
 * Documents with promises to review: the claims guard's findings stored at each save
 * (plugins/claims-guard/stored-findings.ts), per locale, with at least one error. Read from the
 * newest version, in the collections this person edits.
 */
import type { CollectionSlug } from 'payload'

import { locales, type Locale } from '@/lib/i18n/locales'

import { DESK_LIST_LIMIT, titleOf, type DeskItem, type DeskReader } from './types'

interface FindingRow {
  collection: CollectionSlug
  id: number | string
  locale: Locale
  errors: number
  title: unknown
  updatedAt: string
}

async function findingsIn(reader: DeskReader, collection: CollectionSlug, locale: Locale): Promise<FindingRow[]> {
  const titleField = reader.payload.collections[collection].config.admin.useAsTitle ?? 'id'
  const { docs } = await reader.payload.find({
    collection,
    user: reader.user,
    overrideAccess: false,
    draft: true,
    locale,
    depth: 0,
    limit: DESK_LIST_LIMIT,
    sort: '-updatedAt',
    where: { 'claimsReview.errors': { greater_than: 0 } },
  })
  return (docs as unknown as Record<string, unknown>[]).map((doc) => ({
    collection,
    id: doc.id as number,
    locale,
    errors: (doc.claimsReview as { errors?: number } | undefined)?.errors ?? 0,
    title: doc[titleField],
    updatedAt: doc.updatedAt as string,
  }))
}

/** The documents of these collections with error findings in some locale, the most recently saved first. */
export async function listClaimsToReview(reader: DeskReader, collections: CollectionSlug[]): Promise<DeskItem[]> {
  const rows = (
    await Promise.all(
      collections.flatMap((collection) => locales.map((locale) => findingsIn(reader, collection, locale))),
    )
  ).flat()
  const documents = new Map<string, DeskItem>()
  for (const row of rows) {
    const key = `${row.collection}/${row.id}`
    const item = documents.get(key) ?? {
      collection: row.collection,
      id: row.id,
      title: '',
      at: row.updatedAt,
      notes: [],
    }
    if (row.locale === reader.language || !item.title) item.title = titleOf(row.title, row.id)
    item.notes.push({ kind: 'findings', locale: row.locale, errors: row.errors })
    documents.set(key, item)
  }
  return [...documents.values()].sort((a, b) => String(b.at).localeCompare(String(a.at))).slice(0, DESK_LIST_LIMIT)
}
