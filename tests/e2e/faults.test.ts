/**
 * Faults a production server must survive, on a PostgreSQL of this file's own that it can stop:
 * an embedded PostgreSQL 18 cluster in a temporary directory. One `next start` of the production
 * build, with the docker-compose topology's values (SITE_URL is a public address where nothing
 * listens), lives through, in order:
 *
 * - health checks: a burst answered on one database connection; liveness and readiness apart;
 * - a scheduled publish that reaches its page although SITE_URL is unreachable (the job writes to
 *   the cache directly, lib/cache/revalidate.ts);
 * - the database stopped and started under it: 503 with Retry-After, the localized page and the
 *   disclaimer, the admin's message; then everything back without a restart;
 * - SIGKILL in the middle of a publish, at a few moments: the document wholly old or wholly new;
 * - a scheduled job in the middle of its run: killed, it runs again after the next start;
 *   stopped with SIGTERM, it finishes before the pool closes and the process exits 0;
 * - SIGTERM with a request in flight: it completes, new connections are refused, exit 0.
 * After each SIGTERM, PostgreSQL saw every connection closed by the server, none dropped.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startEmbeddedPostgres, type EmbeddedCluster } from '@/tooling/database/embedded-postgres'
import { getMessages } from '@/lib/i18n/messages'
import { locales, type Locale } from '@/lib/i18n/locales'
import { categoryPath, episodePath, glossaryPath, glossaryTermPath, homePath, seriesPath } from '@/lib/i18n/paths'
import { episodes, glossaryTerms, series, therapyCategories } from '@/tooling/seed/content'

import { TEST_SECRET } from '../setup/test-secret'
import { createAdminWithCommand } from '../support/admin-account'
import {
  freePort,
  runScript,
  startNextServer,
  startProductionServer,
  type NextServer,
  type ProductionServer,
} from '../../tooling/server/production-server'
import { scheduledEpisode } from './unpublished-content'

/** docker-compose's public address: nginx's port on the host, which nothing answers here. */
const COMPOSE_SITE_URL = 'http://localhost:8080'
const ADMIN = { email: 'night-editor@column.example', password: 'Kiln-orbit-7-saffron-drift' }

let dataDirectory: string
let clusterPort: number
let cluster: EmbeddedCluster
let production: ProductionServer
/** The server now running: the first one, then each one started after a kill. */
let server: NextServer
let requestNumber = 0

/** Each request from an address of its own, so that the in-app rate limits never answer 429. */
function get(url: string, init: RequestInit = {}): Promise<Response> {
  requestNumber += 1
  const headers = new Headers(init.headers)
  headers.set('X-Forwarded-For', `198.51.100.${requestNumber % 250}, 10.0.${Math.floor(requestNumber / 250) % 250}.1`)
  // A connection of its own: one kept alive across a server's idle timeout would fail the next
  // request with "other side closed", which says nothing about the server.
  headers.set('Connection', 'close')
  return fetch(new URL(url, server.baseUrl), {
    redirect: 'manual',
    signal: AbortSignal.timeout(20_000),
    ...init,
    headers,
  }).catch((error: Error) => {
    // With what the server said, which is where the reason is.
    throw new Error(`${url}: ${error.message}\n${server.output().slice(-3000)}`, { cause: error.cause })
  })
}

