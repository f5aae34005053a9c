/**
 * The store behind Next's cache (lib/cache/cache-store.mjs), in memory and in the machine's Redis:
 * a catalogue of 2,000 pages stays cached in memory on a second pass; for generated entries and
 * tags, a revalidated tag (one of ours or a path tag Next derives) makes exactly the entries that
 * carry it (pages, and route handlers' responses, which name their tags in their headers) miss; pages keep their bytes through Redis; and two stores on one Redis, as two
 * instances, see each other's pages and revalidations, while another build sees neither.
 *
 * Redis tests use 127.0.0.1:6379 (REDIS_TEST_URL to change it) and skip, saying so, when none
 * answers there outside CI; in CI a missing Redis fails them.
 */
import { randomUUID } from 'node:crypto'

import { createClient } from '@redis/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createCacheStore, entryBytes, type CacheStore } from '@/lib/cache/cache-store.mjs'
import { seededRandom } from '../helpers/seeded-random'

const redisUrl = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379'
const megabyte = 1024 * 1024

async function redisAnswers(): Promise<boolean> {
  const client = createClient({ url: redisUrl, socket: { connectTimeout: 1000, reconnectStrategy: false } })
  client.on('error', () => {})
  try {
    await client.connect()
    await client.ping()
    await client.close()
    return true
  } catch {
    return false
  }
}
const haveRedis = (await redisAnswers()) || process.env.CI === 'true'
if (!haveRedis) console.warn(`cache-store: no Redis at ${redisUrl}; the Redis half of these tests is skipped`)

/** A rendered page as Next hands it to the cache: HTML, the RSC payload and per-segment data. */
function page(bytes: number, fill: number, tags: string[]) {
  return {
    kind: 'APP_PAGE',
    html: `<!DOCTYPE html><html lang="ja"><body>${'あ'.repeat(Math.floor(bytes / 2))}</body></html>`,
    rscData: Buffer.alloc(Math.floor(bytes / 2), fill),
    headers: { 'x-next-cache-tags': tags.join(',') },
    postponed: undefined,
    status: 200,
    segmentData: new Map([['/_tree', Buffer.from([fill, 1, 2, 3])]]),
  }
}

/** A route handler's response (a feed, the sitemap): Next names its tags in its headers only. */
function routeResponse(tags: string[]) {
  return {
    kind: 'APP_ROUTE',
    body: Buffer.from('<rss/>'),
    headers: { 'content-type': 'application/rss+xml', 'x-next-cache-tags': tags.join(',') },
    status: 200,
  }
}

const entry = (value: unknown, tags: string[], lastModified = Date.now()) => ({ lastModified, tags, value })

/** Every other entry is a route handler's, whose tags Next gives in its headers, not alongside. */
const stored = (index: number, tags: string[], lastModified: number) =>
  index % 2 === 0 ? entry(page(64, 7, tags), tags, lastModified) : entry(routeResponse(tags), [], lastModified)

async function waitForReady(store: CacheStore): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      await store.handler.get('readiness-probe', { implicitTags: [] })
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  throw new Error(`Redis at ${redisUrl} did not become ready`)
}

const explicitTags = ['episodes', 'series', 'glossary', 'pages', 'navigation', 'disclaimers', 'episode:a', 'episode:b']
const pathTags = ['_N_T_/layout', '_N_T_/ja/layout', '_N_T_/en/layout', '_N_T_/ja/series/x']

/** For a seeded case: entries with random tags, a random set of them revalidated, then each read. */
async function revalidationCase(store: CacheStore, seed: number): Promise<void> {
  const next = seededRandom(seed)
  const pick = <T>(items: T[], chance: number) => items.filter(() => next() < chance)
  const written = Array.from({ length: 60 }, (_, index) => ({
    key: `case-${seed}-${index}`,
    tags: pick(explicitTags, 0.25),
    implicit: pick(pathTags, 0.4),
  }))
  const before = Date.now() - 10
  for (const [index, { key, tags }] of written.entries()) await store.handler.set(key, stored(index, tags, before))
  const revalidated = new Set([...pick(explicitTags, 0.2), ...pick(pathTags, 0.2)])
  await store.revalidateTags([...revalidated])
  for (const { key, tags, implicit } of written) {
    const stale = [...tags, ...implicit].some((tag) => revalidated.has(tag))
    const found = await store.handler.get(key, { implicitTags: implicit })
    expect(
      found === null,
      `seed ${seed}, ${key}: tags ${[...tags, ...implicit]}, revalidated ${[...revalidated]}`,
    ).toBe(stale)
  }
  // Written again after the revalidation: a hit, whatever its tags.
  for (const [index, { key, tags, implicit }] of written.entries()) {
    await store.handler.set(key, stored(index, tags, Date.now() + 1))
    expect(await store.handler.get(key, { implicitTags: implicit }), `seed ${seed}, ${key} rewritten`).not.toBeNull()
  }
}

