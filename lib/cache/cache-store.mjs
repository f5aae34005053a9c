/**
 * Where Next.js keeps its cache (rendered pages, route handlers such as the feeds, and the
 * `unstable_cache` data of lib/content, each with its tags), and how a tag is revalidated there.
 *
 * - With a Redis URL, every instance of one build shares one cache in Redis, through
 *   `@fortedigital/nextjs-cache-handler`'s Redis handler: a page rendered by one instance is a hit
 *   on the others, and a revalidation made by any of them (or by a scheduled job) is seen by all
 *   on their next request. Keys live under `<prefix>:<build id>:`, so a new deploy starts empty
 *   instead of serving pages that point at the previous build's scripts.
 * - Without one (development, a single small site), an LRU in this process measured in bytes
 *   (`memoryBytes`), large enough that a catalogue of thousands of pages stays cached; Next's own
 *   memory cache (50 MB, `cacheMaxMemorySize`) is switched off in next.config.ts.
 *
 * Plain JavaScript: Next.js loads its cache handler (cache-handler.mjs) outside its bundles, so
 * neither can import TypeScript. The store is one per process, kept on `globalThis`, because Next's
 * handler and the app's own revalidation (lib/cache/revalidate.ts) load this file as two module
 * instances.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'
import { LRUCache } from 'lru-cache'

const storeKey = Symbol.for('the-column.cache-store')
/** A Redis that does not answer within this is treated as a miss: the page renders instead. */
const redisTimeoutMs = 1000

/**
 * @typedef {{ lastModified: number, tags: readonly string[], value: unknown, lifespan?: unknown }} CacheEntry
 * @typedef {{
 *   name: string,
 *   get(key: string, meta: { implicitTags: string[] }): Promise<CacheEntry | null>,
 *   set(key: string, entry: CacheEntry, ctx?: { setOnlyIfNotExists?: boolean }): Promise<void>,
 *   revalidateTag(tag: string): Promise<void>,
 *   delete(key: string): Promise<void>,
 * }} CacheStoreHandler
 * @typedef {{ redisUrl?: string, keyPrefix: string, memoryBytes: number, buildId: string | (() => string) }} CacheStoreOptions
 * @typedef {{ kind: 'redis' | 'memory', keyPrefix?: string, handler: CacheStoreHandler, revalidateTags(tags: string[]): Promise<void>, ready(timeoutMs: number): Promise<boolean>, close(): Promise<void> }} CacheStore
 */

/**
 * Bytes an entry holds: its buffers and strings (a page's HTML, RSC payload and segment data; a
 * route's body; a query's JSON), plus a little for the object around them. The LRU in
 * fortedigital's package measures by `JSON.stringify`, which counts a buffer's every byte as up to
 * four characters and serialises each page once more on every write; this one only walks it.
 * @param {unknown} value
 * @param {number} depth
 * @returns {number}
 */
export function entryBytes(value, depth = 0) {
  if (value === null || value === undefined) return 0
  if (typeof value === 'string') return value.length
  if (typeof value !== 'object') return 8
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return value.byteLength
  if (depth > 8) return 64
  let bytes = 64
  const children = value instanceof Map ? value.values() : Array.isArray(value) ? value : Object.values(value)
  for (const child of children) bytes += entryBytes(child, depth + 1)
  return bytes
}

/**
 * An in-process handler with the same contract as fortedigital's handlers. A revalidated tag is
 * remembered with its time, and an entry written before it is a miss (and dropped) when read: no
 * walk over every entry per revalidation.
 * @param {number} memoryBytes
 * @returns {CacheStoreHandler}
 */
export function createMemoryHandler(memoryBytes) {
  /** @type {LRUCache<string, CacheEntry>} */
  const entries = new LRUCache({
    maxSize: memoryBytes,
    // One entry larger than a tenth of the budget would push out many others: not kept.
    maxEntrySize: Math.max(1, Math.floor(memoryBytes / 10)),
    sizeCalculation: (entry) => Math.max(1, entryBytes(entry.value)),
  })
  /** @type {Map<string, number>} */
  const revalidatedAt = new Map()
  return {
    name: 'memory-lru',
    async get(key, { implicitTags }) {
      const entry = entries.get(key)
      if (!entry) return null
      for (const tag of [...entry.tags, ...implicitTags]) {
        const at = revalidatedAt.get(tag)
        // `>=`: an entry written in the very millisecond of a revalidation may hold what was read
        // before it; one render too many is the safe side.
        if (at !== undefined && at >= entry.lastModified) {
          entries.delete(key)
          return null
        }
      }
      return entry
    },
    async set(key, entry, ctx) {
      if (ctx?.setOnlyIfNotExists && entries.has(key)) return
      entries.set(key, entry)
    },
    async revalidateTag(tag) {
      revalidatedAt.set(tag, Date.now())
    },
    async delete(key) {
      entries.delete(key)
    },
  }
}

/**
 * @param {string} redisUrl
 * @param {string} keyPrefix
 */
function createRedisStore(redisUrl, keyPrefix) {
  const client = createClient({
    url: redisUrl,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000) },
  })
  // Redis down is a slower site, not a dead one: every read is a miss until it is back. Say so
  // once per outage rather than on every reconnection attempt.
  let reported = false
  client.on('error', (/** @type {Error} */ error) => {
    if (reported) return
    reported = true
    console.error(`The shared cache (Redis) is unreachable, pages render on every request: ${error.message}`)
  })
  client.on('ready', () => {
    if (reported) console.info('The shared cache (Redis) is reachable again.')
    reported = false
  })
  client.connect().catch(() => {})
  const handler = /** @type {CacheStoreHandler} */ (
    /** @type {unknown} */ (
      createRedisHandler({ client: /** @type {never} */ (client), keyPrefix, timeoutMs: redisTimeoutMs })
    )
  )
  return { client, handler }
}

