/**
 * Next.js's cache handler (next.config.ts `cacheHandler`): `@fortedigital/nextjs-cache-handler`
 * on the store of lib/cache/cache-store.mjs (Redis with REDIS_URL, else an LRU in this process).
 *
 * Next loads this file by itself, as plain JavaScript outside its bundles, before the app's
 * configuration module (lib/env.ts) is within reach: it reads the three variables it needs here.
 * lib/env-schema.ts validates the same variables when the server starts (lib/prepare-server.ts),
 * so a malformed value still stops the process with one line.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'

import { cacheStore } from './lib/cache/cache-store.mjs'

const megabyte = 1024 * 1024

CacheHandler.onCreation(({ buildId }) => {
  const store = cacheStore({
    redisUrl: process.env.REDIS_URL || undefined,
    keyPrefix: process.env.REDIS_KEY_PREFIX || 'column',
    memoryBytes: Number(process.env.CACHE_MEMORY_MB || 256) * megabyte,
    // `next build` has no BUILD_ID yet when it prerenders: those entries stay in its own memory.
    buildId: buildId ?? 'build',
  })
  return { handlers: [store.handler] }
})

export default CacheHandler