describe('the cache in memory (no REDIS_URL)', () => {
  it('keeps a catalogue of 2,000 pages of 90 KB on a second pass, within the default 256 MB', async () => {
    const store = createCacheStore({ keyPrefix: 'column', memoryBytes: 256 * megabyte, buildId: 'test' })
    const keys = Array.from({ length: 2000 }, (_, index) => `/ja/series/s/${index}`)
    for (const [index, key] of keys.entries()) await store.handler.set(key, entry(page(90_000, index % 251, []), []))
    let hits = 0
    for (const [index, key] of keys.entries()) {
      const found = (await store.handler.get(key, { implicitTags: [] })) as { value: { rscData: Buffer } } | null
      if (found?.value.rscData[0] === index % 251) hits += 1
    }
    expect(hits).toBe(keys.length)
  })

  it('stays within a small budget, dropping the least recently used pages', async () => {
    const budget = 16 * megabyte
    const store = createCacheStore({ keyPrefix: 'column', memoryBytes: budget, buildId: 'test' })
    const size = entryBytes(page(90_000, 1, []))
    for (let index = 0; index < 2000; index += 1) await store.handler.set(`p${index}`, entry(page(90_000, 1, []), []))
    let kept = 0
    for (let index = 0; index < 2000; index += 1)
      if (await store.handler.get(`p${index}`, { implicitTags: [] })) kept += 1
    expect(kept).toBeGreaterThan(0)
    expect(kept * size).toBeLessThanOrEqual(budget)
    // The most recent page is among those kept.
    expect(await store.handler.get('p1999', { implicitTags: [] })).not.toBeNull()
  })

  it.each(Array.from({ length: 20 }, (_, index) => index + 1))(
    'misses exactly the entries with a revalidated tag (seed %i)',
    async (seed) => {
      await revalidationCase(
        createCacheStore({ keyPrefix: 'column', memoryBytes: 64 * megabyte, buildId: 'test' }),
        seed,
      )
    },
  )
})

describe.runIf(haveRedis)('the cache in Redis (REDIS_URL)', () => {
  const prefix = `column-test-${randomUUID()}`
  const stores: CacheStore[] = []
  const open = async (buildId = 'build-1') => {
    const store = createCacheStore({ redisUrl, keyPrefix: prefix, memoryBytes: megabyte, buildId })
    stores.push(store)
    await waitForReady(store)
    return store
  }
  let first: CacheStore
  let second: CacheStore

  beforeAll(async () => {
    first = await open()
    second = await open()
  })

  afterAll(async () => {
    const client = createClient({ url: redisUrl })
    await client.connect()
    for await (const keys of client.scanIterator({ MATCH: `${prefix}:*`, COUNT: 1000 })) {
      if (keys.length > 0) await client.unlink(keys)
    }
    await client.close()
    for (const store of stores) await store.close()
  })

  it('gives a page back with its bytes: HTML, RSC payload and segment data', async () => {
    const value = page(90_000, 42, ['episodes'])
    await first.handler.set('/ja', entry(value, ['episodes']))
    const found = (await second.handler.get('/ja', { implicitTags: [] })) as { value: ReturnType<typeof page> }
    expect(found.value.html).toBe(value.html)
    expect(Buffer.compare(found.value.rscData, value.rscData)).toBe(0)
    expect(Buffer.compare(found.value.segmentData.get('/_tree')!, value.segmentData.get('/_tree')!)).toBe(0)
  })

  it.each(Array.from({ length: 10 }, (_, index) => index + 1))(
    'misses exactly the entries with a revalidated tag (seed %i)',
    async (seed) => {
      await revalidationCase(first, seed)
    },
  )

  it("shares one instance's pages and revalidations with another, and nothing across builds", async () => {
    const tags = ['episode:shared']
    await first.handler.set('/en/series/shared/1', entry(page(1000, 3, tags), tags, Date.now() - 10))
    expect(await second.handler.get('/en/series/shared/1', { implicitTags: [] })).not.toBeNull()
    const otherBuild = await open('build-2')
    expect(await otherBuild.handler.get('/en/series/shared/1', { implicitTags: [] })).toBeNull()
    await second.revalidateTags(tags)
    expect(await first.handler.get('/en/series/shared/1', { implicitTags: [] })).toBeNull()
    // A path tag revalidated by one instance (revalidatePath) reaches the other too.
    await first.handler.set('/en/glossary', entry(page(1000, 4, []), [], Date.now() - 10))
    await first.revalidateTags(['_N_T_/en/glossary'])
    expect(await second.handler.get('/en/glossary', { implicitTags: ['_N_T_/en/glossary'] })).toBeNull()
  })
})
