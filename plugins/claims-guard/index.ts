/**
 * The claims guard in the admin (issue: promises of efficacy or safety never get published).
 * Editors see findings while they write (components/admin/ClaimFindings.tsx asks the server:
 * ./endpoint.ts); each save stores the locale's findings on the document (./stored-findings.ts),
 * for the list view's "promises to review"; drafts always save; publishing with an `error`
 * finding is refused unless an admin has recorded an override with a reason. The override is part of the document, so it is kept in its version history,
 * and it covers exactly the findings it was given for: a new promise needs a new override.
 *
 * Adds the review fields after each listed collection's own fields, and its hooks after the
 * collection's own: the publish check reads what the collection's hooks made of the document.
 */
import type { CollectionConfig, CollectionSlug, Plugin } from 'payload'

import { claimsCheckEndpoint } from './endpoint'
import { claimsReviewFields } from './fields'
import { refuseUnreviewedClaims, stampClaimsOverride } from './hooks'
import { storeClaimsReview } from './stored-findings'

function guarded(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    fields: [...collection.fields, ...claimsReviewFields()],
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), stampClaimsOverride, storeClaimsReview],
      afterChange: [...(hooks.afterChange ?? []), refuseUnreviewedClaims],
    },
  }
}

export function claimsGuard({ collections }: { collections: CollectionSlug[] }): Plugin {
  const slugs = new Set<string>(collections)
  return (config) => ({
    ...config,
    endpoints: [...(config.endpoints ?? []), claimsCheckEndpoint(slugs)],
    collections: config.collections?.map((collection) =>
      slugs.has(collection.slug) ? guarded(collection) : collection,
    ),
  })
}
