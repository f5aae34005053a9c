/**
 * Revalidates cache tags after published content changed. Inside a Next.js request (a save in
 * the admin or through the REST API) Next's `revalidateTag` does it, through the cache handler,
 * in the shared store. Payload's jobs (scheduled publishing) run outside any request, where Next
 * refuses revalidation (payload#16392): they write to the same store directly
 * (lib/cache/shared-store.ts), which every instance reads, with no request to any address.
 */
import { revalidateTag } from 'next/cache'

import { insideNextServer } from '@/lib/env'
import { forgetPublishedPageSlugs } from '@/lib/pages/published-slugs'

import { sharedCacheStore } from './shared-store'
import { cacheTags } from './tags'

/** A job's change commits after its hooks return: revalidating before that could cache the old content again. */
const JOB_REVALIDATION_DELAY_MS = 500

function outsideRequest(error: unknown): boolean {
  return error instanceof Error && error.message.includes('static generation store missing')
}

export async function revalidateTags(tags: string[]): Promise<void> {
  const unique = [...new Set(tags)]
  if (unique.length === 0) return
  // The proxy's own list of published page slugs (lib/pages/published-slugs.ts) is no Next cache.
  if (unique.includes(cacheTags.pages)) forgetPublishedPageSlugs()
  // Scripts and tests run without Next.js: there is no page cache to clear.
  if (!insideNextServer()) return
  try {
    // `expire: 0`: the next request gets fresh content, not a stale page while it rebuilds.
    for (const tag of unique) revalidateTag(tag, { expire: 0 })
  } catch (error) {
    if (!outsideRequest(error)) throw error
    setTimeout(() => {
      if (unique.includes(cacheTags.pages)) forgetPublishedPageSlugs()
      sharedCacheStore()
        .revalidateTags(unique)
        .catch((failure: Error) => console.error(`Could not revalidate ${unique.join(', ')}: ${failure.message}`))
    }, JOB_REVALIDATION_DELAY_MS).unref()
  }
}
