/**
 * Gives every test run its own database: created on the server in DATABASE_URL (or on the
 * embedded cluster when it is unset), brought to the current schema by the committed
 * migrations alone, and dropped when the run ends, so runs never see each other's data.
 */
import { randomBytes } from 'node:crypto'
import type { TestProject } from 'vitest/node'

import { createDatabaseIfMissing, dropDatabase, withDatabaseName } from '../../lib/database/admin'
import { provideDatabase } from '../../lib/database/provide-database'
import { runMigrations } from '../../lib/database/run-migrations'
import { TEST_SECRET } from './test-secret'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    serverUrl: string
  }
}

export default async function setup(project: TestProject) {
  const server = await provideDatabase({ embeddedDatabaseName: 'postgres' })
  const name = `column_test_${Date.now()}_${randomBytes(3).toString('hex')}`
  await createDatabaseIfMissing(server.serverUrl, name)
  const databaseUrl = withDatabaseName(server.serverUrl, name)

  const migrated = await runMigrations(
    { ...process.env, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: TEST_SECRET, NODE_ENV: 'test' },
    { quiet: true },
  )
  if (migrated !== 0) throw new Error(`payload migrate failed on ${name} (exit code ${migrated})`)

  project.provide('databaseUrl', databaseUrl)
  project.provide('serverUrl', server.serverUrl)

  return async () => {
    await dropDatabase(server.serverUrl, name)
    await server.stop()
  }
}
