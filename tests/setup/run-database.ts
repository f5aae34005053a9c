/**
 * A database of this test run's own, on the server in DATABASE_URL or on the embedded cluster
 * when it is unset. Dropped by `drop()`, so runs never see each other's data.
 */
import { randomBytes } from 'node:crypto'

import { createDatabaseIfMissing, dropDatabasesWithPrefix, withDatabaseName } from '../../lib/database/admin'
import { provideDatabase } from '../../lib/database/provide-database'

export interface RunDatabase {
  name: string
  url: string
  serverUrl: string
  /** Drops this database and any copies named after it, then stops an embedded server. */
  drop: () => Promise<void>
}

export async function createRunDatabase(): Promise<RunDatabase> {
  const server = await provideDatabase({ embeddedDatabaseName: 'postgres', purpose: 'test' })
  const name = `column_test_${Date.now()}_${randomBytes(3).toString('hex')}`
  await createDatabaseIfMissing(server.serverUrl, name)
  return {
    name,
    url: withDatabaseName(server.serverUrl, name),
    serverUrl: server.serverUrl,
    drop: async () => {
      await dropDatabasesWithPrefix(server.serverUrl, name)
      await server.stop()
    },
  }
}
