/**
 * The Redis a scale bench runs its instances on, and what it reads from it.
 *
 * By default a private `redis-server` on a free port, configured as docker-compose's (no
 * persistence, 512 MB, allkeys-lru): Redis counts its commands and key lookups per server, not
 * per key prefix, so only a server that nothing else uses gives counts that are the bench's own.
 * With `--redis-url` an existing server is used instead, its counts shared with whatever else
 * talks to it (the report says so).
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'

import { createClient } from '@redis/client'

import { freePort } from '../server/production-server'

const REDIS_SERVER = '/usr/bin/redis-server'

function newClient(url: string) {
  return createClient({ url, socket: { connectTimeout: 2000, reconnectStrategy: false } })
}

export interface BenchRedis {
  url: string
  /** Whether the bench started this server (and nothing else uses it). */
  private: boolean
  client: ReturnType<typeof newClient>
  stop(): Promise<void>
}

async function connect(url: string): Promise<ReturnType<typeof newClient>> {
  const client = newClient(url)
  client.on('error', () => {})
  await client.connect()
  return client
}

export async function startBenchRedis(existingUrl?: string): Promise<BenchRedis> {
  if (existingUrl) {
    const client = await connect(existingUrl)
    return { url: existingUrl, private: false, client, stop: () => client.close() }
  }
  if (!existsSync(REDIS_SERVER)) {
    throw new Error(`${REDIS_SERVER} is missing: install redis-server, or pass --redis-url redis://…`)
  }
  const port = await freePort()
  const server = spawn(
    REDIS_SERVER,
    [
      ...['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      ...['--maxmemory', '512mb', '--maxmemory-policy', 'allkeys-lru'],
    ],
    { stdio: 'ignore' },
  )
  const url = `redis://127.0.0.1:${port}`
  const stopServer = () =>
    new Promise<void>((resolve) => {
      if (server.exitCode !== null || server.signalCode !== null) return resolve()
      server.once('exit', () => resolve())
      server.kill('SIGTERM')
    })
  for (let attempt = 0; attempt < 50; attempt++) {
    if (server.exitCode !== null) break
    const client = await connect(url).catch(() => undefined)
    if (client) {
      return {
        url,
        private: true,
        client,
        stop: async () => {
          await client.close().catch(() => {})
          await stopServer()
        },
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await stopServer()
  throw new Error(`redis-server did not answer on port ${port}`)
}

/** Counters of the whole server at one moment; the bench takes differences. */
export interface RedisCounters {
  /** Key lookups that found their key, and those that did not (INFO stats). */
  keyspaceHits: number
  keyspaceMisses: number
  /** Calls of GET (a cache entry read) and SET (a cache entry written), from INFO commandstats. */
  getCalls: number
  setCalls: number
  evictedKeys: number
  usedMemoryBytes: number
}

function infoFields(info: string): Map<string, string> {
  const fields = new Map<string, string>()
  for (const line of info.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) fields.set(line.slice(0, colon), line.slice(colon + 1))
  }
  return fields
}

/** `calls=N` of a commandstats line such as `calls=12,usec=40,…`; 0 for a command never called. */
export function commandCalls(value: string | undefined): number {
  return Number(/(?:^|,)calls=(\d+)/.exec(value ?? '')?.[1] ?? 0)
}

export function parseRedisCounters(info: string): RedisCounters {
  const fields = infoFields(info)
  const number = (name: string) => Number(fields.get(name) ?? 0)
  return {
    keyspaceHits: number('keyspace_hits'),
    keyspaceMisses: number('keyspace_misses'),
    getCalls: commandCalls(fields.get('cmdstat_get')),
    setCalls: commandCalls(fields.get('cmdstat_set')),
    evictedKeys: number('evicted_keys'),
    usedMemoryBytes: number('used_memory'),
  }
}

export async function readRedisCounters(redis: BenchRedis): Promise<RedisCounters> {
  const sections = await Promise.all(['stats', 'commandstats', 'memory'].map((section) => redis.client.info(section)))
  return parseRedisCounters(sections.join('\n'))
}

/** Deletes every key under `prefix` (`<REDIS_KEY_PREFIX>:`): an empty cache for the next request. */
export async function deleteKeys(redis: BenchRedis, prefix: string): Promise<number> {
  let deleted = 0
  for await (const keys of redis.client.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) {
    if (keys.length > 0) deleted += await redis.client.unlink(keys)
  }
  return deleted
}

/**
 * Makes the handler's hash of revalidated paths exist (with a field no tag matches), so that its
 * check of an entry found is a key lookup that hits: Redis's misses are then the entry reads that
 * missed (the hash is otherwise created by the first revalidatePath, which a pass never makes).
 * `storePrefix` is `<REDIS_KEY_PREFIX>:<build id>:` (lib/cache/cache-store.mjs).
 */
export async function markTagsHash(redis: BenchRedis, storePrefix: string): Promise<void> {
  await redis.client.hSet(`${storePrefix}__revalidated_tags__`, 'column-bench-no-such-tag', '0')
}
