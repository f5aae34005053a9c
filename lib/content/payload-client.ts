/**
 * The reader site's one handle on Payload. Every query in lib/content passes
 * `overrideAccess: false` with no user (the Local API skips access control by default), so the
 * collections' access rules, published only, apply exactly as to an anonymous REST request.
 */
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { onReplicas } from '@/lib/database/read-replicas'
import { reportDatabaseUnavailable } from '@/lib/database/availability'
import { checkDatabaseConnection } from '@/lib/database/connection-check'
import { DatabaseUnavailableError } from '@/lib/database/unavailable'
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
    if (!database.ok) {
      reportDatabaseUnavailable(database.reason)
      throw new DatabaseUnavailableError(database.reason)
    }
    // Every Local API call through this handle reads from the read replicas, when there are any.
    return onReplicas(await getPayload({ config }))
  })().catch((error: unknown) => {
    ready = undefined
    throw error
  })
  return ready
}
