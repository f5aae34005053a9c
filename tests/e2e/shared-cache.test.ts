/**
 * Two production instances on one database and one Redis (REDIS_URL, with a key prefix of this
 * run's own), each running the job runner every second:
 * - a page one instance rendered is a cache hit on the other;
 * - every publish, made through either instance, is what both show on their next requests after
 *   it (the time it takes is a figure of the benchmark, not asserted here);
 * - a scheduled publish goes live on both, and is published once although both run jobs.
 *
 * Uses the machine's Redis at 127.0.0.1:6379 (REDIS_TEST_URL to change it); outside CI, without
 * one, the file says so and skips.
 */
import { randomUUID } from 'node:crypto'

import { createClient } from '@redis/client'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TEST_SECRET } from '../setup/test-secret'
import {
  runScript,
  startNextServer,
  startProductionServer,
  stopProcess,
  type NextServer,
  type ProductionServer,
} from '../../tooling/server/production-server'
import { episodes } from '../../tooling/seed/content'
import { episodePath } from '@/lib/i18n/paths'

import { scheduledEpisode } from './unpublished-content'

const redisUrl = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379'
const keyPrefix = `column-e2e-${randomUUID().slice(0, 8)}`

async function redisAnswers(): Promise<boolean> {
  const client = createClient({ url: redisUrl, socket: { connectTimeout: 1000, reconnectStrategy: false } })
  client.on('error', () => {})
  try {
    await client.connect()
    await client.close()
    return true
  } catch {
    return false
  }
}
const haveRedis = (await redisAnswers()) || process.env.CI === 'true'
if (!haveRedis) console.warn(`shared-cache: no Redis at ${redisUrl}; these tests are skipped`)

let first: ProductionServer
let second: NextServer
let instances: { name: string; baseUrl: string }[]
let token: string

const editor = { email: 'shared-cache@editors.example', password: `${randomUUID()}-${randomUUID()}` }

