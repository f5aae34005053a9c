/**
 * Ctrl-C in a terminal reaches the whole process group, so an embedded PostgreSQL stops at the
 * same moment as the bench and the bench cannot drop its database any more. The next bench drops
 * such leftovers: bench databases older than ten minutes that nobody is connected to (DROP
 * DATABASE without FORCE refuses a database in use, so a bench still running keeps its own).
 */
import pg from 'pg'

export const BENCH_DATABASE_PREFIX = 'column_bench'

const ABANDONED_AFTER_MS = 10 * 60_000

/** Names are `column_bench_<milliseconds>_<random>` (tooling/database/run-database.ts). */
function isAbandoned(name: string): boolean {
  const match = new RegExp(`^${BENCH_DATABASE_PREFIX}_([0-9]+)_[0-9a-f]+$`).exec(name)
  return Boolean(match && Date.now() - Number(match[1]) > ABANDONED_AFTER_MS)
}

export async function dropLeftoverBenchDatabases(serverUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  const dropped: string[] = []
  try {
    const { rows } = await client.query<{ datname: string }>(
      'select datname from pg_database where starts_with(datname, $1)',
      [`${BENCH_DATABASE_PREFIX}_`],
    )
    for (const { datname } of rows.filter((row) => isAbandoned(row.datname))) {
      const refused = await client.query(`drop database "${datname}"`).catch(() => 'in use')
      if (refused !== 'in use') dropped.push(datname)
    }
  } finally {
    await client.end()
  }
  return dropped
}
