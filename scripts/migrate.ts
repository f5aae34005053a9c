/**
 * `npm run migrate`: applies the committed migrations in migrations/index.ts, as production does
 * on start. Used instead of `payload migrate` by the dev runner and the test setup because that
 * CLI, which loads TypeScript through tsx's programmatic API, sometimes exits 0 having done
 * nothing (seen here about one run in five).
 */
import config from '@payload-config'
import { getPayload, type Migration } from 'payload'

import { migrations } from '../migrations'

// Tells the Postgres adapter this process is migrating, as Payload's own CLI does.
process.env.PAYLOAD_MIGRATING = 'true'

try {
  const payload = await getPayload({ config, disableOnInit: true })
  // The generated index types its entries for the Postgres adapter; migrate() takes the generic shape.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(`Migration failed: ${(error as Error).message}`)
  process.exit(1)
}
