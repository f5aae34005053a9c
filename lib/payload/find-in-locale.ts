import type { CollectionSlug, DataFromCollectionSlug, PayloadRequest, TypedLocale } from 'payload'

/** What a hook written for any collection knows of a document it reads. */
export type StoredDocument = Record<string, unknown> & { id: number | string; _status?: 'draft' | 'published' | null }

/** The collection's own document type for one slug; a plain record for a slug known only at run time. */
type Found<TSlug extends CollectionSlug> = CollectionSlug extends TSlug ? StoredDocument : DataFromCollectionSlug<TSlug>

/**
 * A document as stored in one locale (or in `all`), read from inside a hook: with the hook's `req`,
 * so inside its transaction, at depth 0, with access overridden and without fallback to another
 * locale. `draft` reads the newest draft instead of the published document.
 *
 * A Local API call that is given both `req` and a `locale` writes that locale onto `req`, so
 * everything after it in the same request (validation, the response) would run in the wrong
 * locale: the request's own locale is put back.
 */
export async function findInLocale<TSlug extends CollectionSlug>(
  req: PayloadRequest,
  {
    collection,
    id,
    locale,
    draft,
  }: { collection: TSlug; id: number | string; locale: TypedLocale | 'all'; draft: boolean },
): Promise<Found<TSlug>> {
  const { locale: requestLocale, fallbackLocale } = req
  try {
    const found = await req.payload.findByID({
      collection,
      id,
      locale,
      fallbackLocale: false,
      draft,
      depth: 0,
      overrideAccess: true,
      req,
    })
    // Payload types the document by its slug; for a slug known only at run time, as the record it is.
    return found as Found<TSlug>
  } finally {
    req.locale = requestLocale
    req.fallbackLocale = fallbackLocale
  }
}
