/**
 * Start-up checks for the Next.js server: configuration and database before the first request,
 * so that `npm start` fails at once with one clear line; then Payload's initialisation, which
 * applies pending migrations in production (`prodMigrations`) and starts the job runner; and
 * what the process does when the database goes away or it is asked to stop
 * (docs/reliability-faults.md).
 */
import v8 from 'node:v8'

import type { Payload } from 'payload'

import { assertDatabaseReachable } from './database/connection-check'
import { env } from './env'
import { answerOutagesWith503 } from './server/unavailable-status'

/** How long a starting server waits for Redis before it serves without the shared cache. */
const REDIS_CONNECT_WAIT_MS = 5000

export async function prepareServer(): Promise<void> {
  try {
    await assertDatabaseReachable(env.DATABASE_URL)
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`)
    process.exit(1)
  }
  answerOutagesWith503()
  warnWhenTheMemoryCacheOutgrowsTheHeap()
  if (env.NODE_ENV === 'production') {
    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    const payload = await getPayload({ config })
    await connectSharedCache()
    await startJobRunnerIfAsked(payload)
    const { closeGracefullyOnSignals } = await import('./server/graceful-shutdown')
    closeGracefullyOnSignals(payload)
  } else if (env.jobsAutoRun) {
    // Development: scheduled publishing works there too (Payload starts on the first request otherwise).
    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    await startJobRunnerIfAsked(await getPayload({ config }))
  }
}

/**
 * With REDIS_URL, the cache store connects before the first request, so that request reads the
 * pages the other instances cached instead of rendering its own. Redis down is no reason not to
 * start: the site renders every request until it is back (lib/cache/cache-store.mjs).
 */
async function connectSharedCache(): Promise<void> {
  if (!env.REDIS_URL) return
  const { sharedCacheStore } = await import('./cache/shared-store')
  if (!(await sharedCacheStore().ready(REDIS_CONNECT_WAIT_MS))) {
    console.warn(
      `The shared cache (Redis) did not answer within ${REDIS_CONNECT_WAIT_MS / 1000} s: starting without it for now`,
    )
  }
}

/** What the server itself holds besides the cache, measured on the reader site (docs/scale.md#memory). */
const HEAP_WITHOUT_CACHE_MB = 300

/**
 * Without Redis, the cache lives in this process's heap (CACHE_MEMORY_MB). A heap ceiling set
 * for a Redis deployment (`--max-old-space-size=384` in docker-compose) would not hold it: the
 * process would spend its time collecting garbage, then stop with "heap out of memory". Said once
 * at start, so it is seen before that happens.
 */
function warnWhenTheMemoryCacheOutgrowsTheHeap(): void {
  if (env.REDIS_URL) return
  const heapLimitMb = Math.floor(v8.getHeapStatistics().heap_size_limit / 1024 / 1024)
  const neededMb = env.CACHE_MEMORY_MB + HEAP_WITHOUT_CACHE_MB
  if (heapLimitMb < neededMb) {
    console.warn(
      `The page cache in memory (CACHE_MEMORY_MB=${env.CACHE_MEMORY_MB}) needs a heap of about ${neededMb} MB, ` +
        `but this process may use ${heapLimitMb} MB: raise --max-old-space-size in NODE_OPTIONS, lower CACHE_MEMORY_MB, or set REDIS_URL`,
    )
  }
}

/**
 * The job runner (scheduled publish and unpublish) starts with the server, not on the first
 * request, so after a restart a scheduled episode does not wait for someone to open the admin.
 */
async function startJobRunnerIfAsked(payload: Payload): Promise<void> {
  if (!env.jobsAutoRun) return
  const { startJobRunner } = await import('./server/job-runner')
  startJobRunner(payload, env.jobsAutoRunCron)
}
