/**
 * Revalidation by tag over HTTP, for an operator (after a change made in the database by hand)
 * and for the browser tests, which play the part of a publish. The app's own jobs do not call it:
 * they write to the shared cache directly (lib/cache/revalidate.ts). Guarded by a secret derived
 * from PAYLOAD_SECRET (sha256 of "revalidate:" + the secret), so no reader can empty the cache.
 */
import { timingSafeEqual } from 'node:crypto'
import { revalidateTag } from 'next/cache'
import { z } from 'zod'

import { cacheTags } from '@/lib/cache/tags'
import { env } from '@/lib/env'
import { refusedBody } from '@/lib/http/request-body'
import { forgetPublishedPageSlugs } from '@/lib/pages/published-slugs'

export const dynamic = 'force-dynamic'

const REVALIDATE_SECRET_HEADER = 'x-column-revalidate-secret'

const requestBody = z.object({ tags: z.array(z.string().min(1).max(200)).min(1).max(100) })

function hasSecret(request: Request): boolean {
  const given = Buffer.from(request.headers.get(REVALIDATE_SECRET_HEADER) ?? '')
  const expected = Buffer.from(env.revalidateSecret)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export async function POST(request: Request): Promise<Response> {
  if (!hasSecret(request)) return Response.json({ error: 'not allowed' }, { status: 403 })
  // 415, 413 or 400 for a body that is not small JSON (100 tags of 200 characters fit in 64 KB).
  const refused = await refusedBody(request, { accepts: ['json'], maxBytes: 64 * 1024, required: true })
  if (refused) return refused
  const parsed = requestBody.safeParse(await request.json().catch(() => undefined))
  if (!parsed.success) {
    return Response.json({ error: 'expected a JSON body { "tags": ["…"] } with 1 to 100 tags' }, { status: 400 })
  }
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 })
  // A job's change is committed by now: forget what the proxy read of the pages before it.
  if (parsed.data.tags.includes(cacheTags.pages)) forgetPublishedPageSlugs()
  return Response.json({ revalidated: parsed.data.tags })
}
