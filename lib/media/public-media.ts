/**
 * Which uploaded files readers may fetch: those that published content uses. An editor uploads
 * the audio of an episode weeks before it is published; until then the file, its alternative text
 * and its name belong to the draft and must not be listed at /api/media or served to anyone who
 * is not signed in (decided in issue 13; docs/security.md says why).
 *
 * The answer is kept on each media document (`usedByPublishedContent`) so that the read rule is a
 * plain `where` that every door (REST, GraphQL, the file route, relation population) applies. It
 * is kept true for every file a published document uses (upload fields and images inside rich text,
 * in every locale): a change to one document marks what its published content uses, and when it
 * stopped using a file, every flag is recomputed from every published document, so that a file
 * another document still uses stays public and none is left public by mistake.
 */
import type { Field, Payload, PayloadRequest, Where } from 'payload'

import { relationId } from '@/lib/payload/relation-id'

export const mediaCollection = 'media'
export const publicMediaField = 'usedByPublishedContent'

type Value = unknown

/** Upload nodes in a Lexical tree (images placed in the text). */
function mediaInRichText(node: Value, found: Set<number | string>) {
  if (!node || typeof node !== 'object') return
  if (Array.isArray(node)) {
    for (const child of node) mediaInRichText(child, found)
    return
  }
  const record = node as Record<string, unknown>
  if (record.type === 'upload' && record.relationTo === mediaCollection) {
    const id = relationId(record.value)
    if (id !== undefined) found.add(id)
  }
  for (const key of ['root', 'children', 'fields']) if (key in record) mediaInRichText(record[key], found)
}

/** Every media id a document's value holds, following its field definitions. */
export function mediaIn(fields: Field[], data: Value, found = new Set<number | string>()): Set<number | string> {
  if (!data || typeof data !== 'object') return found
  const record = data as Record<string, Value>
  for (const field of fields) {
    switch (field.type) {
      case 'upload':
        if (field.relationTo === mediaCollection) {
          const values = Array.isArray(record[field.name]) ? (record[field.name] as Value[]) : [record[field.name]]
          for (const value of values) {
            const id = relationId(value)
            if (id !== undefined) found.add(id)
          }
        }
        break
      case 'richText':
        mediaInRichText(record[field.name], found)
        break
      case 'group':
        if ('name' in field && field.name) mediaIn(field.fields, record[field.name], found)
        else mediaIn(field.fields, record, found)
        break
      case 'row':
      case 'collapsible':
        mediaIn(field.fields, record, found)
        break
      case 'tabs':
        for (const tab of field.tabs) mediaIn(tab.fields, 'name' in tab && tab.name ? record[tab.name] : record, found)
        break
      case 'array':
        for (const row of (record[field.name] as Value[] | undefined) ?? []) mediaIn(field.fields, row, found)
        break
      case 'blocks':
        for (const row of (record[field.name] as { blockType?: string }[] | undefined) ?? []) {
          const block = field.blocks.find((candidate) => candidate.slug === row?.blockType)
          if (block) mediaIn(block.fields, row, found)
        }
        break
      default:
        break
    }
  }
  return found
}

/** Whether a field list can hold media at all (an upload field to media, or rich text). */
export function canHoldMedia(fields: Field[]): boolean {
  return fields.some((field) => {
    if (field.type === 'upload') return field.relationTo === mediaCollection
    if (field.type === 'richText') return true
    if (field.type === 'tabs') return field.tabs.some((tab) => canHoldMedia(tab.fields))
    if (field.type === 'blocks') return field.blocks.some((block) => canHoldMedia(block.fields))
    return 'fields' in field && Array.isArray(field.fields) ? canHoldMedia(field.fields) : false
  })
}

/** The top-level keys of a document that can hold media: only those are read from the database. */
function mediaKeys(fields: Field[]): string[] {
  return fields.flatMap((field) => {
    if (!canHoldMedia([field])) return []
    if (field.type === 'row' || field.type === 'collapsible') return mediaKeys(field.fields)
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [tab.name] : mediaKeys(tab.fields)))
    if (field.type === 'group' && !('name' in field && field.name)) return mediaKeys(field.fields)
    return 'name' in field && field.name ? [field.name] : []
  })
}

/** Which published documents to read: every one of every collection that can hold media, or fewer. */
interface Scope {
  /** A migration's collections: those whose tables exist at its point in history. */
  collections?: readonly string[]
  /** One document only (the one a change touched). */
  document?: { collection: string; id: number | string }
}

