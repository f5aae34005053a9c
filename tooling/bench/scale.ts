/**
 * `npm run bench:scale [-- --episodes 5000 --terms 2000 --series 50 --sizes 500,1000,5000 …]`:
 * the column at catalogue size, on two production instances behind nginx with Redis.
 *
 * For each size of `--sizes` (the largest is `--episodes`): a fresh database with the demo
 * content and the synthetic catalogue (tooling/bench/synthetic-catalogue.ts), `next start` on it
 * with a Redis key prefix of its own, and the uncached render time of the episode, home, series,
 * glossary index and search pages (every query reading PostgreSQL). At the largest size also a
 * second instance and nginx in front of both: two passes over every page of the sitemap (the
 * second asks each page of the instance that did not render it, and its share of cache entries
 * found is the hit rate), cached throughput, publish to live on both instances, and memory.
 * Prints one table and writes a chart (bench-results/scale.svg, or --chart PATH). Asserts
 * nothing: the exit code is 0 whatever the figures, 1 when the bench could not run, 2 for bad
 * usage. Databases, keys and processes are removed at the end (`--keep` keeps the largest
 * catalogue's database and keys).
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { readBuildId } from '../../lib/cache/cache-store.mjs'
import { composeAppNodeOptions } from '../server/compose'
import { ensureNginx } from '../server/nginx'
import {
  build,
  runScript,
  startNextServer,
  startProductionServer,
  stopProcess,
  type NextServer,
  type ProductionServer,
} from '../server/production-server'

import { signIn, type Credentials } from './admin-session'
import { BENCHMARK_BUILD, benchmarkBuildDirectory } from './command-line'
import { BENCH_DATABASE_PREFIX, dropLeftoverBenchDatabases } from './leftover-databases'
import { UsageError } from './options'
import { processTreeResidentBytes } from './process-memory'
import { deleteKeys, readRedisCounters, startBenchRedis, type BenchRedis } from './redis-server'
import { measureThroughput, measureUncached, pass, publishToLiveOnBoth, type CatalogueShape } from './scale-measure'
import { parseScaleOptions, SCALE_USAGE, type ScaleOptions } from './scale-options'
import { sitemapPaths } from './scale-pages'
import { formatScaleReport, scaleChartSvg, type ScaleMeasurements, type UncachedAtSize } from './scale-report'
import { seedSyntheticCatalogue } from './synthetic-catalogue'

const progress = (line: string) => process.stderr.write(`${line}\n`)
const secret = randomBytes(32).toString('hex')
const admin: Credentials = { email: 'bench-admin@column.example', password: randomBytes(16).toString('hex') }

async function startCatalogue(
  catalogue: CatalogueShape,
  redis: BenchRedis,
  keyPrefix: string,
  signal: AbortSignal,
): Promise<ProductionServer> {
  progress(`Starting next start on a fresh database: demo content, then ${catalogue.episodes} synthetic episodes...`)
  return startProductionServer({
    secret,
    databasePrefix: BENCH_DATABASE_PREFIX,
    signal,
    // TRUST_PROXY: the bench's searches each come as a reader of their own (X-Real-IP), as behind nginx.
    // NODE_OPTIONS: the heap ceiling docker-compose gives each instance.
    env: {
      ...BENCHMARK_BUILD,
      REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: keyPrefix,
      TRUST_PROXY: 'true',
      NODE_OPTIONS: composeAppNodeOptions(),
    },
    seed: async (databaseUrl) => {
      runScript('scripts/seed.ts', [], {
        databaseUrl,
        secret,
        env: { SEED_ADMIN_EMAIL: admin.email, SEED_ADMIN_PASSWORD: admin.password },
      })
      const started = Date.now()
      const seeded = await seedSyntheticCatalogue(databaseUrl, catalogue)
      progress(
        `  seeded in ${((Date.now() - started) / 1000).toFixed(0)} s (episodes_locales: ${seeded.episodesLocalesSize})`,
      )
    },
  })
}

type LargestFigures = Omit<ScaleMeasurements, 'uncached' | 'episodes' | 'terms' | 'series' | 'redisPrivate'>

async function measureLargest(
  first: ProductionServer,
  redis: BenchRedis,
  keyPrefix: string,
  options: ScaleOptions,
  signal: AbortSignal,
): Promise<LargestFigures> {
  progress('Starting the second instance...')
  let second: NextServer | undefined
  try {
    second = await startNextServer({ env: first.env, signal })
    const instances = [first.baseUrl, second.baseUrl] as const
    const paths = await sitemapPaths(first.baseUrl)
    // The passes start from an empty cache: the sitemap's own entries are forgotten too.
    await deleteKeys(redis, `${keyPrefix}:`)
    const store = { server: redis, storePrefix: `${keyPrefix}:${readBuildId(benchmarkBuildDirectory)}:` }
    const firstPass = await pass('First pass', paths, instances, 0, store, options.concurrency, signal)
    const secondPass = await pass('Second pass', paths, instances, 1, store, options.concurrency, signal)
    const memory = {
      a: await processTreeResidentBytes(first.pid),
      b: await processTreeResidentBytes(second.process.pid!),
    }
    const redisMemoryBytes = (await readRedisCounters(redis)).usedMemoryBytes
    const throughput = await measureThroughput(instances, '/ja/episodes/bench-1', options, signal)
    progress(`Publishing ${options.edits} edits through instance A...`)
    const session = await signIn(first.baseUrl, admin)
    const publish = await publishToLiveOnBoth(session, 'bench-2', instances, options.edits, signal)
    return {
      pageCount: paths.length,
      concurrency: options.concurrency,
      passes: [firstPass, secondPass],
      throughput,
      publish,
      memory,
      redisMemoryBytes,
    }
  } finally {
    if (second) await stopProcess(second.process)
  }
}

async function run(options: ScaleOptions, signal: AbortSignal): Promise<ScaleMeasurements> {
  if (!options.reuseBuild || !existsSync(`${benchmarkBuildDirectory}/BUILD_ID`)) {
    progress(`Building the production app into ${benchmarkBuildDirectory} (next build)...`)
    build(BENCHMARK_BUILD)
  }
  ensureNginx()
  const redis = await startBenchRedis(options.redisUrl)
  const runId = randomBytes(4).toString('hex')
  const uncached: UncachedAtSize[] = []
  let largest: LargestFigures | undefined
  try {
    for (const episodes of options.sizes) {
      const catalogue = { episodes, terms: options.terms, series: options.series }
      const keyPrefix = `column-bench-scale-${runId}-${episodes}`
      const last = episodes === options.episodes
      const server = await startCatalogue(catalogue, redis, keyPrefix, signal)
      try {
        const leftovers = await dropLeftoverBenchDatabases(server.database.serverUrl)
        if (leftovers.length) progress(`Dropped databases left by interrupted benches: ${leftovers.join(', ')}`)
        progress(`Uncached render times at ${episodes} episodes, ${options.samples} per page type...`)
        uncached.push(await measureUncached(server.baseUrl, redis, keyPrefix, catalogue, options.samples, signal))
        if (last) largest = await measureLargest(server, redis, keyPrefix, options, signal)
      } finally {
        if (last && options.keep) {
          await stopProcess(server.process)
          progress(`Kept the database ${server.database.url} and the Redis keys ${keyPrefix}:* on ${redis.url}`)
        } else {
          await server
            .stop()
            .catch((error: Error) => progress(`Could not drop ${server.database.name}: ${error.message}`))
          await deleteKeys(redis, `${keyPrefix}:`)
        }
      }
    }
  } finally {
    // A private redis-server goes with its keys, unless they are to be kept.
    if (!(options.keep && redis.private)) await redis.stop()
    else await redis.client.close()
  }
  const { episodes, terms, series } = options
  return { episodes, terms, series, redisPrivate: redis.private, uncached, ...largest! }
}

export async function runScaleBench(argv: string[], signal: AbortSignal): Promise<number> {
  let options: ScaleOptions
  try {
    options = parseScaleOptions(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    progress(error.message)
    return 2
  }
  if (options.help) {
    console.log(SCALE_USAGE)
    return 0
  }
  try {
    const figures = await run(options, signal)
    console.log(formatScaleReport(figures))
    const chart = path.resolve(options.chart)
    mkdirSync(path.dirname(chart), { recursive: true })
    const date = new Date().toISOString().slice(0, 10)
    writeFileSync(
      chart,
      scaleChartSvg(figures.uncached, `Uncached render p95 (the page's own data cold) by catalogue size, ${date}`),
    )
    console.log(`\nChart: ${chart}`)
    return 0
  } catch (error) {
    progress(signal.aborted ? 'Benchmark interrupted.' : `Benchmark failed: ${(error as Error).stack ?? error}`)
    return signal.aborted ? 130 : 1
  }
}
