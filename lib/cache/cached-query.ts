/**
 * Reader queries go through Next.js's data cache, tagged with what they read, so public pages
 * are served from the cache and rebuilt only when a tag is revalidated. A query that fails
 * because the database cannot be reached throws DatabaseUnavailableError, which the page's
 * error boundary and the response's status (503) recognise.
 */
import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { failedForWantOfDatabase } from '@/lib/database/availability'
import { DATABASE_UNAVAILABLE_DIGEST, DatabaseUnavailableError } from '@/lib/database/unavailable'
import { insideNextServer } from '@/lib/env'

type Options<Args extends unknown[]> = {
  tags: (...args: Args) => string[]
  /** Seconds; for content that changes with time rather than with an edit (schedules). */
  revalidate?: number
}

/**
 * The queries one request has started, by name and arguments. A page and its generateMetadata
 * (and the layout and the page) ask for the same data at the same moment: without this, each
 * would read the shared cache (a Redis round trip and a parse of the entry) or, on a miss, run
 * the query, once per caller. React's `cache` gives one map per server render; outside one (a
 * route handler) it gives a new map per call, so nothing is shared between requests.
 */
const queriesOfThisRequest = cache(() => new Map<string, Promise<unknown>>())

export function cachedQuery<Args extends unknown[], Result>(
  name: string,
  query: (...args: Args) => Promise<Result>,
  { tags, revalidate }: Options<Args>,
): (...args: Args) => Promise<Result> {
  return (...args) => {
    // Outside a Next.js server (scripts, tests) there is no cache to keep: query directly.
    if (!insideNextServer()) return query(...args)
    const key = JSON.stringify(args)
    const started = queriesOfThisRequest()
    const requestKey = `${name}:${key}`
    const pending = started.get(requestKey) as Promise<Result> | undefined
    if (pending) return pending
    const cached = unstable_cache(() => query(...args), [name, key], {
      tags: tags(...args),
      revalidate: revalidate ?? false,
    })
    const result = cached().catch(async (error: unknown) => {
      // Already ours (by its digest: class identity does not survive Next's separate bundles).
      if ((error as { digest?: unknown } | null)?.digest === DATABASE_UNAVAILABLE_DIGEST) throw error
      if (!(await failedForWantOfDatabase(error))) throw error
      throw new DatabaseUnavailableError((error as Error).message, { cause: error })
    })
    started.set(requestKey, result)
    return result
  }
}
