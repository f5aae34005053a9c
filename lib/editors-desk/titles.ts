/**
 * The titles of some documents of one collection, in the admin's language, of those this person
 * may read (a document they may not read has none): by id, as a string.
 */
import type { CollectionSlug } from 'payload'

import { titleOf, type DeskReader } from './types'

export async function readableTitles(
  reader: DeskReader,
  collection: CollectionSlug,
  ids: (number | string)[],
): Promise<Map<string, string>> {
  const config = reader.payload.collections[collection]?.config
  if (!config || ids.length === 0) return new Map()
  const titleField = config.admin.useAsTitle ?? 'id'
  const { docs } = await reader.payload.find({
    collection,
    user: reader.user,
    overrideAccess: false,
    draft: true,
    locale: reader.language,
    depth: 0,
    pagination: false,
    select: { [titleField]: true },
    where: { id: { in: ids } },
  })
  return new Map(
    (docs as unknown as { id: number | string; [field: string]: unknown }[]).map((doc) => [
      String(doc.id),
      titleOf(doc[titleField], doc.id),
    ]),
  )
}
