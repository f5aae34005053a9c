/**
 * A database of this test run's own, on the server in DATABASE_URL or on the embedded cluster
 * when it is unset. Dropped by `drop()`, so runs never see each other's data.
 */
import { randomBytes } from 'node:crypto'

import { createDatabaseIfMissing, dropDatabase, withDatabaseName } from '../../lib/database/admin'
import { provideDatabase } from '../../lib/database/provide-database'

export interface RunDatabase {
  url: string
  serverUrl: string
  drop: () => Promise<void>
}

export async function createRunDatabase(): Promise<RunDatabase> {
  const server = await provideDatabase({ embeddedDatabaseName: 'postgres' })
  const name = `column_test_${Date.now()}_${randomBytes(3).toString('hex')}`
  await createDatabaseIfMissing(server.serverUrl, name)
  return {
    url: withDatabaseName(server.serverUrl, name),
    serverUrl: server.serverUrl,
    drop: async () => {
      await dropDatabase(server.serverUrl, name)
      await server.stop()
    },
  }
}
