/**
 * `npm run migrate`: applies the committed migrations in migrations/index.ts, as production does
 * on start (prodMigrations), from the same index. The dev runner and the test setup use it; a
 * failure is one line and exit 1. Like every script that loads the config, it needs Node's
 * `--conditions` flag: tooling/lexical-entry-condition.ts.
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
