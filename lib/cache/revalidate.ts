/**
 * Revalidates cache tags after published content changed. Inside a Next.js request (a save in
 * the admin or through the REST API) Next's `revalidateTag` does it at the end of the request.
 * Payload's jobs (scheduled publishing) run outside any request, where Next refuses
 * revalidation (payload#16392), so they ask the app's own /api/revalidate route instead, at the
 * address the app listens on (INTERNAL_URL, by default http://127.0.0.1:PORT): SITE_URL is the
 * public address, which in docker-compose is nginx's port on the host, unreachable from inside
 * the app's container.
 */
import { revalidateTag } from 'next/cache'

import { env, insideNextServer } from '@/lib/env'
import { forgetPublishedPageSlugs } from '@/lib/pages/published-slugs'

import { cacheTags } from './tags'

const JOB_REVALIDATION_DELAY_MS = 1000

export const REVALIDATE_SECRET_HEADER = 'x-column-revalidate-secret'

function outsideRequest(error: unknown): boolean {
  return error instanceof Error && error.message.includes('static generation store missing')
}

async function revalidateThroughApp(tags: string[]): Promise<void> {
  const response = await fetch(new URL('/api/revalidate', env.internalUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [REVALIDATE_SECRET_HEADER]: env.revalidateSecret },
    body: JSON.stringify({ tags }),
  })
  if (!response.ok) throw new Error(`/api/revalidate answered ${response.status}`)
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
    // A job's change commits after its hooks return; rebuilding before that would cache the old
    // content again, so the app is asked a moment later.
    setTimeout(() => {
      revalidateThroughApp(unique).catch((failure: Error) =>
        console.error(`Could not revalidate ${unique.join(', ')}: ${failure.message}`),
      )
    }, JOB_REVALIDATION_DELAY_MS).unref()
  }
}
