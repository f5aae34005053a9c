/** Creating and dropping whole databases on a server: used by the dev runner and the test setup. */
import pg from 'pg'

/** The same server and credentials, but the maintenance database every cluster has. */
export function maintenanceUrl(url: string): string {
  const parsed = new URL(url)
  parsed.pathname = '/postgres'
  return parsed.toString()
}

export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

async function withMaintenanceClient<T>(url: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: maintenanceUrl(url) })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

function quoteIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe database name: ${name}`)
  return `"${name}"`
}

export async function createDatabaseIfMissing(url: string, name: string): Promise<void> {
  await withMaintenanceClient(url, async (client) => {
    const existing = await client.query('select 1 from pg_database where datname = $1', [name])
    if (existing.rowCount === 0) await client.query(`create database ${quoteIdentifier(name)}`)
  })
}

/** A copy of a migrated database: much faster than migrating again. The template must be idle. */
export async function createDatabaseFromTemplate(url: string, name: string, template: string): Promise<void> {
  await withMaintenanceClient(url, (client) =>
    client.query(`create database ${quoteIdentifier(name)} template ${quoteIdentifier(template)}`),
  )
}

/** Every database whose name starts with `prefix_`: a test run's template and its per-file copies. */
export async function dropDatabasesWithPrefix(url: string, prefix: string): Promise<void> {
  await withMaintenanceClient(url, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "select datname from pg_database where datname = $1 or starts_with(datname, $1 || '_')",
      [prefix],
    )
    for (const { datname } of rows)
      await client.query(`drop database if exists ${quoteIdentifier(datname)} with (force)`)
  })
}
