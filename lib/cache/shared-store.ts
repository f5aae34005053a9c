/**
 * This process's cache store (lib/cache/cache-store.mjs) as the app's own code reaches it, with
 * the app's validated configuration: the same store Next's cache handler (cache-handler.mjs) uses.
 */
import { env } from '@/lib/env'

import { cacheStore, readBuildId, type CacheStore } from './cache-store.mjs'

const megabyte = 1024 * 1024

export function sharedCacheStore(): CacheStore {
  return cacheStore({
    redisUrl: env.REDIS_URL,
    keyPrefix: env.REDIS_KEY_PREFIX,
    memoryBytes: env.CACHE_MEMORY_MB * megabyte,
    buildId: () => readBuildId(env.nextDistDir),
  })
}
