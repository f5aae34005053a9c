/** The command line of `npm run bench:scale`: the catalogue's size, and how hard each step loads. */
import { parseArgs } from 'node:util'

import { UsageError } from './options'

export const SCALE_USAGE =
  'usage: npm run bench:scale [-- --episodes N] [--terms N] [--series N] [--sizes N,N,…] [--samples N]\n' +
  '       [--concurrency N] [--duration SECONDS] [--connections N] [--edits N] [--redis-url URL]\n' +
  '       [--chart PATH] [--reuse-build] [--keep]'

export interface ScaleOptions {
  /** The largest catalogue, on which every step runs. */
  episodes: number
  terms: number
  series: number
  /** Catalogue sizes (episodes) whose uncached render times are charted, ascending, ending with `episodes`. */
  sizes: number[]
  /** Uncached requests per page type and size, split between the two languages. */
  samples: number
  /** Requests in flight during the two passes over every page. */
  concurrency: number
  /** Seconds of each throughput run, after a short warm-up, and its connections. */
  durationSeconds: number
  connections: number
  /** Publishes timed from publish to live on both instances. */
  edits: number
  /** An existing Redis instead of a private redis-server (its counters then include other clients). */
  redisUrl?: string
  /** Where the SVG chart of uncached render time against catalogue size is written. */
  chart: string
  reuseBuild: boolean
  /** Keep the largest catalogue's database and Redis keys for a look afterwards. */
  keep: boolean
  help: boolean
}

function positive(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  if (/^[1-9][0-9]*$/.test(value)) return Number(value)
  throw new UsageError(`--${flag} must be a positive whole number (got "${value}"); ${SCALE_USAGE}`)
}

export function parseScaleOptions(argv: string[]): ScaleOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        episodes: { type: 'string' },
        terms: { type: 'string' },
        series: { type: 'string' },
        sizes: { type: 'string' },
        samples: { type: 'string' },
        concurrency: { type: 'string' },
        duration: { type: 'string' },
        connections: { type: 'string' },
        edits: { type: 'string' },
        'redis-url': { type: 'string' },
        chart: { type: 'string' },
        'reuse-build': { type: 'boolean' },
        keep: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}; ${SCALE_USAGE}`)
  }
  const episodes = positive('episodes', parsed.episodes, 5000)
  const defaultSizes = [500, 1000, 5000].filter((size) => size < episodes)
  const sizes = parsed.sizes?.split(',').map((size) => positive('sizes', size.trim(), 0)) ?? defaultSizes
  if (sizes.some((size) => size > episodes)) {
    throw new UsageError(`--sizes must not exceed --episodes (${episodes}); ${SCALE_USAGE}`)
  }
  const series = positive('series', parsed.series, 50)
  if (series > Math.min(episodes, ...sizes)) {
    throw new UsageError(`--series must not exceed the smallest catalogue; ${SCALE_USAGE}`)
  }
  return {
    episodes,
    terms: positive('terms', parsed.terms, 2000),
    series,
    sizes: [...new Set([...sizes, episodes])].sort((a, b) => a - b),
    samples: positive('samples', parsed.samples, 20),
    concurrency: positive('concurrency', parsed.concurrency, 4),
    durationSeconds: positive('duration', parsed.duration, 10),
    connections: positive('connections', parsed.connections, 10),
    edits: positive('edits', parsed.edits, 5),
    redisUrl: parsed['redis-url'],
    chart: parsed.chart ?? 'bench-results/scale.svg',
    reuseBuild: parsed['reuse-build'] ?? false,
    keep: parsed.keep ?? false,
    help: parsed.help ?? false,
  }
}
