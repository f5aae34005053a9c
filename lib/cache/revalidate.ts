/**
 * Revalidates cache tags after published content changed. Inside a Next.js request (a save in
 * the admin or through the REST API) Next's `revalidateTag` does it, through the cache handler,
 * in the shared store. Payload's jobs (scheduled publishing) run outside any request, where Next
 * refuses revalidation (payload#16392): they write to the same store directly
 * (lib/cache/shared-store.ts), which every instance reads, with no request to any address, once
 * their transactions have committed.
 */
import { revalidateTag } from 'next/cache'

import { insideNextServer } from '@/lib/env'
import { forgetPublishedPageSlugs } from '@/lib/pages/published-slugs'

import { sharedCacheStore } from './shared-store'
import { cacheTags } from './tags'

/**
 * A job's change commits after its hooks return, and a page rebuilt before that would cache the
 * old content again. So a job's revalidations wait: the job runner applies them once its run has
 * ended, every job's transaction committed (flushJobRevalidations, lib/server/job-runner.ts); a
 * job run some other way gets them after this delay.
 */
const JOB_REVALIDATION_FALLBACK_MS = 2000

const pendingKey = Symbol.for('the-column.pending-job-revalidations')
const pending: Set<string> = ((globalThis as Record<symbol, unknown>)[pendingKey] ??= new Set<string>()) as Set<string>

function outsideRequest(error: unknown): boolean {
  return error instanceof Error && error.message.includes('static generation store missing')
}

/** Applies the revalidations jobs asked for, in the cache store every instance reads. */
export async function flushJobRevalidations(): Promise<void> {
  if (pending.size === 0) return
  const tags = [...pending]
  pending.clear()
  if (tags.includes(cacheTags.pages)) forgetPublishedPageSlugs()
  await sharedCacheStore().revalidateTags(tags)
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
    for (const tag of unique) pending.add(tag)
    setTimeout(() => {
      flushJobRevalidations().catch((failure: Error) =>
        console.error(`Could not revalidate ${unique.join(', ')}: ${failure.message}`),
      )
    }, JOB_REVALIDATION_FALLBACK_MS).unref()
  }
}
