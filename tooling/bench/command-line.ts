/**
 * `npm run bench [-- --duration SECONDS --connections N --edits N --reuse-build]`: requests per
 * second and latency of an episode page (rendered per request from the data cache, and uncached
 * in draft mode) next to a page of the same size that reads no content, a static file and the
 * nginx proxy cache, and how long a
 * published edit takes to reach readers; on a production build of its own with the demo content
 * on a fresh database, dropped afterwards. Prints figures; asserts nothing about time.
 *
 * `npm run bench -- --soak [--soak-minutes N]`: instead, minutes of readers
 * on every page type while an editor publishes (tooling/bench/soak.ts).
 *
 * Before the load, the home and an episode in Chromium: Largest Contentful Paint, Cumulative
 * Layout Shift and page weight, on a phone and a desktop screen (tooling/bench/page-experience.ts);
 * `npm run bench -- --page-experience` prints only those.
 *
 * Both end with the claims guard's load time, memory and checking speed (tooling/bench/claims.ts);
 * `npm run bench -- --claims` prints only those, in seconds.
 */
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'

import { benchClaims, formatClaimsBench } from './claims'
import { build, runScript, startProductionServer, type ProductionServer } from '../server/production-server'
import { BENCH_DATABASE_PREFIX, dropLeftoverBenchDatabases } from './leftover-databases'
import type { Credentials } from './admin-session'
import { measureSite } from './measure-site'
import { parseBenchOptions, UsageError, USAGE, type BenchOptions } from './options'
import { ensureChromium } from '../browser/chromium'
import { ensureJapaneseFonts } from '../browser/japanese-fonts'
import { measurePageExperience } from './page-experience'
import { formatPageExperienceReport } from './page-experience-report'
import { formatReport } from './report'
import { soak } from './soak'
import { formatSoakReport } from './soak-report'

const progress = (line: string) => process.stderr.write(`${line}\n`)

async function stopAndDrop(server: ProductionServer): Promise<void> {
  try {
    await server.stop()
  } catch (error) {
    progress(`Could not drop ${server.database.name} (${(error as Error).message}); the next bench drops it.`)
  }
}

/** The benchmark's own build (.next-bench), with its prerendered reference page: see next.config.ts. */
export const BENCHMARK_BUILD = { COLUMN_BENCH_BUILD: '1' }
// COLUMN_DIST_DIR moves it, as it moves any build: a checkout's tests and benchmark can share one.
export const benchmarkBuildDirectory = process.env.COLUMN_DIST_DIR ?? '.next-bench'

async function run(options: BenchOptions, signal: AbortSignal): Promise<void> {
  // Before the build: a missing browser or font stops the bench in seconds rather than minutes.
  if (!options.soak) {
    ensureChromium()
    ensureJapaneseFonts()
  }
  if (!options.reuseBuild || !existsSync(`${benchmarkBuildDirectory}/BUILD_ID`)) {
    progress(`Building the production app with the reference page into ${benchmarkBuildDirectory} (next build)...`)
    build(BENCHMARK_BUILD)
  }
  const secret = randomBytes(32).toString('hex')
  const admin: Credentials = { email: 'bench-admin@column.example', password: randomBytes(16).toString('hex') }
  progress('Starting next start (NODE_ENV=production) on a fresh database and seeding the demo content...')
  const server = await startProductionServer({
    secret,
    databasePrefix: BENCH_DATABASE_PREFIX,
    signal,
    env: BENCHMARK_BUILD,
    seed: (databaseUrl) =>
      runScript('scripts/seed.ts', [], {
        databaseUrl,
        secret,
        env: { SEED_ADMIN_EMAIL: admin.email, SEED_ADMIN_PASSWORD: admin.password },
      }),
  })
  try {
    const leftovers = await dropLeftoverBenchDatabases(server.database.serverUrl)
    if (leftovers.length) progress(`Dropped databases left by interrupted benches: ${leftovers.join(', ')}`)
    signal.throwIfAborted()
    if (options.soak) {
      console.log(
        formatSoakReport(await soak(server, admin, { readers: options.connections, soak: options.soak }, signal)),
      )
    } else {
      // First, on a quiet server: the load scenarios' publishes change the episode.
      progress('Measuring LCP, CLS and page weight in Chromium...')
      console.log(formatPageExperienceReport(await measurePageExperience(server.baseUrl, signal)))
      if (!options.pageExperienceOnly) {
        console.log('')
        console.log(formatReport(await measureSite(server, admin, options, signal), options))
      }
    }
  } finally {
    await stopAndDrop(server)
  }
}

/**
 * Exit code: 0 done (or --help), 1 failed, 2 bad usage, 130 stopped through `interruption`, each
 * failure said on stderr. However the run ends, its server stops and its database is dropped.
 */
export async function runBench(argv: string[], interruption: AbortSignal): Promise<number> {
  let options: BenchOptions
  try {
    options = parseBenchOptions(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    progress(error.message)
    return 2
  }
  if (options.help) {
    console.log(USAGE)
    return 0
  }
  try {
    if (!options.claimsOnly) await run(options, interruption)
    if (options.pageExperienceOnly) return 0
    progress('Measuring the claims guard...')
    console.log(formatClaimsBench(await benchClaims()))
    return 0
  } catch (error) {
    const interrupted = interruption.aborted
    progress(interrupted ? 'Benchmark interrupted.' : `Benchmark failed: ${(error as Error).message}`)
    return interrupted ? 130 : 1
  }
}
