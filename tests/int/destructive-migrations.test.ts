/**
 * Payload's commands that undo migrations (`migrate:down`, `reset`, `refresh`, `fresh`) refuse
 * under NODE_ENV=production unless `--force` is given (lib/database/destructive-migrations.ts).
 * Run as an operator runs them, `npm run payload -- <command>`, against this file's database.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import pg from 'pg'
import { describe, expect, it } from 'vitest'

import { refusalMessage } from '@/lib/database/destructive-migrations'
import { migrations } from '@/migrations'

import { TEST_SECRET } from '../setup/test-secret'

const root = path.resolve(import.meta.dirname, '../..')
const databaseUrl = process.env.DATABASE_URL!

/** `npm run payload -- <args>` (scripts/with-database.ts -- payload), with an operator's environment. */
function payloadCli(args: string[], nodeEnv: 'production' | 'development') {
  const result = spawnSync(
    path.join(root, 'node_modules/.bin/tsx'),
    ['scripts/with-database.ts', '--', 'payload', ...args],
    {
      cwd: root,
      encoding: 'utf8',
      env: {
        NODE_ENV: nodeEnv,
        PATH: `${path.join(root, 'node_modules/.bin')}:${process.env.PATH}`,
        HOME: process.env.HOME,
        DATABASE_URL: databaseUrl,
        PAYLOAD_SECRET: TEST_SECRET,
        LOG_LEVEL: 'warn',
        JOBS_AUTORUN: 'false',
      },
      // A prompt (migrate:fresh asks before dropping) must not wait for a terminal that is not there.
      input: '',
      timeout: 120_000,
    },
  )
  return { status: result.status, stderr: result.stderr.trim() }
}

async function execute<Row extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query<Row>(sql, values)).rows
  } finally {
    await client.end()
  }
}

async function appliedMigrations(): Promise<string[]> {
  return (await execute<{ name: string }>('select name from payload_migrations order by id')).map((row) => row.name)
}

const everyMigration = migrations.map((migration) => migration.name)

describe('with NODE_ENV=production, commands that undo migrations refuse without --force', () => {
  it.each(['migrate:down', 'migrate:reset', 'migrate:refresh', 'migrate:fresh'])(
    '%s refuses in one line and changes nothing',
    async (command) => {
      const result = payloadCli([command], 'production')
      expect(result.status).toBe(1)
      expect(result.stderr.split('\n').filter((line) => line.includes('refused'))).toEqual([refusalMessage(command)])
      expect(await appliedMigrations()).toEqual(everyMigration)
    },
  )

  // migrate:down undoes the last batch; the test database ran every migration in one batch, and
  // the generated down of 20261125_134028_content_model fails. The last one becomes a batch alone.
  it('outside production migrate:down needs no --force', async () => {
    await execute('update payload_migrations set batch = 2 where name = $1', [everyMigration.at(-1)!])
    const result = payloadCli(['migrate:down'], 'development')
    expect(result.stderr).not.toContain('refused')
    expect(result.status).toBe(0)
    expect(await appliedMigrations()).toEqual(everyMigration.slice(0, -1))
  })

  it('migrate:down --force runs in production: the last migration is undone', async () => {
    expect(payloadCli(['migrate'], 'development').status).toBe(0)
    expect(await appliedMigrations()).toEqual(everyMigration)
    const result = payloadCli(['migrate:down', '--force'], 'production')
    expect(result.stderr).not.toContain('refused')
    expect(result.status).toBe(0)
    expect(await appliedMigrations()).toEqual(everyMigration.slice(0, -1))
  })
})
