/**
 * Drafts reach only the people who may edit them, whatever a request asks for.
 *
 * Payload decides what a reader sees in two steps: the collection's read access (published only,
 * access/roles.ts) and then, when the request says `draft=true`, a swap of each document for its
 * newest draft version, filtered by that same access rule. With per-locale status the filter is
 * read per locale, so `?locale=all&draft=true` let an anonymous reader see the pending Japanese
 * edit of an episode whose English was published (the filter matched on English). Rather than
 * closing that one combination, this plugin makes `draft` mean nothing to anyone who may not read
 * the collection's versions: their reads always come from the published document.
 *
 * `locale=all` (or `*`) on a collection with per-locale status is refused for them too: Payload
 * filters a multi-locale read on any locale being published, so a document published in Japanese
 * would bring along an English translation that was unpublished. Readers ask for one language.
 */
import { APIError, type CollectionBeforeOperationHook, type CollectionConfig, type Plugin } from 'payload'

import { translate } from '@/lib/payload/validation-error'

/** A refused read: the caller's to fix, logged as information rather than as a server error. */
export class PublishedOnlyLocaleError extends APIError {
  constructor(message: string) {
    super(message, 400, undefined, true)
    this.name = 'PublishedOnlyLocaleError'
  }
}

const allLocales = new Set(['all', '*'])

const readsPublishedOnlyUnlessEditor: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'read' || overrideAccess) return args
  const mayReadDrafts = (await collection.access.readVersions?.({ req })) ?? false
  if (mayReadDrafts !== false) return args
  const localizeStatus =
    typeof collection.versions === 'object' && collection.versions.drafts
      ? Boolean(collection.versions.drafts.localizeStatus)
      : false
  if (localizeStatus && allLocales.has(req.locale ?? '')) {
    throw new PublishedOnlyLocaleError(translate(req, 'column:oneLocaleForReaders'))
  }
  return { ...args, draft: false }
}

const hasDrafts = (collection: CollectionConfig) =>
  typeof collection.versions === 'object' && Boolean(collection.versions.drafts)

/** Applies to every collection with drafts; the hook runs before the collection's own. */
export const draftsForEditorsOnly: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) =>
    hasDrafts(collection)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            beforeOperation: [readsPublishedOnlyUnlessEditor, ...(collection.hooks?.beforeOperation ?? [])],
          },
        }
      : collection,
  ),
})
