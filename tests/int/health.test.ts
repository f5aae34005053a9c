/**
 * The health endpoints an orchestrator asks: liveness (the process answers) and readiness (the
 * database answers, and the process is not stopping), the database's answer shared by every
 * caller for a second, on one open connection.
 */
import pg from 'pg'
import { afterEach, describe, expect, it, vi } from 'vitest'

const fileDatabaseUrl = process.env.DATABASE_URL!
const nothingListens = 'postgres://postgres@127.0.0.1:1/column'

type Route = { GET: () => Response | Promise<Response> }

async function ask(route: 'health' | 'health/ready' | 'health/live', databaseUrl = fileDatabaseUrl): Promise<Response> {
  vi.resetModules()
  process.env.DATABASE_URL = databaseUrl
  const routes: Record<typeof route, () => Promise<Route>> = {
    health: () => import('@/app/api/health/route'),
    'health/ready': () => import('@/app/api/health/ready/route'),
    'health/live': () => import('@/app/api/health/live/route'),
  }
  return (await routes[route]()).GET()
}

async function healthConnections(): Promise<number> {
  const client = new pg.Client({ connectionString: fileDatabaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ count: string }>(
      "select count(*) from pg_stat_activity where application_name = 'the-column health' and datname = current_database()",
    )
    return Number(rows[0]!.count)
  } finally {
    await client.end()
  }
}

afterEach(() => {
  process.env.DATABASE_URL = fileDatabaseUrl
})

describe('readiness, GET /api/health and /api/health/ready', () => {
  it.each(['health', 'health/ready'] as const)('/api/%s answers 200 with the database up', async (route) => {
    const response = await ask(route)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' })
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('answers 503 with the database down when nothing listens', async () => {
    const response = await ask('health/ready', nothingListens)
    expect(response.status).toBe(503)
    expect(await response.json()).toEqual({ status: 'unavailable', database: 'down' })
  })

  it('answers a burst of checks from one connection, kept open, not a connection each', async () => {
    const answers = await Promise.all(Array.from({ length: 50 }, () => ask('health/ready')))
    expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(200))
    expect(await healthConnections()).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect((await ask('health')).status).toBe(200)
    expect(await healthConnections()).toBe(1)
  })

  it('answers from a result at most a second old', async () => {
    const { reportDatabaseUnavailable } = await import('@/lib/database/availability')
    expect((await ask('health/ready')).status).toBe(200)
    // A reader query found the database gone: the next second's checks say so without asking.
    reportDatabaseUnavailable('connection refused', fileDatabaseUrl)
    expect((await ask('health/ready')).status).toBe(503)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect((await ask('health/ready')).status).toBe(200)
  })
})

describe('liveness, GET /api/health/live', () => {
  it('answers 200 whatever the database does', async () => {
    for (const databaseUrl of [fileDatabaseUrl, nothingListens]) {
      const response = await ask('health/live', databaseUrl)
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({ status: 'ok' })
    }
  })
})

describe('a process asked to stop', () => {
  it('is no longer ready, and still alive', async () => {
    const { markStopping } = await import('@/lib/server/stopping')
    markStopping()
    const ready = await ask('health/ready')
    expect(ready.status).toBe(503)
    expect(await ready.json()).toEqual({ status: 'stopping', database: 'up' })
    expect((await ask('health/live')).status).toBe(200)
  })
})