async function waitFor<T>(what: string, attempt: () => Promise<T | undefined>, tries = 60): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const result = await attempt().catch(() => undefined)
    if (result !== undefined) return result
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${what}: still not so after ${tries} tries\n${server.output().slice(-3000)}`)
}

async function query<Row extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: production.database.url })
  await client.connect()
  try {
    return (await client.query<Row>(sql, values)).rows
  } finally {
    await client.end()
  }
}

/** Starts the server again on the same database, after a kill or a stop. */
async function restart(): Promise<void> {
  server = await startNextServer({ env: production.env })
}

/**
 * Sessions of the test database that PostgreSQL saw end without the client saying goodbye (a
 * process that died, a socket dropped): a pool closed with `end()` sends each connection's
 * Terminate message first and leaves this figure where it was.
 */
async function abandonedSessions(): Promise<number> {
  const [{ abandoned }] = await query<{ abandoned: string }>(
    'select sessions_abandoned as abandoned from pg_stat_database where datname = current_database()',
  )
  return Number(abandoned)
}

function startCluster(): Promise<EmbeddedCluster> {
  return startEmbeddedPostgres({ dataDirectory, port: clusterPort })
}

/** Pages of several kinds in a locale, none of them read before the database stops. */
function uncachedPages(locale: Locale): string[] {
  return [
    homePath(locale),
    episodePath(locale, episodes[0]!.slug),
    seriesPath(locale, series.slug),
    categoryPath(locale, therapyCategories[0]!.slug),
    glossaryTermPath(locale, glossaryTerms[0]!.slug),
  ]
}

beforeAll(async () => {
  dataDirectory = mkdtempSync(path.join(tmpdir(), 'column-faults-'))
  clusterPort = await freePort()
  cluster = await startCluster()
  production = await startProductionServer({
    secret: TEST_SECRET,
    databasePrefix: 'column_faults',
    databaseServerUrl: cluster.serverUrl,
    env: { SITE_URL: COMPOSE_SITE_URL, JOBS_AUTORUN: 'true', JOBS_AUTORUN_CRON: '*/2 * * * * *' },
    seed: (databaseUrl) => {
      runScript('scripts/seed.ts', ['--without-admin'], { databaseUrl, secret: TEST_SECRET })
      runScript('tests/e2e/seed-unpublished-content.ts', [], { databaseUrl, secret: TEST_SECRET })
    },
  })
  server = production
}, 240_000)

afterAll(async () => {
  if (server && server.process.exitCode === null && server.process.signalCode === null) server.process.kill('SIGKILL')
  await cluster?.stop().catch(() => {})
  if (dataDirectory) rmSync(dataDirectory, { recursive: true, force: true })
})

describe('health checks', () => {
  it('answer a burst from one database connection, liveness and readiness apart', async () => {
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) => get(i % 2 ? '/api/health' : '/api/health/ready')),
    )
    expect(answers.map((answer) => answer.status)).toEqual(Array(100).fill(200))
    const [{ count }] = await query<{ count: string }>(
      "select count(*) from pg_stat_activity where application_name = 'the-column health' and datname = current_database()",
    )
    expect(Number(count)).toBe(1)
    const live = await get('/api/health/live')
    expect(live.status).toBe(200)
    expect(await live.json()).toEqual({ status: 'ok' })
  })
})

describe('a scheduled publish with docker-compose’s SITE_URL', () => {
  it('reaches its page: the job revalidates the cache itself, through no address', async () => {
    const pageUrl = episodePath('ja', scheduledEpisode.slug)
    runScript('tests/e2e/schedule-publish.ts', ['3'], { databaseUrl: production.database.url, secret: TEST_SECRET })
    // Twice before its time, so that the second 404 comes from Next's data cache.
    expect((await get(pageUrl)).status).toBe(404)
    expect((await get(pageUrl)).status).toBe(404)
    const html = await waitFor('the scheduled episode is public', async () => {
      const response = await get(pageUrl)
      return response.status === 200 ? response.text() : undefined
    })
    expect(html).toContain(scheduledEpisode.title)
    // Payload deletes a job that completed; one that failed stays, with its error. (The daily
    // retention task of inquiries waits there for its own time: not this job.)
    expect(await query("select id, error from payload_jobs where task_slug = 'schedulePublish'")).toEqual([])
  })
})

describe('the database stopped under the running server', () => {
  const cachedPage = glossaryPath('ja')

  it('answers uncached pages 503 with Retry-After, the localized page and the disclaimer', async () => {
    expect((await get(cachedPage)).status).toBe(200)
    await cluster.stop()
    for (const locale of locales) {
      const messages = getMessages(locale)
      for (const page of uncachedPages(locale)) {
        const response = await get(page)
        const html = await response.text()
        expect({ page, status: response.status }).toEqual({ page, status: 503 })
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
        expect(html).toContain(`<html lang="${locale}"`)
        expect(html).toContain(messages.disclaimer.builtIn.slice(0, 30))
        expect(html).toContain(messages.error.unavailableTitle)
        expect(html).not.toMatch(/ECONNREFUSED|node_modules|\.[jt]sx?:\d+:\d+/)
      }
    }
  })

  it('keeps serving a page already in the cache', async () => {
    const response = await get(cachedPage)
    expect(response.status).toBe(200)
  })

  it('says so to the orchestrator and the admin', async () => {
    expect((await get('/api/health')).status).toBe(503)
    expect((await get('/api/health/ready')).status).toBe(503)
    expect((await get('/api/health/live')).status).toBe(200)
    for (const locale of locales) {
      const admin = await get('/admin', { headers: { 'Accept-Language': locale } })
      expect(admin.status).toBe(503)
      expect(admin.headers.get('retry-after')).toBeTruthy()
      const html = await admin.text()
      expect(html).toContain(`<html lang="${locale}"`)
      expect(html).toContain(getMessages(locale).adminUnavailable.title)
    }
  })

  it('recovers without a restart once the database is back', async () => {
    cluster = await startCluster()
    await waitFor('health is 200 again', async () => ((await get('/api/health')).status === 200 ? true : undefined))
    for (const locale of locales) {
      for (const page of uncachedPages(locale)) {
        const response = await get(page)
        expect({ page, status: response.status }).toEqual({ page, status: 200 })
      }
    }
    const admin = await get('/admin')
    expect(admin.status).not.toBe(503)
    expect(admin.status).toBeLessThan(500)
    expect(server.process.exitCode).toBeNull()
  })
})

describe('SIGKILL in the middle of a publish', () => {
  const episode = episodes[2]!

  type Snapshot = { title: { ja: string; en: string }; latestVersions: number; latestTitle: { ja: string; en: string } }

  /** The document and its versions as the database has them, read while no server runs. */
  async function snapshot(id: number): Promise<Snapshot> {
    const titles = await query<{ locale: Locale; title: string }>(
      'select _locale as locale, title from episodes_locales where _parent_id = $1',
      [id],
    )
    const latest = await query<{ id: number }>('select id from _episodes_v where parent_id = $1 and latest', [id])
    const latestTitles = await query<{ locale: Locale; title: string }>(
      'select _locale as locale, version_title as title from _episodes_v_locales where _parent_id = $1',
      [latest[0]?.id ?? -1],
    )
    const byLocale = (rows: { locale: Locale; title: string }[]) =>
      Object.fromEntries(rows.map((row) => [row.locale, row.title])) as { ja: string; en: string }
    return { title: byLocale(titles), latestVersions: latest.length, latestTitle: byLocale(latestTitles) }
  }

  it('leaves the document wholly old or wholly new, and the next start clean', { timeout: 180_000 }, async () => {
    createAdminWithCommand({
      databaseUrl: production.database.url,
      secret: TEST_SECRET,
      siteUrl: COMPOSE_SITE_URL,
      ...ADMIN,
    })
    const [{ id }] = await query<{ id: number }>('select id from episodes where slug = $1', [episode.slug])
    const before = await snapshot(id)
    expect(before.latestVersions).toBe(1)
    const seen = new Set<string>()

    for (const [attempt, offsetMs] of [40, 120, 300].entries()) {
      const login = await get('/api/users/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(ADMIN),
      })
      expect(login.status).toBe(200)
      const { token } = (await login.json()) as { token: string }
      const current = await snapshot(id)
      const newTitle = `${before.title.ja}(改訂 ${attempt + 1})`
      const publish = get(`/api/episodes/${id}?locale=ja`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ title: newTitle, _status: 'published' }),
      }).catch(() => undefined)
      await new Promise((resolve) => setTimeout(resolve, offsetMs))
      server.process.kill('SIGKILL')
      await server.exited
      await publish

      const after = await snapshot(id)
      expect([current.title.ja, newTitle]).toContain(after.title.ja)
      seen.add(after.title.ja === newTitle ? 'new' : 'old')
      // The other locale untouched, one latest version, and it is the document.
      expect(after.title.en).toBe(before.title.en)
      expect(after.latestVersions).toBe(1)
      expect(after.latestTitle).toEqual(after.title)

      await restart()
      const page = await get(episodePath('ja', episode.slug))
      expect(page.status).toBe(200)
      expect(await page.text()).toContain(after.title.ja)
    }

    console.log(`SIGKILL mid-publish: found the document ${[...seen].join(' and ')} after the kills`)
  })
})

describe('a scheduled job running when the server stops', () => {
  /**
   * Holds the scheduled episode's rows locked in a transaction of the test's own, so that a job
   * writing to them waits in the middle of its run for as long as the test likes.
   */
  async function holdEpisodeRows(): Promise<{ release: () => Promise<void> }> {
    const client = new pg.Client({ connectionString: production.database.url })
    await client.connect()
    await client.query('begin')
    await client.query(
      'select e.id from episodes e join episodes_locales l on l._parent_id = e.id where e.slug = $1 for update',
      [scheduledEpisode.slug],
    )
    return {
      release: async () => {
        await client.query('rollback')
        await client.end()
      },
    }
  }

  /** Queues a due job for the scheduled episode and waits until the runner is stuck inside it. */
  async function jobWaitingInTheMiddle(type: 'publish' | 'unpublish'): Promise<number> {
    runScript('tests/e2e/queue-scheduled-job.ts', [scheduledEpisode.slug, type], {
      databaseUrl: production.database.url,
      secret: TEST_SECRET,
    })
    const id = await waitFor('the runner took the job', async () => {
      const rows = await query<{ id: number }>('select id from payload_jobs where processing')
      return rows[0]?.id
    })
    await waitFor('the job waits for the locked rows', async () => {
      const rows = await query(
        "select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
      )
      return rows.length > 0 ? true : undefined
    })
    return id
  }

  async function japaneseStatus(): Promise<string> {
    const [{ status }] = await query<{ status: string }>(
      "select l._status as status from episodes e join episodes_locales l on l._parent_id = e.id where e.slug = $1 and l._locale = 'ja'",
      [scheduledEpisode.slug],
    )
    return status
  }

  it(
    'killed (SIGKILL): the job is left unfinished, and the next start runs it again',
    { timeout: 120_000 },
    async () => {
      expect(await japaneseStatus()).toBe('published')
      const rows = await holdEpisodeRows()
      const jobId = await jobWaitingInTheMiddle('unpublish')
      const abandonedBefore = await abandonedSessions()
      server.process.kill('SIGKILL')
      await server.exited
      await rows.release()

      // Nothing of the interrupted run was kept, and the job is still marked as running.
      expect(await japaneseStatus()).toBe('published')
      expect(await query('select id from payload_jobs where id = $1 and processing', [jobId])).toHaveLength(1)
      // The counter below sees a killed process's connections: the SIGTERM tests rely on it.
      await waitFor('PostgreSQL counted the dropped connections', async () =>
        (await abandonedSessions()) > abandonedBefore ? true : undefined,
      )

      await restart()
      // Payload deletes a job that completed, and keeps one that failed with its error.
      await waitFor('the job ran again after the start', async () =>
        (await query('select id from payload_jobs where id = $1', [jobId])).length === 0 ? true : undefined,
      )
      expect(await japaneseStatus()).toBe('draft')
      await waitFor('the unpublished page is gone', async () =>
        (await get(episodePath('ja', scheduledEpisode.slug))).status === 404 ? true : undefined,
      )
    },
  )

  it(
    'stopped (SIGTERM): the job finishes first, then the pool closes, and the exit is 0',
    { timeout: 120_000 },
    async () => {
      expect(await japaneseStatus()).toBe('draft')
      const rows = await holdEpisodeRows()
      const jobId = await jobWaitingInTheMiddle('publish')
      const abandonedBefore = await abandonedSessions()
      server.process.kill('SIGTERM')
      await waitFor('the server says it waits for the job', async () =>
        server.output().includes('Shutdown: waiting for the running job to finish') ? true : undefined,
      )
      // Well past Next's own exit, which comes as soon as no request is in flight.
      await new Promise((resolve) => setTimeout(resolve, 2_000))
      expect(server.process.exitCode).toBeNull()

      await rows.release()
      expect(await server.exited).toBe(0)
      expect(await query('select id from payload_jobs where id = $1', [jobId])).toEqual([])
      expect(await japaneseStatus()).toBe('published')
      expect(server.output()).toContain('Shutdown: database connections closed')
      expect(server.output()).not.toContain('after the next start')
      // Every connection was closed by the server, none dropped by its exit.
      expect(await abandonedSessions()).toBe(abandonedBefore)

      await restart()
      const page = await get(episodePath('ja', scheduledEpisode.slug))
      expect(page.status).toBe(200)
    },
  )
})

describe('SIGTERM', () => {
  /** A GraphQL request whose body arrives in two halves: in flight while the server is told to stop. */
  function slowRequest(): { sendRest: () => void; response: Promise<{ status: number; body: string }> } {
    const body = JSON.stringify({ query: '{ Episodes(limit: 1) { docs { slug } } }' })
    const { port } = new URL(server.baseUrl)
    const request = http.request({
      host: '127.0.0.1',
      port,
      path: '/api/graphql',
      method: 'POST',
      agent: false,
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
        Connection: 'close',
        'X-Forwarded-For': '198.51.100.251',
      },
    })
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      request.on('response', (answer) => {
        let text = ''
        answer.setEncoding('utf8')
        answer.on('data', (chunk) => (text += chunk))
        answer.on('end', () => resolve({ status: answer.statusCode!, body: text }))
      })
      request.on('error', reject)
    })
    const half = Math.floor(body.length / 2)
    request.write(body.slice(0, half))
    return { sendRest: () => request.end(body.slice(half)), response }
  }

  it(
    'finishes the request in flight, refuses new connections, closes the pool and exits 0',
    { timeout: 60_000 },
    async () => {
      const abandonedBefore = await abandonedSessions()
      const inFlight = slowRequest()
      // The request has reached the server (its headers are parsed) before the signal.
      await new Promise((resolve) => setTimeout(resolve, 500))
      server.process.kill('SIGTERM')
      await waitFor('new connections are refused', async () => {
        const refused = await get('/api/health/live').then(
          () => false,
          (error: { cause?: { code?: string } }) => error.cause?.code === 'ECONNREFUSED',
        )
        return refused ? true : undefined
      })
      expect(server.process.exitCode).toBeNull()
      inFlight.sendRest()
      const answer = await inFlight.response
      expect(answer.status).toBe(200)
      expect(JSON.parse(answer.body)).toMatchObject({ data: { Episodes: { docs: [{ slug: expect.any(String) }] } } })
      expect(await server.exited).toBe(0)
      expect(server.output()).toContain('Shutdown: database connections closed')
      expect(await abandonedSessions()).toBe(abandonedBefore)
    },
  )
})
