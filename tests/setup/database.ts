/**
 * Gives every test run its own database, brought to the current schema by the committed
 * migrations alone (`payload migrate`), and dropped when the run ends.
 */
import type { TestProject } from 'vitest/node'

import pg from 'pg'

import { runMigrations } from '../../lib/database/run-migrations'
import { migrations } from '../../migrations'
import { createRunDatabase } from './run-database'
import { TEST_SECRET } from './test-secret'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

async function appliedMigrationCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const result = await client.query(`select count(*)::int as count from payload_migrations where batch > 0`)
    return result.rows[0].count as number
  } catch {
    return 0
  } finally {
    await client.end()
  }
}

export default async function setup(project: TestProject) {
  const database = await createRunDatabase()
  const migration = await runMigrations(
    { ...process.env, DATABASE_URL: database.url, PAYLOAD_SECRET: TEST_SECRET, NODE_ENV: 'test' },
    { quiet: true },
  )
  const applied = await appliedMigrationCount(database.url)
  if (migration.exitCode !== 0 || applied !== migrations.length) {
    await database.drop()
    throw new Error(
      `payload migrate did not bring the test database to the current schema ` +
        `(exit code ${migration.exitCode}, ${applied} of ${migrations.length} migrations applied):\n${migration.output}`,
    )
  }
  project.provide('databaseUrl', database.url)
  return database.drop
}
