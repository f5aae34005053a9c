/**
 * Answers "can we reach the database in DATABASE_URL?" before anything else starts, so that
 * a wrong host, port or password ends in one readable line rather than a driver stack trace.
 */
import pg from 'pg'

/** PostgreSQL's "database does not exist": the server is reachable and Payload creates it. */
const DATABASE_DOES_NOT_EXIST = '3D000'

export function describeDatabaseUrl(url: string): string {
  const parsed = new URL(url)
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`
}

export async function checkDatabaseConnection(
  url: string,
  timeoutMs = 5000,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs })
  client.on('error', () => {})
  try {
    await client.connect()
    await client.query('select 1')
    return { ok: true }
  } catch (error) {
    const { code, message } = error as { code?: string; message: string }
    if (code === DATABASE_DOES_NOT_EXIST) return { ok: true }
    return { ok: false, reason: code && !message.includes(code) ? `${message} (${code})` : message }
  } finally {
    await client.end().catch(() => {})
  }
}

export async function assertDatabaseReachable(url: string): Promise<void> {
  const result = await checkDatabaseConnection(url)
  if (!result.ok) {
    throw new Error(`DATABASE_URL: cannot connect to PostgreSQL at ${describeDatabaseUrl(url)}: ${result.reason}`)
  }
}
