/**
 * The measurements of `npm run bench:scale` on running instances: uncached render times, the two
 * passes over every page, cached throughput, publish to live on both instances.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { NGINX_FILES_PATH, startNginx } from '../server/nginx'

import { findIdBySlug, publishJapanese, type AdminSession } from './admin-session'
import { measureLoad, type LoadFigures } from './load'
import { deleteKeys, markTagsHash, readRedisCounters, type BenchRedis, type RedisCounters } from './redis-server'
import type { PassFigures, PublishOnBoth, UncachedAtSize } from './scale-report'
import { chartedPageTypes, crawl, summarise, timedGet, type ChartedPageType, type TimedAnswer } from './scale-pages'
import { englishWords, japaneseWords, pick, seededStream } from './synthetic-catalogue'

const progress = (line: string) => process.stderr.write(`${line}\n`)

export interface CatalogueShape {
  episodes: number
  terms: number
  series: number
}

/** A search as a different reader each time: the app's per-address search limit is 30 a minute. */
function readerHeaders(): Record<string, string> {
  const address = [10, ...randomBytes(3)].join('.')
  return { 'X-Real-IP': address }
}

/** `count` paths of a page type, half in each language, spread over the catalogue. */
function samplePaths(type: ChartedPageType, count: number, catalogue: CatalogueShape, random: () => number): string[] {
  const perSeries = Math.ceil(catalogue.episodes / catalogue.series)
  const pageOf = (pages: number) => {
    const page = 1 + Math.floor(random() * Math.max(1, pages))
    return page === 1 ? '' : `/page/${page}`
  }
  return Array.from({ length: count }, (_, index) => {
    const locale = index % 2 === 0 ? 'ja' : 'en'
    switch (type) {
      case 'episode':
        return `/${locale}/episodes/bench-${1 + Math.floor(random() * catalogue.episodes)}`
      case 'home':
        return `/${locale}`
      case 'series':
        return `/${locale}/series/bench-series-${1 + Math.floor(random() * catalogue.series)}${pageOf(Math.floor(perSeries / 20))}`
      case 'glossary index':
        return `/${locale}/glossary${pageOf(Math.floor(catalogue.terms / 60))}`
      case 'search': {
        const vocabulary = locale === 'ja' ? japaneseWords : englishWords
        const text = [...(pick(vocabulary, random) + pick(vocabulary, random))]
        const length = pick([2, 3, 5], random)
        const start = Math.floor(random() * Math.max(1, text.length - length))
        return `/${locale}/search?q=${encodeURIComponent(text.slice(start, start + length).join(''))}`
      }
    }
  })
}

/** An episode page in the language of `pagePath` other than it, so that its own data stays cold. */
function otherEpisodePath(pagePath: string, catalogue: CatalogueShape, random: () => number): string {
  const locale = pagePath.split('/')[1]
  for (;;) {
    const candidate = `/${locale}/episodes/bench-${1 + Math.floor(random() * catalogue.episodes)}`
    if (candidate !== pagePath) return candidate
  }
}

/**
 * Uncached render times, two ways, one request at a time:
 * - **page cold**: the page as the first reader after a publish gets it on a site in service. The
 *   run's keys are deleted, another episode page is asked for (it fills what every page shares:
 *   the layout's navigation and disclaimer, the glossary terms episode bodies link), then the
 *   sample, whose own data (the episode, its neighbours and related episodes; a list's page) is
 *   read from PostgreSQL. The targets are about this.
 * - **everything cold**: the sample right after the keys are deleted, so every query of the page,
 *   the shared ones included, reads PostgreSQL: the worst case, as after a deploy.
 */
export async function measureUncached(
  baseUrl: string,
  redis: BenchRedis,
  keyPrefix: string,
  catalogue: CatalogueShape,
  samples: number,
  signal: AbortSignal,
): Promise<UncachedAtSize> {
  const random = seededStream(catalogue.episodes)
  const pageCold: TimedAnswer[] = []
  const everythingCold: TimedAnswer[] = []
  const get = async (pagePath: string, type: ChartedPageType) => {
    const answer = await timedGet(baseUrl, pagePath, type === 'search' ? readerHeaders() : {}, signal)
    if (answer.status !== 200) progress(`  ${pagePath} answered ${answer.status}`)
    return answer
  }
  for (const type of chartedPageTypes) {
    const paths = samplePaths(type, samples + 1, catalogue, random)
    for (const [index, pagePath] of paths.entries()) {
      signal.throwIfAborted()
      await deleteKeys(redis, `${keyPrefix}:`)
      const cold = await get(pagePath, type)
      await deleteKeys(redis, `${keyPrefix}:`)
      await get(otherEpisodePath(pagePath, catalogue, random), 'episode')
      const warm = await get(pagePath, type)
      // The first of each type is a warm-up: the route's code loads on its first request.
      if (index > 0) {
        everythingCold.push(cold)
        pageCold.push(warm)
      }
    }
  }
  return { episodes: catalogue.episodes, byType: summarise(pageCold), everythingCold: summarise(everythingCold) }
}

