/**
 * Uploaded files become public with the content that uses them (lib/media/public-media.ts).
 * Adds the `usedByPublishedContent` flag to Media, read-only in the admin's sidebar so editors
 * see why a file is not public yet, and keeps it after every change that can alter what is
 * published: a publish, an unpublish or a delete in any collection that can hold media (what the
 * document used before a change is read in its beforeChange, lib/media/public-media.ts says how the
 * two are compared). Draft saves and autosaves change nothing public and update nothing.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  Field,
  Plugin,
} from 'payload'

import { isStaffField } from '@/access/roles'
import { isDraftSave, noteDraftSave } from '@/lib/draft-saves'
import {
  canHoldMedia,
  mediaCollection,
  mediaUsedByPublishedDocument,
  publicMediaField,
  recomputePublicMedia,
  updatePublicMediaAfterChange,
} from '@/lib/media/public-media'

const flag: Field = {
  name: publicMediaField,
  type: 'checkbox',
  label: { ja: '公開中のコンテンツで使用中', en: 'Used by published content' },
  defaultValue: false,
  index: true,
  // Set by recomputePublicMedia only.
  access: { read: isStaffField, create: () => false, update: () => false },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      ja: '公開中の回などで使われているファイルだけが、読者に公開されます。',
      en: 'Readers can fetch a file only once published content uses it.',
    },
  },
}

/** Where the files a document's published content used before a change wait for its afterChange. */
const usedBeforeKey = (collection: string, id: number | string) => `publicMedia:usedBefore:${collection}:${id}`

const beforeChange: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || isDraftSave(req) || originalDoc?.id === undefined) return data
  const usedBefore = await mediaUsedByPublishedDocument(req.payload, req, collection.slug, originalDoc.id)
  req.context[usedBeforeKey(collection.slug, originalDoc.id)] = usedBefore
  return data
}

// Not skipped when neither `doc` nor `previousDoc` says published: after a draft save,
// `previousDoc` is that draft, though the published version (and its files) was still live.
const afterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (isDraftSave(req)) return doc
  const key = usedBeforeKey(collection.slug, doc.id)
  const usedBefore = (req.context[key] as Set<number | string> | undefined) ?? new Set()
  delete req.context[key]
  await updatePublicMediaAfterChange(req.payload, req, collection.slug, doc.id, usedBefore)
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recomputePublicMedia(req.payload, req)
  return doc
}

function withRecompute(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), noteDraftSave],
      beforeChange: [...(collection.hooks?.beforeChange ?? []), beforeChange],
      afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
    },
  }
}

export const mediaFollowsPublication: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => {
    if (collection.slug === mediaCollection) return { ...collection, fields: [...collection.fields, flag] }
    return canHoldMedia(collection.fields) ? withRecompute(collection) : collection
  }),
})
