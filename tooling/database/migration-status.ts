/** Which committed migrations a database still lacks: asked before reading it with Payload. */
import pg from 'pg'

/** PostgreSQL's "relation does not exist": a database Payload has never migrated. */
const UNDEFINED_TABLE = '42P01'

export async function pendingMigrations(url: string, committed: readonly { name: string }[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ name: string }>('select name from payload_migrations where batch > 0')
    const applied = new Set(rows.map((row) => row.name))
    return committed.map((migration) => migration.name).filter((name) => !applied.has(name))
  } catch (error) {
    if ((error as { code?: string }).code === UNDEFINED_TABLE) return committed.map((migration) => migration.name)
    throw error
  } finally {
    await client.end().catch(() => {})
  }
}
