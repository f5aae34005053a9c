/**
 * Uploaded files become public with the content that uses them (lib/media/public-media.ts).
 * Adds the `usedByPublishedContent` flag to Media, read-only in the admin's sidebar so editors
 * see why a file is not public yet, and recomputes it after every change that can alter what is
 * published: a publish, an unpublish or a delete in any collection that can hold media. Draft
 * saves and autosaves change nothing public and recompute nothing.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Field, Plugin } from 'payload'

import { isStaffField } from '@/access/roles'
import { isDraftSave, noteDraftSave } from '@/lib/draft-saves'
import { canHoldMedia, mediaCollection, publicMediaField, recomputePublicMedia } from '@/lib/media/public-media'

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

const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (isDraftSave(req)) return doc
  const wasOrIsPublished = doc?._status !== 'draft' || (previousDoc && previousDoc._status !== 'draft')
  if (wasOrIsPublished) await recomputePublicMedia(req.payload, req)
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
