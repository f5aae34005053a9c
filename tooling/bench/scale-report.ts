/**
 * The scale bench's one table, with the targets beside the figures (reported, never
 * asserted), and its chart: uncached render time against catalogue size, as a standalone SVG.
 */
import { cpus, loadavg } from 'node:os'

import type { LoadFigures } from './load'
import type { RedisCounters } from './redis-server'
import { row } from './report'
import { chartedPageTypes, type ChartedPageType, type LatencySummary, type PageType } from './scale-pages'

export interface UncachedAtSize {
  episodes: number
  /** The page's own data cold, what every page shares cached (a site in service): the targets' figure. */
  byType: Map<PageType, LatencySummary>
  /** Every query of the page cold, the shared ones too (as after a deploy). */
  everythingCold: Map<PageType, LatencySummary>
}

export interface PassFigures {
  pages: number
  /** Answers other than 200. */
  failures: number
  seconds: number
  byType: Map<PageType, LatencySummary>
  /** Counter differences over the pass. */
  redis: RedisCounters
}

export interface PublishOnBoth {
  /** Per edit, from sending the publish until each instance first showed it (ms); undefined: never. */
  liveMilliseconds: { a?: number; b?: number }[]
  /** Per edit, how long the publish request itself took (part of the live times). */
  savedMilliseconds: number[]
}

export interface ScaleMeasurements {
  episodes: number
  terms: number
  series: number
  pageCount: number
  redisPrivate: boolean
  concurrency: number
  uncached: UncachedAtSize[]
  passes: [PassFigures, PassFigures]
  throughput: LoadFigures[]
  publish: PublishOnBoth
  /** Resident memory of each instance's process tree after the passes, bytes. */
  memory: { a: number; b: number }
  redisMemoryBytes: number
}

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 })
const tenths = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const megabytes = (bytes: number) => `${whole.format(bytes / 1024 / 1024)} MB`
const verdict = (met: boolean) => (met ? 'met' : 'NOT MET')

/**
 * Share of cache entry reads (GET) that found their entry. The handler's only other key lookups
 * are tag checks on two hashes that exist throughout a pass (the bench makes sure of the second,
 * see markTagsHash), so every key lookup that missed is an entry read that missed. A SET is no
 * miss: entries kept for a time (`revalidate: 60`) are served stale and rewritten behind.
 */
export function entryHitRate(redis: RedisCounters): number | undefined {
  if (redis.getCalls === 0) return undefined
  return Math.max(0, redis.getCalls - redis.keyspaceMisses) / redis.getCalls
}

export function keyspaceHitRate(redis: RedisCounters): number | undefined {
  const lookups = redis.keyspaceHits + redis.keyspaceMisses
  return lookups === 0 ? undefined : redis.keyspaceHits / lookups
}

const percent = (value: number | undefined) => (value === undefined ? '-' : `${tenths.format(value * 100)} %`)

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)]!
}

export function formatScaleReport(figures: ScaleMeasurements): string {
  const [first, second] = figures.passes
  const largest = figures.uncached.at(-1)!
  const rows: string[][] = []
  const add = (measure: string, figure: string, target = '', met?: boolean) =>
    rows.push([measure, figure, target, met === undefined ? '' : verdict(met)])

  const hits = entryHitRate(second.redis)
  add('second pass, cache entries found', percent(hits), '>= 99 %', hits !== undefined && hits >= 0.99)
  const { getCalls, keyspaceMisses, setCalls } = second.redis
  add(
    '  (entries read / missed / written)',
    [getCalls, keyspaceMisses, setCalls].map((count) => whole.format(count)).join(' / '),
  )
  add('  Redis key lookups that hit (INFO)', percent(keyspaceHitRate(second.redis)))
  if (second.redis.evictedKeys) add('  keys Redis evicted (maxmemory)', whole.format(second.redis.evictedKeys))
  add('  first pass, cache entries found', percent(entryHitRate(first.redis)))
  for (const [name, pass] of [
    ['first pass', first],
    ['second pass', second],
  ] as const) {
    add(
      `${name}: pages / non-200 / seconds`,
      `${whole.format(pass.pages)} / ${pass.failures} / ${whole.format(pass.seconds)}`,
    )
  }
  for (const load of figures.throughput) {
    add(`cached throughput, ${load.name}`, `${whole.format(load.requestsPerSecond)} req/s`)
    if (load.non2xx || load.errors) add('  non-2xx / errors', `${load.non2xx} / ${load.errors}`)
  }
  for (const type of chartedPageTypes) {
    const summary = largest.byType.get(type)
    const limit = type === 'episode' ? 100 : type === 'search' ? 150 : undefined
    add(
      `uncached ${type}, p50 / p95`,
      summary ? `${whole.format(summary.p50)} / ${whole.format(summary.p95)} ms` : '-',
      limit ? `p95 < ${limit} ms` : '',
      limit && summary ? summary.p95 < limit : undefined,
    )
    const worst = largest.everythingCold.get(type)
    if (worst) add('  everything cold, p50 / p95', `${whole.format(worst.p50)} / ${whole.format(worst.p95)} ms`)
  }
  const live = figures.publish.liveMilliseconds
  const saved = figures.publish.savedMilliseconds
  if (saved.length) add('publish request itself (median)', `${whole.format(median(saved))} ms`)
  for (const instance of ['a', 'b'] as const) {
    const times = live.map((edit) => edit[instance]).filter((value): value is number => value !== undefined)
    const missed = live.length - times.length
    const worst = times.length ? Math.max(...times) : undefined
    add(
      `publish to live, instance ${instance.toUpperCase()} (median / max)`,
      times.length ? `${whole.format(median(times))} / ${whole.format(worst!)} ms` : '-',
      '< 1 s',
      missed === 0 && worst !== undefined && worst < 1000,
    )
    if (missed) add(`  edits never live on ${instance.toUpperCase()} (30 s)`, String(missed))
  }
  for (const instance of ['a', 'b'] as const) {
    const bytes = figures.memory[instance]
    add(
      `memory after the passes, instance ${instance.toUpperCase()}`,
      megabytes(bytes),
      '< 600 MB',
      bytes < 600 * 1024 ** 2,
    )
  }
  add('Redis memory after the passes', megabytes(figures.redisMemoryBytes))

  const widths = [Math.max(...rows.map((cells) => cells[0]!.length)), 18, 11, 7]
  const sizes = figures.uncached.map((size) => size.episodes)
  const bySize = chartedPageTypes.map((type) =>
    row(
      [
        `  ${type}`,
        ...figures.uncached.map((size) => {
          const summary = size.byType.get(type)
          return summary ? `${whole.format(summary.p50)} / ${whole.format(summary.p95)}` : '-'
        }),
      ],
      [widths[0]!, ...sizes.map(() => 12)],
    ),
  )
  return [
    `Scale: ${whole.format(figures.episodes)} episodes × 2 languages in ${figures.series} series, ` +
      `${whole.format(figures.terms)} glossary terms; ${whole.format(figures.pageCount)} reader pages (the sitemap's); ` +
      `two instances (next start) on one database and one Redis` +
      `${figures.redisPrivate ? ' (a private redis-server)' : ' (shared: its counters include other clients)'}, nginx in front.`,
    `Passes ${figures.concurrency} requests at a time, alternating instances (the second pass asks each page of the ` +
      `instance that did not render it); ${cpus().length} CPUs, Node ${process.version}, ` +
      `load average after the run ${loadavg()[0]!.toFixed(1)}.`,
    '',
    row(['', 'figure', 'target', ''], widths),
    ...rows.map((cells) => row(cells, widths)),
    row(
      ['uncached p50 / p95 ms by catalogue size', ...sizes.map((size) => whole.format(size))],
      [widths[0]!, ...sizes.map(() => 12)],
    ),
    ...bySize,
  ].join('\n')
}

