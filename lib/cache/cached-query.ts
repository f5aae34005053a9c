/**
 * Reader queries go through Next.js's data cache, tagged with what they read, so public pages
 * are served from the cache and rebuilt only when a tag is revalidated. A query that fails
 * because the database cannot be reached throws DatabaseUnavailableError, which the page's
 * error boundary and the response's status (503) recognise.
 */
import { unstable_cache } from 'next/cache'

import { failedForWantOfDatabase } from '@/lib/database/availability'
import { DATABASE_UNAVAILABLE_DIGEST, DatabaseUnavailableError } from '@/lib/database/unavailable'
import { insideNextServer } from '@/lib/env'

type Options<Args extends unknown[]> = {
  tags: (...args: Args) => string[]
  /** Seconds; for content that changes with time rather than with an edit (schedules). */
  revalidate?: number
}

export function cachedQuery<Args extends unknown[], Result>(
  name: string,
  query: (...args: Args) => Promise<Result>,
  { tags, revalidate }: Options<Args>,
): (...args: Args) => Promise<Result> {
  return (...args) => {
    // Outside a Next.js server (scripts, tests) there is no cache to keep: query directly.
    if (!insideNextServer()) return query(...args)
    const cached = unstable_cache(() => query(...args), [name, JSON.stringify(args)], {
      tags: tags(...args),
      revalidate: revalidate ?? false,
    })
    return cached().catch(async (error: unknown) => {
      // Already ours (by its digest: class identity does not survive Next's separate bundles).
      if ((error as { digest?: unknown } | null)?.digest === DATABASE_UNAVAILABLE_DIGEST) throw error
      if (!(await failedForWantOfDatabase(error))) throw error
      throw new DatabaseUnavailableError((error as Error).message, { cause: error })
    })
  }
}
