/**
 * A database of this run's own (a test run or a benchmark), on the server in DATABASE_URL or on
 * the embedded cluster when it is unset. Dropped by `drop()`, so runs never see each other's data.
 */
import { randomBytes } from 'node:crypto'

import { createDatabaseIfMissing, dropDatabasesWithPrefix, withDatabaseName } from './admin'
import { provideDatabase } from './provide-database'

export interface RunDatabase {
  name: string
  url: string
  serverUrl: string
  /** Drops this database and any copies named after it, then stops an embedded server. */
  drop: () => Promise<void>
}

/**
 * `prefix` names what the database is for: `column_test` for tests, `column_bench` for the
 * benchmark. `serverUrl`: a PostgreSQL server of the caller's own (its maintenance database),
 * which the caller also stops.
 */
export async function createRunDatabase({
  prefix = 'column_test',
  serverUrl,
}: { prefix?: string; serverUrl?: string } = {}): Promise<RunDatabase> {
  const server = serverUrl
    ? { serverUrl, stop: async () => {} }
    : await provideDatabase({ embeddedDatabaseName: 'postgres', purpose: 'test' })
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString('hex')}`
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