function difference(after: RedisCounters, before: RedisCounters): RedisCounters {
  return {
    keyspaceHits: after.keyspaceHits - before.keyspaceHits,
    keyspaceMisses: after.keyspaceMisses - before.keyspaceMisses,
    getCalls: after.getCalls - before.getCalls,
    setCalls: after.setCalls - before.setCalls,
    evictedKeys: after.evictedKeys - before.evictedKeys,
    usedMemoryBytes: after.usedMemoryBytes,
  }
}

/**
 * One pass over `paths`, page i from instance `(i + shift) mod 2`, with Redis's counters around
 * it; `storePrefix` is the instances' `<REDIS_KEY_PREFIX>:<build id>:`.
 */
export async function pass(
  name: string,
  paths: readonly string[],
  instances: readonly [string, string],
  shift: number,
  redis: { server: BenchRedis; storePrefix: string },
  concurrency: number,
  signal: AbortSignal,
): Promise<PassFigures> {
  progress(`${name}: ${paths.length} pages, ${concurrency} at a time...`)
  await markTagsHash(redis.server, redis.storePrefix)
  const before = await readRedisCounters(redis.server)
  const started = performance.now()
  const answers = await crawl(
    paths,
    (index) => instances[(index + shift) % 2]!,
    concurrency,
    signal,
    (done) => progress(`  ${done} of ${paths.length}`),
  )
  const seconds = (performance.now() - started) / 1000
  const redisDifference = difference(await readRedisCounters(redis.server), before)
  return {
    pages: answers.length,
    failures: answers.filter((answer) => answer.status !== 200).length,
    seconds,
    byType: summarise(answers),
    redis: redisDifference,
  }
}

/**
 * Requests per second of one cached episode page from each instance, from nginx in front of both
 * (its micro-cache answers most), from nginx with its cache bypassed (balanced over both
 * instances), and the same bytes as a file served by that nginx.
 */
export async function measureThroughput(
  instances: readonly [string, string],
  pagePath: string,
  load: { durationSeconds: number; connections: number },
  signal: AbortSignal,
): Promise<LoadFigures[]> {
  const page = await timedGet(instances[0], pagePath)
  if (page.status !== 200) throw new Error(`${pagePath} answered ${page.status}`)
  const files = mkdtempSync(path.join(os.tmpdir(), 'column-bench-files-'))
  writeFileSync(path.join(files, 'episode.html'), page.body)
  const nginx = await startNginx(instances, { filesDirectory: files })
  try {
    const scenarios = [
      { name: 'instance A', url: `${instances[0]}${pagePath}` },
      { name: 'instance B', url: `${instances[1]}${pagePath}` },
      { name: 'nginx (micro-cache) on both', url: `${nginx.url}${pagePath}` },
      // A session cookie sends nginx straight to the app (deploy/nginx/column.conf); this one is
      // no valid session, so the app renders the page as for any reader.
      { name: 'nginx, no cache, both', url: `${nginx.url}${pagePath}`, headers: { Cookie: 'payload-token=bench' } },
      { name: 'nginx, same bytes as a file', url: `${nginx.url}${NGINX_FILES_PATH}episode.html` },
    ]
    const figures: LoadFigures[] = []
    for (const scenario of scenarios) {
      progress(`Loading ${scenario.name} for ${load.durationSeconds} s...`)
      figures.push(await measureLoad(scenario, load, signal))
    }
    return figures
  } finally {
    await nginx.stop()
    rmSync(files, { recursive: true, force: true })
  }
}

const LIVE_TIMEOUT_MS = 30_000

async function firstShown(url: string, text: string, startedAt: number, signal: AbortSignal) {
  while (performance.now() - startedAt < LIVE_TIMEOUT_MS) {
    const html = await (await fetch(url, { signal })).text()
    if (html.includes(text)) return performance.now() - startedAt
    await sleep(20, undefined, { signal })
  }
  return undefined
}

/** Publishes a new Japanese title through instance A, then polls both instances until they show it. */
export async function publishToLiveOnBoth(
  session: AdminSession,
  slug: string,
  instances: readonly [string, string],
  edits: number,
  signal: AbortSignal,
): Promise<PublishOnBoth> {
  const id = await findIdBySlug(session, 'episodes', slug)
  const liveMilliseconds: PublishOnBoth['liveMilliseconds'] = []
  const savedMilliseconds: number[] = []
  for (let edit = 1; edit <= edits; edit++) {
    const marker = `bench-${edit}-${randomBytes(3).toString('hex')}`
    const startedAt = performance.now()
    await publishJapanese(session, 'episodes', id, { title: `ベンチマーク ${marker}` })
    savedMilliseconds.push(performance.now() - startedAt)
    const [a, b] = await Promise.all(
      instances.map((base) => firstShown(`${base}/ja/episodes/${slug}`, marker, startedAt, signal)),
    )
    liveMilliseconds.push({ a, b })
  }
  return { liveMilliseconds, savedMilliseconds }
}
