/**
 * The reader site's one handle on Payload. Everything in lib/content reads through it with
 * `overrideAccess: false` and no user, so the collections' access rules (published only) apply
 * exactly as they do to an anonymous REST request.
 */
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { checkDatabaseConnection } from '@/lib/database/connection-check'
import { env } from '@/lib/env'

let ready: Promise<Payload> | undefined

/**
 * Checks the database before Payload's first start: Payload's own start-up, when the database is
 * down, leaves a promise rejected with nothing attached to it. A failed start is retried on the
 * next call, so pages recover when the database does.
 */
export function readerPayload(): Promise<Payload> {
  ready ??= (async () => {
    const database = await checkDatabaseConnection(env.DATABASE_URL, 3000)
    if (!database.ok) throw new Error(`database unavailable: ${database.reason}`)
    return getPayload({ config })
  })().catch((error: unknown) => {
    ready = undefined
    throw error
  })
  return ready
}

/** The options every reader query shares. */
export const asAnonymousReader = { overrideAccess: false, draft: false } as const
