/**
 * Is the database reachable right now? One answer for the whole process, at most a second old:
 * the readiness endpoint, the admin's "database unavailable" page (proxy.ts) and the 503 of a
 * reader page (lib/server/unavailable-status.ts) all read it. A probe is one `select 1` on a
 * small pool of its own, kept open between probes, so a burst of health checks costs one query
 * a second and never a new connection each. Reader queries that fail for want of a database
 * report it here at once, without waiting for the next probe.
 *
 * The state lives on globalThis: Next bundles the proxy, the instrumentation hook and the route
 * handlers separately, and each would otherwise get a module (and a pool) of its own.
 */
import pg from 'pg'

import { env } from '@/lib/env'

import { isDatabaseUnavailable } from './unavailable'

export interface DatabaseAvailability {
  up: boolean
  /** When this was found out (ms since the epoch). */
  checkedAt: number
  reason?: string
}

/** How old an answer may be before the next caller probes again. */
export const AVAILABILITY_MAX_AGE_MS = 1000
/** A probe that takes longer than this counts as "down". */
const PROBE_TIMEOUT_MS = 1500
/** PostgreSQL's "database does not exist": the server answers and Payload creates it. */
const DATABASE_DOES_NOT_EXIST = '3D000'

interface Probe {
  pool: pg.Pool
  last?: DatabaseAvailability
  running?: Promise<DatabaseAvailability>
}

const registryKey = Symbol.for('the-column.database-availability')
type Registry = Map<string, Probe>
const globalRegistry = globalThis as typeof globalThis & { [registryKey]?: Registry }
const probes: Registry = (globalRegistry[registryKey] ??= new Map())

function probeFor(databaseUrl: string): Probe {
  let probe = probes.get(databaseUrl)
  if (!probe) {
    const pool = new pg.Pool({
      connectionString: databaseUrl,
      max: 1,
      connectionTimeoutMillis: PROBE_TIMEOUT_MS,
      query_timeout: PROBE_TIMEOUT_MS,
      idleTimeoutMillis: 60_000,
      allowExitOnIdle: true,
      application_name: 'the-column health',
    })
    // A stopped server ends the idle connection with an error; without a listener the pool would
    // throw it as an uncaught exception. The next probe opens a new connection.
    pool.on('error', () => {})
    probe = { pool }
    probes.set(databaseUrl, probe)
  }
  return probe
}

function describe(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string }
  const text = message || String(error)
  return code && !text.includes(code) ? `${text} (${code})` : text
}

async function runProbe(probe: Probe): Promise<DatabaseAvailability> {
  try {
    await probe.pool.query('select 1')
    return { up: true, checkedAt: Date.now() }
  } catch (error) {
    if ((error as { code?: string }).code === DATABASE_DOES_NOT_EXIST) return { up: true, checkedAt: Date.now() }
    return { up: false, checkedAt: Date.now(), reason: describe(error) }
  }
}

/** The current answer: the last one if it is fresh, otherwise a probe (shared with concurrent callers). */
export function databaseAvailability(databaseUrl: string = env.DATABASE_URL): Promise<DatabaseAvailability> {
  const probe = probeFor(databaseUrl)
  if (probe.last && Date.now() - probe.last.checkedAt < AVAILABILITY_MAX_AGE_MS) return Promise.resolve(probe.last)
  probe.running ??= runProbe(probe).then((result) => {
    probe.last = result
    probe.running = undefined
    return result
  })
  return probe.running
}

/** A query just failed for want of a database: the next second's answers say so without probing. */
export function reportDatabaseUnavailable(reason: string, databaseUrl: string = env.DATABASE_URL): void {
  probeFor(databaseUrl).last = { up: false, checkedAt: Date.now(), reason }
}

/**
 * Synchronous, for code that cannot wait (a response's status line): whether the database was
 * found unreachable within the last `withinMs`.
 */
export function databaseRecentlyUnavailable(databaseUrl: string = env.DATABASE_URL, withinMs = 5000): boolean {
  const last = probes.get(databaseUrl)?.last
  return Boolean(last && !last.up && Date.now() - last.checkedAt <= withinMs)
}

/**
 * For a query that failed: whether the database is the reason. Recognised from the error itself,
 * or, for an error that does not say (a driver message we do not know), from a fresh probe.
 */
export async function failedForWantOfDatabase(
  error: unknown,
  databaseUrl: string = env.DATABASE_URL,
): Promise<boolean> {
  if (isDatabaseUnavailable(error)) {
    reportDatabaseUnavailable(describe(error), databaseUrl)
    return true
  }
  return !(await databaseAvailability(databaseUrl)).up
}

/** At shutdown: closes the probes' connections. */
export async function closeDatabaseProbes(): Promise<void> {
  const pools = [...probes.values()].map((probe) => probe.pool)
  probes.clear()
  await Promise.all(pools.map((pool) => pool.end().catch(() => {})))
}
