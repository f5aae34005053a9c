/**
 * An upgrade from the first release: a database with the schema and content of the first release
 * (tests/fixtures/first-release-database.sql.gz, see first-release-database.md) is brought to the
 * current schema by `npm run migrate`, as a production start does, and every document it held is
 * still there, row for row: both locales, drafts, versions, relationships, uploads.
 *
 * Generic over tables on purpose: a migration added later that rewrites or loses rows fails here
 * without anyone listing the table first.
 */
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { withDatabaseName } from '@/tooling/database/admin'
import { runMigrations } from '@/tooling/database/run-migrations'
import { migrations } from '@/migrations'

import { TEST_SECRET } from '../setup/test-secret'

const fixture = path.resolve(import.meta.dirname, '../fixtures/first-release-database.sql.gz')
/** The migrations of the first release, which the fixture's database had applied. */
const firstRelease = [
  '20261125_132414_initial',
  '20261125_134028_content_model',
  '20261125_163035_translation_status',
  '20261125_173000_claims_override',
]

// Named after the run's template, so the run's teardown drops it with the other copies.
const upgradeDatabase = `${inject('templateDatabase')}_first_release_${randomBytes(3).toString('hex')}`
const upgradeUrl = withDatabaseName(inject('serverUrl'), upgradeDatabase)
const client = new pg.Client({ connectionString: upgradeUrl })

type Rows = Record<string, Record<string, unknown>[]>

/** Every row of every table of the public schema, each table in a stable order. */
async function everyRow(): Promise<Rows> {
  const { rows: tables } = await client.query<{ name: string }>(
    "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
  )
  const contents: Rows = {}
  for (const { name } of tables) {
    const { rows } = await client.query<{ row: Record<string, unknown> }>(
      `select to_jsonb(t) as row from public."${name}" t order by to_jsonb(t)::text`,
    )
    contents[name] = rows.map((row) => row.row)
  }
  return contents
}

/**
 * What an upgrade may change in a row the first release wrote. 20261130_182513_media_public_flag
 * sets the new flag through the adapter's updateMany, which stamps `updated_at` on the media rows.
 */
const changedByLaterMigrations: Record<string, string[]> = {
  media: ['updated_at'],
  // The typed consult link became a chosen page (issue 16), checked below.
  site_settings: ['consult_call_to_action_url'],
  episodes: ['consult_call_to_action_url'],
  _episodes_v: ['version_consult_call_to_action_url'],
}

/** Keeps only the columns the first release had: what a later migration adds is checked apart. */
function asFirstRelease(rows: Rows, columnsOf: Rows): Rows {
  return Object.fromEntries(
    Object.entries(columnsOf).map(([table, firstRows]) => {
      const changed = changedByLaterMigrations[table] ?? []
      const columns = Object.keys(firstRows[0] ?? {}).filter((column) => !changed.includes(column))
      const projected = (rows[table] ?? []).map((row) =>
        Object.fromEntries(columns.map((column) => [column, row[column]])),
      )
      return [table, projected.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))]
    }),
  )
}

let before: Rows
let after: Rows

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: inject('serverUrl') })
  await admin.connect()
  await admin.query(`create database "${upgradeDatabase}"`)
  await admin.end()
  await client.connect()
  // pg_dump's plain SQL, sent as one simple query (its statements carry no psql meta-commands).
  await client.query(gunzipSync(readFileSync(fixture)).toString('utf8'))
  // The dump empties search_path for its own statements; this session reads with the default.
  await client.query('reset search_path')
  before = await everyRow()
  const migration = await runMigrations(
    { ...process.env, DATABASE_URL: upgradeUrl, PAYLOAD_SECRET: TEST_SECRET, NODE_ENV: 'test' },
    { quiet: true },
  )
  if (migration.exitCode !== 0)
    throw new Error(`npm run migrate failed on the first release's database:\n${migration.output}`)
  after = await everyRow()
}, 180_000)

afterAll(() => client.end())

describe("the first release's database, upgraded to the current schema", () => {
  it('started from the first release: its migrations and its seeded content', () => {
    expect(before.payload_migrations!.map((row) => row.name).sort()).toEqual(firstRelease)
    expect(before.episodes).toHaveLength(4)
    expect(before.glossary_terms!.length).toBeGreaterThan(0)
    expect(before._episodes_v!.length).toBeGreaterThan(before.episodes!.length)
    expect(before.media).toHaveLength(2)
  })

  it('has applied every later migration, once, after those', () => {
    const applied = [...after.payload_migrations!].sort((a, b) => Number(a.id) - Number(b.id)).map((row) => row.name)
    expect(applied).toEqual(migrations.map((migration) => migration.name))
  })

  it('keeps every row of every table the first release had, column for column', () => {
    const tables = Object.keys(before).filter((table) => table !== 'payload_migrations')
    const upgraded = asFirstRelease(after, before)
    const original = asFirstRelease(before, before)
    for (const table of tables) {
      expect.soft(upgraded[table], table).toEqual(original[table])
    }
    // The loop must have compared something: content, versions and relationships among it.
    expect(tables).toEqual(
      expect.arrayContaining(['episodes_locales', '_episodes_v', 'episodes_rels', 'glossary_terms_rels']),
    )
  })

  it('turns the typed consult links into chosen pages: "/contact" named no page then, so the consultation page', () => {
    const typed = before.site_settings!.map((row) => row.consult_call_to_action_url)
    expect(typed).toContain('/contact')
    expect(after.site_settings!.map((row) => row.consult_call_to_action_page_id)).toEqual(typed.map(() => null))
    expect(after.site_settings![0]).not.toHaveProperty('consult_call_to_action_url')
  })

  it("keeps the titles in both locales, the draft over a published episode, and the episodes' relationships", async () => {
    const { rows: titles } = await client.query<{ slug: string; ja: string; en: string }>(
      `select e.slug, ja.title as ja, en.title as en from episodes e
       join episodes_locales ja on ja._parent_id = e.id and ja._locale = 'ja'
       join episodes_locales en on en._parent_id = e.id and en._locale = 'en' order by e.episode_number`,
    )
    expect(titles).toHaveLength(4)
    expect(titles[0]).toEqual({
      slug: 'regenerative-medicine-in-the-news-why-it-is-not-just-one-thing',
      ja: 'ニュースで見る「再生医療」――ひとつのものではない理由',
      en: 'Regenerative Medicine in the News: Why It Is Not Just One Thing',
    })
    const { rows: drafts } = await client.query<{ title: string }>(
      `select l.version_title as title from _episodes_v v join _episodes_v_locales l on l._parent_id = v.id and l._locale = 'ja'
       where v.latest and l.version__status = 'draft'`,
    )
    expect(drafts.map((row) => row.title)).toContain('初版の下書き題名')
    const { rows: related } = await client.query<{ count: number }>('select count(*)::int as count from episodes_rels')
    expect(related[0]!.count).toBe(before.episodes_rels!.length)
  })

  it('marks the upload that published content uses as public, and only that one', async () => {
    const { rows } = await client.query<{ filename: string; public: boolean }>(
      'select filename, used_by_published_content as public from media order by filename',
    )
    expect(rows).toEqual([
      { filename: 'first-release-figure.png', public: true },
      { filename: 'first-release-unused.png', public: false },
    ])
  })
})