const colours: Record<ChartedPageType, string> = {
  episode: '#1f77b4',
  home: '#2ca02c',
  series: '#9467bd',
  'glossary index': '#8c564b',
  search: '#d62728',
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** p95 of each page type's uncached render against catalogue size, with the two time targets. */
export function scaleChartSvg(uncached: UncachedAtSize[], caption: string): string {
  const width = 640
  const height = 400
  const plot = { left: 60, right: 170, top: 40, bottom: 50 }
  const innerWidth = width - plot.left - plot.right
  const innerHeight = height - plot.top - plot.bottom
  const values = uncached.flatMap((size) => [...size.byType.values()].map((summary) => summary.p95))
  const top = Math.max(200, Math.ceil(Math.max(0, ...values) / 50) * 50)
  const x = (index: number) =>
    plot.left + (uncached.length === 1 ? innerWidth / 2 : (index / (uncached.length - 1)) * innerWidth)
  const y = (milliseconds: number) => plot.top + innerHeight - (milliseconds / top) * innerHeight
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${plot.left}" y="22" font-size="14">${escapeXml(caption)}</text>`,
  ]
  for (let tick = 0; tick <= top; tick += top / 4) {
    parts.push(
      `<line x1="${plot.left}" x2="${plot.left + innerWidth}" y1="${y(tick)}" y2="${y(tick)}" stroke="#ddd"/>`,
      `<text x="${plot.left - 8}" y="${y(tick) + 4}" text-anchor="end">${whole.format(tick)}</text>`,
    )
  }
  parts.push(
    `<text x="16" y="${plot.top + innerHeight / 2}" transform="rotate(-90 16 ${plot.top + innerHeight / 2})" text-anchor="middle">uncached p95, ms</text>`,
    `<text x="${plot.left + innerWidth / 2}" y="${height - 12}" text-anchor="middle">episodes in the catalogue (both languages)</text>`,
  )
  uncached.forEach((size, index) =>
    parts.push(
      `<text x="${x(index)}" y="${plot.top + innerHeight + 18}" text-anchor="middle">${whole.format(size.episodes)}</text>`,
    ),
  )
  for (const [limit, label] of [
    [100, 'episode target'],
    [150, 'search target'],
  ] as const) {
    parts.push(
      `<line x1="${plot.left}" x2="${plot.left + innerWidth}" y1="${y(limit)}" y2="${y(limit)}" stroke="#999" stroke-dasharray="4 4"/>`,
      `<text x="${plot.left + innerWidth - 4}" y="${y(limit) - 4}" text-anchor="end" fill="#666">${label} ${limit} ms</text>`,
    )
  }
  chartedPageTypes.forEach((type, legendIndex) => {
    const points = uncached
      .map((size, index) => ({ index, summary: size.byType.get(type) }))
      .filter((point) => point.summary !== undefined)
      .map((point) => `${x(point.index).toFixed(1)},${y(point.summary!.p95).toFixed(1)}`)
    parts.push(
      `<polyline points="${points.join(' ')}" fill="none" stroke="${colours[type]}" stroke-width="2"/>`,
      ...points.map((point) => {
        const [cx, cy] = point.split(',')
        return `<circle cx="${cx}" cy="${cy}" r="3" fill="${colours[type]}"/>`
      }),
      `<rect x="${width - plot.right + 20}" y="${plot.top + legendIndex * 20}" width="12" height="12" fill="${colours[type]}"/>`,
      `<text x="${width - plot.right + 38}" y="${plot.top + legendIndex * 20 + 10}">${escapeXml(type)}</text>`,
    )
  })
  parts.push('</svg>')
  return `${parts.join('\n')}\n`
}
