/**
 * One answer to "which PostgreSQL do we use?" for the dev runner and the test setup:
 * DATABASE_URL when it is set (checked to be reachable), otherwise the embedded cluster.
 */
import { parseToolingEnv } from '../../lib/env-schema'
import { createDatabaseIfMissing, withDatabaseName } from './admin'
import { assertDatabaseReachable } from '../../lib/database/connection-check'
import { startEmbeddedPostgres } from './embedded-postgres'

export interface ProvidedDatabase {
  /** URL of the database to use. */
  url: string
  /** Same server, maintenance database: for creating and dropping databases. */
  serverUrl: string
  /** Where an embedded cluster keeps its data; undefined for DATABASE_URL. */
  dataDirectory?: string
  embedded: boolean
  stop: () => Promise<void>
}

/**
 * Development and tests each get their own embedded cluster (directory and port), so that the
 * end of a test run never stops the database under a running `npm run dev`.
 */
const embeddedClusters = {
  development: { dataDirectory: '.data/postgres', portOffset: 0 },
  test: { dataDirectory: '.data/postgres-test', portOffset: 1 },
}

export async function provideDatabase(options: {
  /** Database to create on the embedded cluster; ignored when DATABASE_URL names one. */
  embeddedDatabaseName: string
  purpose: keyof typeof embeddedClusters
  log?: (line: string) => void
}): Promise<ProvidedDatabase> {
  const tooling = parseToolingEnv(process.env)
  if (tooling.DATABASE_URL) {
    await assertDatabaseReachable(tooling.DATABASE_URL)
    return {
      url: tooling.DATABASE_URL,
      serverUrl: withDatabaseName(tooling.DATABASE_URL, 'postgres'),
      embedded: false,
      stop: async () => {},
    }
  }
  const { dataDirectory, portOffset } = embeddedClusters[options.purpose]
  const cluster = await startEmbeddedPostgres({
    dataDirectory,
    port: tooling.EMBEDDED_POSTGRES_PORT + portOffset,
    log: options.log,
  })
  await createDatabaseIfMissing(cluster.serverUrl, options.embeddedDatabaseName)
  return {
    url: withDatabaseName(cluster.serverUrl, options.embeddedDatabaseName),
    serverUrl: cluster.serverUrl,
    dataDirectory: cluster.dataDirectory,
    embedded: true,
    stop: cluster.stop,
  }
}
