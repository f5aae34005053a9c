/**
 * What the backup and the restore ask the database itself, with plain SQL (no Payload): its
 * server version, the migrations Payload applied, the rows of each table, the media files its rows
 * name, and whether it holds anything a restore would replace. Written to run inside a transaction, so every question
 * first checks that its table exists instead of catching an error, which would end the transaction.
 */
import pg from 'pg'

import { BackupError } from './backup-error'
import { parseServerVersion, type PostgresVersion } from './postgres-client-tools'

/** A connection to the database at `databaseUrl`; one clear line (`where`) when there is none. */
export async function connectTo(databaseUrl: string, where: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl })
  // A connection the server drops fails the query in progress; the event alone would end the process.
  client.on('error', () => {})
  try {
    await client.connect()
  } catch (error) {
    throw new BackupError(`cannot connect to PostgreSQL at ${where}: ${(error as Error).message}`)
  }
  return client
}

export async function serverVersion(client: pg.ClientBase): Promise<PostgresVersion> {
  const { rows } = await client.query<{ num: string; version: string }>(
    "select current_setting('server_version_num') as num, current_setting('server_version') as version",
  )
  return parseServerVersion(rows[0]!.num, rows[0]!.version)
}

async function publicTables(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`,
  )
  return rows.map((row) => row.name)
}

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`

export async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  if (!(await publicTables(client)).includes('payload_migrations')) return []
  const { rows } = await client.query<{ name: string }>(
    'select name from payload_migrations where batch > 0 order by id',
  )
  return rows.map((row) => row.name)
}

/** The rows of every table, by name: in the backup's snapshot, what the restore must give back. */
export async function rowCounts(client: pg.ClientBase): Promise<Record<string, number>> {
  const tables = await publicTables(client)
  if (tables.length === 0) return {}
  const { rows } = await client.query<{ name: string; count: number }>(
    tables
      .map(
        (table) =>
          `select '${table.replaceAll("'", "''")}' as name, count(*)::int as count from public.${quoteIdentifier(table)}`,
      )
      .join(' union all '),
  )
  return Object.fromEntries(rows.map((row) => [row.name, row.count]))
}

/** The file names the media rows hold: the original and each image size (`sizes_card_filename`, ...). */
export async function mediaFilenames(client: pg.ClientBase): Promise<string[]> {
  const { rows: columns } = await client.query<{ name: string }>(
    `select column_name as name from information_schema.columns
     where table_schema = 'public' and table_name = 'media'
       and (column_name = 'filename' or column_name like 'sizes\\_%\\_filename')`,
  )
  if (columns.length === 0) return []
  const { rows } = await client.query<Record<string, string | null>>(
    `select ${columns.map((column) => quoteIdentifier(column.name)).join(', ')} from media`,
  )
  const names = rows.flatMap((row) => Object.values(row)).filter((name): name is string => Boolean(name))
  return [...new Set(names)].sort()
}

/**
 * The tables that hold rows. `payload_migrations` does not count: a database that the app has
 * only migrated holds nothing a restore could lose.
 */
export async function tablesWithRows(client: pg.ClientBase): Promise<string[]> {
  const tables = (await publicTables(client)).filter((table) => table !== 'payload_migrations')
  if (tables.length === 0) return []
  const { rows } = await client.query<{ name: string }>(
    tables
      .map(
        (table) =>
          `select ${`'${table.replaceAll("'", "''")}'`} as name where exists (select 1 from public.${quoteIdentifier(table)})`,
      )
      .join(' union all '),
  )
  // Collections before their version and locale tables, which start with `_` or repeat the name.
  return rows
    .map((row) => row.name)
    .sort((a, b) => Number(a.startsWith('_')) - Number(b.startsWith('_')) || a.length - b.length)
}