beforeAll(async () => {
  if (!haveRedis) return
  first = await startProductionServer({
    secret: TEST_SECRET,
    databasePrefix: 'column_e2e_shared',
    env: { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: keyPrefix, JOBS_AUTORUN: 'true', JOBS_AUTORUN_CRON: '* * * * * *' },
    seed: (databaseUrl) => {
      runScript('scripts/seed.ts', ['--without-admin'], { databaseUrl, secret: TEST_SECRET })
      runScript('tests/e2e/editor-account.ts', ['create', editor.email, editor.password], {
        databaseUrl,
        secret: TEST_SECRET,
      })
    },
  })
  second = await startNextServer({ env: first.env })
  instances = [
    { name: 'first', baseUrl: first.baseUrl },
    { name: 'second', baseUrl: second.baseUrl },
  ]
  const login = await fetch(`${first.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(editor),
  })
  expect(login.status).toBe(200)
  token = ((await login.json()) as { token: string }).token
}, 300_000)

afterAll(async () => {
  if (!haveRedis) return
  if (second) await stopProcess(second.process)
  await first?.stop()
  const client = createClient({ url: redisUrl })
  await client.connect()
  for await (const keys of client.scanIterator({ MATCH: `${keyPrefix}:*`, COUNT: 1000 })) {
    if (keys.length > 0) await client.unlink(keys)
  }
  await client.close()
})

async function get(baseUrl: string, path: string): Promise<{ status: number; cache: string | null; html: string }> {
  let response: Response
  try {
    response = await fetch(`${baseUrl}${path}`)
  } catch (error) {
    // A kept-alive connection the server closed as it sat idle (a script ran in between): sent
    // again on a new one, as browsers do with an idempotent request.
    if ((error as { cause?: { code?: string } }).cause?.code !== 'UND_ERR_SOCKET') throw error
    response = await fetch(`${baseUrl}${path}`)
  }
  return { status: response.status, cache: response.headers.get('x-nextjs-cache'), html: await response.text() }
}

/** Asks until `accept` holds, a hundred times at most: a bound on tries, not on time. */
async function eventually(what: string, ask: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await ask()) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`never: ${what}`)
}

async function episodeId(slug: string): Promise<number> {
  const response = await fetch(`${first.baseUrl}/api/episodes?where[slug][equals]=${slug}&depth=0&limit=1`)
  return ((await response.json()) as { docs: { id: number }[] }).docs[0]!.id
}

describe.runIf(haveRedis)('two instances on one Redis', () => {
  // Pages render per request from the shared data cache; the feeds, transcripts and share
  // images are whole responses in it, whose x-nextjs-cache says where they came from.
  it("serve a response one of them built from the shared cache, on the other's first request", async () => {
    const paths = ['/ja/feed.xml', '/en/podcast.xml', '/sitemap.xml']
    for (const episode of episodes) {
      for (const locale of ['ja', 'en'] as const) {
        paths.push(`${episodePath(locale, episode.slug)}/transcript.txt`)
        const page = await get(first.baseUrl, episodePath(locale, episode.slug))
        const shareImage = /<meta property="og:image" content="([^"]+)"/.exec(page.html)?.[1]
        expect(shareImage, `the share image of ${episode.slug} in ${locale}`).toBeDefined()
        paths.push(new URL(shareImage!.replaceAll('&amp;', '&')).pathname)
      }
    }
    for (const [index, path] of paths.entries()) {
      const [builder, reader] = index % 2 === 0 ? instances : [...instances].reverse()
      expect((await get(builder!.baseUrl, path)).status, `${builder!.name} ${path}`).toBe(200)
      // Next stores a response as it sends it: once its builder reads it back (from Redis, the
      // only cache an instance has), it is there for the other instance too.
      await eventually(
        `${builder!.name} ${path} from the cache`,
        async () => (await get(builder!.baseUrl, path)).cache === 'HIT',
      )
      const fromOther = await get(reader!.baseUrl, path)
      if (process.env.SHARED_CACHE_DEBUG) console.log(path, builder!.name, fromOther.cache)
      expect([fromOther.status, fromOther.cache], `${reader!.name} ${path}`).toEqual([200, 'HIT'])
    }
  })

  // Every publish, through one instance then the other, each time with both caches warm.
  it.each([0, 1, 2, 3])('agree on publish %i: both show the new title on their next requests', async (round) => {
    const episode = episodes[round % episodes.length]!
    const path = episodePath('ja', episode.slug)
    const through = instances[round % 2]!
    for (const { baseUrl } of instances) expect((await get(baseUrl, path)).html).toContain(episode.title.ja)
    const title = `${episode.title.ja}(改訂 ${round} ${randomUUID().slice(0, 6)})`
    const response = await fetch(`${through.baseUrl}/api/episodes/${await episodeId(episode.slug)}?locale=ja`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ title, _status: 'published' }),
    })
    expect(response.status, await response.clone().text()).toBe(200)
    for (const { name, baseUrl } of instances) {
      await eventually(`${name} shows "${title}" after a publish through ${through.name}`, async () =>
        (await get(baseUrl, path)).html.includes(title),
      )
    }
  })

  it('publish a scheduled episode once, and both show it', { timeout: 120_000 }, async () => {
    const path = episodePath('ja', scheduledEpisode.slug)
    runScript('tests/e2e/schedule-publish.ts', ['3'], { databaseUrl: first.database.url, secret: TEST_SECRET })
    // Before its time: a 404 on both, cached.
    for (const { baseUrl } of instances) expect((await get(baseUrl, path)).status).toBe(404)
    for (const { name, baseUrl } of instances) {
      await eventually(`${name} shows the scheduled episode`, async () => (await get(baseUrl, path)).status === 200)
    }
    const client = new pg.Client({ connectionString: first.database.url })
    await client.connect()
    try {
      const { rows } = await client.query<{ published: string }>(
        `select count(*) as published from _episodes_v v
           join _episodes_v_locales l on l._parent_id = v.id and l._locale = 'ja'
           join episodes e on e.id = v.parent_id
         where e.slug = $1 and l.version__status = 'published' and v.snapshot is not true`,
        [scheduledEpisode.slug],
      )
      // One published version (Payload adds a snapshot beside it, per locale, which is not a run).
      expect(Number(rows[0]!.published)).toBe(1)
    } finally {
      await client.end()
    }
  })
})

describe.runIf(haveRedis)('an instance whose Redis does not answer', () => {
  it('starts, says so, and serves the column by rendering every request', { timeout: 120_000 }, async () => {
    const unreachable = await startNextServer({
      env: { ...first.env, REDIS_URL: 'redis://127.0.0.1:1', JOBS_AUTORUN: 'false' },
    })
    try {
      for (const episode of episodes) {
        const page = await get(unreachable.baseUrl, episodePath('en', episode.slug))
        expect([page.status, page.html.includes(episode.title.en.replaceAll('"', '&quot;'))]).toEqual([200, true])
      }
      const feeds = [await get(unreachable.baseUrl, '/en/feed.xml'), await get(unreachable.baseUrl, '/en/feed.xml')]
      expect(feeds.map((feed) => [feed.status, feed.cache])).toEqual([
        [200, 'MISS'],
        [200, 'MISS'],
      ])
      expect(unreachable.output()).toContain('The shared cache (Redis) is unreachable')
    } finally {
      await stopProcess(unreachable.process)
    }
  })
})
