import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '@/migrations'

const client = new pg.Client({ connectionString: process.env.DATABASE_URL })

beforeAll(() => client.connect())
afterAll(() => client.end())

describe('a fresh database reaches the current schema by migrations alone', () => {
  it('has applied every committed migration, in order, once', async () => {
    const applied = await client.query<{ name: string }>('select name from payload_migrations order by id')
    expect(applied.rows.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name))
  })

  it('never marked the schema as pushed in dev mode (batch -1)', async () => {
    const pushed = await client.query('select 1 from payload_migrations where batch = -1')
    expect(pushed.rowCount).toBe(0)
  })

  it('created the tables the collections need', async () => {
    const tables = await client.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public'",
    )
    expect(tables.rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(['users', 'users_sessions', 'payload_preferences', 'payload_locked_documents']),
    )
  })
})
