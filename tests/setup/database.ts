/**
 * Once per test run: a fresh database, brought to the current schema by the committed migrations
 * alone, kept as a template. Each test file then gets its own copy (tests/setup/environment.ts),
 * so files running side by side never see each other's data; everything is dropped at the end.
 */
import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { runMigrations } from '../../tooling/database/run-migrations'
import { migrations } from '../../migrations'
import { createRunDatabase } from '../../tooling/database/run-database'
import { TEST_SECRET } from './test-secret'

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string
    templateDatabase: string
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
      `Migrations did not bring the test database to the current schema ` +
        `(exit code ${migration.exitCode}, ${applied} of ${migrations.length} applied):\n${migration.output}`,
    )
  }
  project.provide('serverUrl', database.serverUrl)
  project.provide('templateDatabase', database.name)
  return database.drop
}