/** Media ids used by published documents in `scope`, in any locale. */
async function mediaUsedByPublishedContent(
  payload: Payload,
  req: PayloadRequest | undefined,
  scope: Scope = {},
): Promise<Set<number | string>> {
  // Payload's Local API sets the locale it is given on the request it is given: put back the
  // request's own, or the change this runs inside would go on in the last locale read here.
  const requestLocale = req && { locale: req.locale, fallbackLocale: req.fallbackLocale }
  try {
    return await readMediaUsedByPublishedContent(payload, req, scope)
  } finally {
    if (req && requestLocale) Object.assign(req, requestLocale)
  }
}

async function readMediaUsedByPublishedContent(
  payload: Payload,
  req: PayloadRequest | undefined,
  scope: Scope,
): Promise<Set<number | string>> {
  const used = new Set<number | string>()
  const locales = payload.config.localization ? payload.config.localization.localeCodes : [undefined]
  for (const { config } of Object.values(payload.collections)) {
    if (config.slug === mediaCollection || !canHoldMedia(config.fields)) continue
    if (scope.collections && !scope.collections.includes(config.slug)) continue
    if (scope.document && scope.document.collection !== config.slug) continue
    const conditions: Where[] = [
      ...(config.versions?.drafts ? [{ _status: { equals: 'published' } }] : []),
      ...(scope.document ? [{ id: { equals: scope.document.id } }] : []),
    ]
    const select = Object.fromEntries(mediaKeys(config.fields).map((key) => [key, true]))
    for (const locale of locales) {
      const { docs } = await payload.find({
        collection: config.slug,
        where: conditions.length ? { and: conditions } : undefined,
        locale: locale as 'ja' | undefined,
        fallbackLocale: false,
        draft: false,
        depth: 0,
        pagination: false,
        select,
        overrideAccess: true,
        req,
      })
      for (const doc of docs) mediaIn(config.fields, doc, used)
    }
  }
  return used
}

/** Media ids any published document uses, in any locale: what the flags must say. */
export function mediaUsedByAnyPublishedContent(payload: Payload): Promise<Set<number | string>> {
  return mediaUsedByPublishedContent(payload, undefined)
}

/** Media ids the published content of one document uses, in any locale (none when it is not published). */
export function mediaUsedByPublishedDocument(
  payload: Payload,
  req: PayloadRequest | undefined,
  collection: string,
  id: number | string,
): Promise<Set<number | string>> {
  return mediaUsedByPublishedContent(payload, req, { document: { collection, id } })
}

/**
 * After a change to one document, given what its published content used before: every file it
 * uses now is marked public. A file it used and no longer does may still be used by another
 * published document, which only reading all of them can tell: then every flag is recomputed
 * (recomputePublicMedia). A publish, the common change, so reads one document instead of the
 * whole catalogue (at 1,000 episodes the full read took a second of every publish).
 */
export async function updatePublicMediaAfterChange(
  payload: Payload,
  req: PayloadRequest,
  collection: string,
  id: number | string,
  usedBefore: ReadonlySet<number | string>,
): Promise<void> {
  if (!payload.collections[mediaCollection]) return
  const usedNow = await mediaUsedByPublishedDocument(payload, req, collection, id)
  if ([...usedBefore].some((media) => !usedNow.has(media))) {
    await recomputePublicMedia(payload, req)
    return
  }
  if (usedNow.size === 0) return
  await payload.db.updateMany({
    collection: mediaCollection,
    where: { and: [{ id: { in: [...usedNow] } }, { [publicMediaField]: { not_equals: true } }] },
    data: { [publicMediaField]: true },
    req,
    returning: false,
  })
}

/**
 * Sets `usedByPublishedContent` on every media document; inside `req`'s transaction when given.
 * `onlyCollections`: for a migration, the collections whose tables exist at its point in history
 * (a collection added later has no tables yet when an earlier migration runs).
 */
export async function recomputePublicMedia(
  payload: Payload,
  req?: PayloadRequest,
  onlyCollections?: readonly string[],
): Promise<void> {
  if (!payload.collections[mediaCollection]) return
  const used = [...(await mediaUsedByPublishedContent(payload, req, { collections: onlyCollections }))]
  const set = (where: Where, value: boolean) =>
    payload.db.updateMany({
      collection: mediaCollection,
      where,
      data: { [publicMediaField]: value },
      req,
      returning: false,
    })
  if (used.length > 0) {
    await set({ id: { in: used } }, true)
    await set({ and: [{ id: { not_in: used } }, { [publicMediaField]: { equals: true } }] }, false)
  } else {
    await set({ [publicMediaField]: { equals: true } }, false)
  }
}
