/**
 * Payload hooks that revalidate the reader site's cache when published content changes, and
 * only then: saving a draft or an autosave leaves the public pages as they are (lib/draft-saves.ts).
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { isDraftSave, noteDraftSave } from '@/lib/draft-saves'

import { revalidateTags } from '@/lib/cache/revalidate'

/** What the hooks read of a document; collections' own types have more. */
type ChangedDoc = { _status?: string | null; slug?: string | null }

/** The tags a change to this document touches; `previous` is the document before the change. */
export type TagsOfChange = (doc: ChangedDoc, previous: ChangedDoc | undefined) => string[]

const isPublic = (doc: ChangedDoc | undefined) => doc !== undefined && doc._status !== 'draft'

/**
 * The hooks for one collection, to list in its config: `beforeOperation: [noteDraftSave]`,
 * `afterChange: [afterChange]` (first, before hooks that save other documents with the same
 * request) and `afterDelete: [afterDelete]`. Changes to documents that were and are
 * unpublished revalidate nothing either.
 */
export function revalidationHooks(tagsOf: TagsOfChange) {
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
    const previous = previousDoc && Object.keys(previousDoc).length > 0 ? previousDoc : undefined
    if (isDraftSave(req)) return doc
    if (!isPublic(doc) && !isPublic(previous)) return doc
    await revalidateTags(tagsOf(doc, previous))
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc }) => {
    await revalidateTags(tagsOf(doc, undefined))
    return doc
  }
  return { noteDraftSave, afterChange, afterDelete }
}

/** Tags for a document reached by slug: its own, under its old slug too when that changed. */
export function slugTags(tagOf: (slug: string) => string, doc: ChangedDoc, previous?: ChangedDoc): string[] {
  return [doc.slug, previous?.slug].filter((slug): slug is string => typeof slug === 'string' && slug !== '').map(tagOf)
}
