/**
 * Gives every test run its own database, brought to the current schema by the committed
 * migrations alone (`payload migrate`), and dropped when the run ends.
 */
import type { TestProject } from 'vitest/node'

import { runMigrations } from '../../lib/database/run-migrations'
import { createRunDatabase } from './run-database'
import { TEST_SECRET } from './test-secret'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

export default async function setup(project: TestProject) {
  const database = await createRunDatabase()
  const migrated = await runMigrations(
    { ...process.env, DATABASE_URL: database.url, PAYLOAD_SECRET: TEST_SECRET, NODE_ENV: 'test' },
    { quiet: true },
  )
  if (migrated !== 0) {
    await database.drop()
    throw new Error(`payload migrate failed on the test database (exit code ${migrated})`)
  }
  project.provide('databaseUrl', database.url)
  return database.drop
}