/**
 * Revalidates a tag by recording when: fortedigital's `get` already compares every tag of an
 * entry (its own and Next's path tags) with the times in `<prefix>__revalidated_tags__` and drops
 * an entry written before, so this is enough for every instance to miss it on its next read. The
 * package's own `revalidateTag` also walks every key's tags (two `HSCAN`s over every entry, each
 * parsed) to delete the entries at once, which at tens of thousands of entries took most of a
 * publish's second per tag. Entries left stale are deleted when next read, or pushed out by
 * Redis's `allkeys-lru` (the policy docker-compose's Redis runs with).
 * @param {CacheStoreHandler} handler
 * @param {(key: string, field: string, value: string) => Promise<unknown>} hashSet
 * @param {string} keyPrefix
 * @returns {CacheStoreHandler}
 */
export function revalidatingByTime(handler, hashSet, keyPrefix) {
  const revalidatedTagsKey = `${keyPrefix}__revalidated_tags__`
  return {
    ...handler,
    async revalidateTag(tag) {
      await hashSet(revalidatedTagsKey, tag, String(Date.now()))
    },
  }
}

/**
 * The tags Next records in a cached response's headers. fortedigital's CacheHandler reads them
 * for pages only, so a route handler's response (the feeds, the sitemap, share images) would be
 * stored without the tags of the data it was built from, and no revalidation would reach it.
 * @param {CacheEntry} entry
 * @returns {CacheEntry}
 */
export function withResponseTags(entry) {
  const value = /** @type {{ headers?: Record<string, unknown> } | null} */ (entry.value)
  const header = value?.headers?.['x-next-cache-tags']
  if (typeof header !== 'string' || header === '') return entry
  const tags = new Set([...entry.tags, ...header.split(',').filter(Boolean)])
  return tags.size === entry.tags.length ? entry : { ...entry, tags: [...tags] }
}

/**
 * @param {CacheStoreHandler} handler
 * @returns {CacheStoreHandler}
 */
function taggingResponses(handler) {
  return { ...handler, set: (key, entry, ctx) => handler.set(key, withResponseTags(entry), ctx) }
}

/**
 * A cache store with `options`: Redis with a URL, else memory.
 * @param {CacheStoreOptions} options
 * @returns {CacheStore}
 */
export function createCacheStore(options) {
  if (options.redisUrl) {
    const buildId = typeof options.buildId === 'function' ? options.buildId() : options.buildId
    const keyPrefix = `${options.keyPrefix}:${buildId}:`
    const { client, handler: redisHandler } = createRedisStore(options.redisUrl, keyPrefix)
    // Bounded like the package's own commands: a Redis that does not answer fails the revalidation
    // (reported by Next) instead of holding the save that asked for it.
    const hashSet = (/** @type {string} */ key, /** @type {string} */ field, /** @type {string} */ value) =>
      client.withAbortSignal(AbortSignal.timeout(redisTimeoutMs)).hSet(key, field, value)
    const handler = taggingResponses(revalidatingByTime(redisHandler, hashSet, keyPrefix))
    return {
      kind: 'redis',
      keyPrefix,
      handler,
      revalidateTags: (tags) => revalidateAll(handler, tags),
      ready: (timeoutMs) => connected(client, timeoutMs),
      close: async () => {
        if (client.isOpen) await client.close()
      },
    }
  }
  const handler = taggingResponses(createMemoryHandler(options.memoryBytes))
  return {
    kind: 'memory',
    handler,
    revalidateTags: (tags) => revalidateAll(handler, tags),
    ready: async () => true,
    close: async () => {},
  }
}

/**
 * This process's cache store, made on first use with `options` (later calls get the same one).
 * @param {CacheStoreOptions} options
 * @returns {CacheStore}
 */
export function cacheStore(options) {
  const existing = /** @type {CacheStore | undefined} */ (Reflect.get(globalThis, storeKey))
  if (existing) return existing
  const store = createCacheStore(options)
  Reflect.set(globalThis, storeKey, store)
  return store
}

/** Forgets this process's store (tests that make several in one process). */
export async function closeCacheStore() {
  const existing = /** @type {CacheStore | undefined} */ (Reflect.get(globalThis, storeKey))
  Reflect.deleteProperty(globalThis, storeKey)
  await existing?.close()
}

/**
 * Whether the client is connected within `timeoutMs`. Until it is, every read is a miss: a server
 * waits for it at start (lib/prepare-server.ts) so that its first requests use the shared cache.
 * @param {{ isReady: boolean, once(event: string, listener: () => void): unknown, off(event: string, listener: () => void): unknown }} client
 * @param {number} timeoutMs
 * @returns {Promise<boolean>}
 */
function connected(client, timeoutMs) {
  if (client.isReady) return Promise.resolve(true)
  return new Promise((resolve) => {
    const onReady = () => {
      clearTimeout(timer)
      resolve(true)
    }
    const timer = setTimeout(() => {
      client.off('ready', onReady)
      resolve(client.isReady)
    }, timeoutMs)
    client.once('ready', onReady)
  })
}

/**
 * @param {CacheStoreHandler} handler
 * @param {string[]} tags
 */
async function revalidateAll(handler, tags) {
  for (const tag of new Set(tags)) await handler.revalidateTag(tag)
}

/**
 * The build's id, which `next build` writes into its output directory.
 * @param {string} distDir
 */
export function readBuildId(distDir) {
  return readFileSync(path.resolve(distDir, 'BUILD_ID'), 'utf8').trim()
}
