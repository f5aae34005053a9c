/**
 * Revalidates the reader site's cache when published content changes, and only then: saving a
 * draft or an autosave leaves the public pages as they are (lib/draft-saves.ts), and so do changes
 * to documents that were and are unpublished. Given, per collection and global, the cache tags
 * (lib/cache/tags.ts) a change makes stale.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  CollectionSlug,
  GlobalAfterChangeHook,
  GlobalConfig,
  GlobalSlug,
  Plugin,
} from 'payload'

import { revalidateTags } from '@/lib/cache/revalidate'
import { isDraftSave, noteDraftSave } from '@/lib/draft-saves'

/** What the hooks read of a document; collections' own types have more. */
type ChangedDoc = { _status?: string | null; slug?: string | null }

/** The tags a change to this document touches; `previous` is the document before the change. */
export type TagsOfChange = (doc: ChangedDoc, previous: ChangedDoc | undefined) => string[]

export interface CollectionRevalidation {
  tags: TagsOfChange
  /**
   * Revalidate before the collection's own afterChange hooks rather than after them: for hooks
   * that save other documents with the same request, whose own saves would overwrite the
   * request's draft-save mark.
   */
  beforeOwnHooks?: boolean
}

export interface CacheRevalidationOptions {
  collections: Partial<Record<CollectionSlug, TagsOfChange | CollectionRevalidation>>
  globals: Partial<Record<GlobalSlug, string[]>>
}

const isPublic = (doc: ChangedDoc | undefined) => doc !== undefined && doc._status !== 'draft'

function revalidationHooks(tagsOf: TagsOfChange) {
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
  return { afterChange, afterDelete }
}

/** Tags for a document reached by slug: its own, under its old slug too when that changed. */
export function slugTags(tagOf: (slug: string) => string, doc: ChangedDoc, previous?: ChangedDoc): string[] {
  return [doc.slug, previous?.slug].filter((slug): slug is string => typeof slug === 'string' && slug !== '').map(tagOf)
}

const hasDrafts = (collection: CollectionConfig) =>
  typeof collection.versions === 'object' && Boolean(collection.versions.drafts)

function revalidating(
  collection: CollectionConfig,
  revalidation: TagsOfChange | CollectionRevalidation,
): CollectionConfig {
  const { tags, beforeOwnHooks } = typeof revalidation === 'function' ? { tags: revalidation } : revalidation
  const { afterChange, afterDelete } = revalidationHooks(tags)
  const hooks = collection.hooks ?? {}
  const own = { beforeOperation: hooks.beforeOperation ?? [], afterChange: hooks.afterChange ?? [] }
  return {
    ...collection,
    hooks: {
      ...hooks,
      // Only a collection with drafts has draft saves to tell apart.
      beforeOperation: hasDrafts(collection) ? [...own.beforeOperation, noteDraftSave] : own.beforeOperation,
      afterChange: beforeOwnHooks ? [afterChange, ...own.afterChange] : [...own.afterChange, afterChange],
      afterDelete: [...(hooks.afterDelete ?? []), afterDelete],
    },
  }
}

function revalidatingGlobal(global: GlobalConfig, tags: string[]): GlobalConfig {
  const afterChange: GlobalAfterChangeHook = async ({ doc }) => {
    await revalidateTags(tags)
    return doc
  }
  return { ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), afterChange] } }
}

export function cacheRevalidation({ collections, globals }: CacheRevalidationOptions): Plugin {
  const ofCollection = new Map<string, TagsOfChange | CollectionRevalidation>(Object.entries(collections))
  const ofGlobal = new Map<string, string[]>(Object.entries(globals))
  return (config) => ({
    ...config,
    collections: config.collections?.map((collection) => {
      const revalidation = ofCollection.get(collection.slug)
      return revalidation ? revalidating(collection, revalidation) : collection
    }),
    globals: config.globals?.map((global) => {
      const tags = ofGlobal.get(global.slug)
      return tags ? revalidatingGlobal(global, tags) : global
    }),
  })
}
