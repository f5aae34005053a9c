/** The figures as compact tables, then the issue's targets next to them. The bench asserts nothing. */
import { cpus, loadavg } from 'node:os'

import { locales, type Locale } from '../../lib/i18n/locales'

import { WARM_UP_SECONDS, type LoadFigures } from './load'
import type { ScenarioKind, SiteMeasurements } from './measure-site'
import type { BenchOptions } from './options'
import type { PublishTimings } from './publish-to-live'

/** Measured on this 2-core machine when the benchmark was asked for (the issue's figures). */
const REFERENCE_REQUESTS_PER_SECOND = { prerenderedPage: 2_300, dynamicPage: 220, nginxStaticHtml: 63_000 }

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 })
const tenths = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })

export function row(cells: string[], widths: number[]): string {
  return cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[index]!))).join('  ')
}

function loadTable(rows: LoadFigures[]): string {
  const widths = [Math.max(8, ...rows.map((figures) => figures.name.length)), 9, 8, 7, 7, 7, 6, 8]
  const lines = [row(['', 'responses', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'KB/resp'], widths)]
  for (const figures of rows) {
    // Latencies exist only for 2xx responses; none is not the same as zero milliseconds.
    const latency = (value: number) => (figures.responses > figures.non2xx ? whole.format(value) : '-')
    lines.push(
      row(
        [
          figures.name,
          whole.format(figures.responses),
          whole.format(figures.requestsPerSecond),
          latency(figures.p50Milliseconds),
          latency(figures.p99Milliseconds),
          String(figures.non2xx),
          String(figures.errors),
          tenths.format(figures.bytesPerResponse / 1024),
        ],
        widths,
      ),
    )
  }
  return lines.join('\n')
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const milliseconds = (value: number) => `${whole.format(value)} ms`

function publishTable(rows: PublishTimings[]): string {
  const widths = [Math.max(8, ...rows.map((timings) => timings.name.length)), 5, 14, 11, 9]
  const lines = [row(['', 'edits', 'publish median', 'live median', 'live max'], widths)]
  for (const timings of rows) {
    const live = timings.liveMilliseconds
    lines.push(
      row(
        [
          timings.name,
          String(live.length),
          timings.savedMilliseconds.length ? milliseconds(median(timings.savedMilliseconds)) : '-',
          live.length ? milliseconds(median(live)) : '-',
          live.length ? milliseconds(Math.max(...live)) : '-',
        ],
        widths,
      ),
    )
    if (timings.timedOutAfterMilliseconds) {
      const limit = milliseconds(timings.timedOutAfterMilliseconds)
      lines.push(`  edit ${live.length + 1} was not live after ${limit}; later edits skipped`)
    }
  }
  return lines.join('\n')
}

const verdict = (met: boolean) => (met ? 'met' : 'not met')
const perSecond = (value: number) => `${whole.format(value)} req/s`

interface LocaleFigures {
  locale: string
  page: LoadFigures
  reference: LoadFigures
  uncached: LoadFigures
}

const ratio = (value: number, base: number) => (base > 0 ? value / base : 0)

function targets(perLocale: LocaleFigures[], proxied: LoadFigures | undefined): string {
  const issueFigures = REFERENCE_REQUESTS_PER_SECOND
  const lines = [
    'Targets (from the issue; reported, not asserted):',
    '  episode page within 20% of the reference page of about the same size in the same layout, which',
    '  reads no content (both rendered for each request for their CSP nonce, since issue 13):',
    ...perLocale.map(({ locale, page, reference }) => {
      const share = ratio(page.requestsPerSecond, reference.requestsPerSecond)
      return (
        `    ${locale}: ${perSecond(page.requestsPerSecond)} against ${perSecond(reference.requestsPerSecond)}, ` +
        `${whole.format(share * 100)}%, ${verdict(share >= 0.8)}`
      )
    }),
    '  episode page at least 10x the uncached one (draft mode, which reads the database):',
    ...perLocale.map(({ locale, page, uncached }) => {
      const times = ratio(page.requestsPerSecond, uncached.requestsPerSecond)
      return `    ${locale}: ${tenths.format(times)}x, ${verdict(times >= 10)}`
    }),
    ...(proxied ? [`  as readers get it behind docker-compose's nginx: ${perSecond(proxied.requestsPerSecond)}`] : []),
    'References measured on this 2-core machine (issue): a prerendered page by next start ' +
      `${perSecond(issueFigures.prerenderedPage)} (a smaller page than ours: a page's size bounds next start),`,
    `  a database-backed dynamic page ${perSecond(issueFigures.dynamicPage)}, ` +
      `nginx serving the same HTML file ${perSecond(issueFigures.nginxStaticHtml)}.`,
  ]
  return lines.join('\n')
}

export function formatReport(measurements: SiteMeasurements, options: BenchOptions): string {
  const { load, publishToLive } = measurements
  const figuresOf = (kind: ScenarioKind['kind'], locale: Locale) =>
    load.find((figures) => figures.kind === kind && figures.locale === locale)!
  const perLocale = locales.map((locale) => ({
    locale,
    page: figuresOf('reader page', locale),
    reference: figuresOf('reference page', locale),
    uncached: figuresOf('uncached page', locale),
  }))
  return [
    `Episode page ${measurements.pagePath}; ${options.durationSeconds} s per scenario after a ` +
      `${WARM_UP_SECONDS} s warm-up, ${options.connections} connections; ${cpus().length} CPUs, Node ${process.version}.`,
    // Other work on the machine lowers every figure; the load average says how much there was.
    `Load average over the last minute, after the run: ${loadavg()[0]!.toFixed(1)}.`,
    '',
    loadTable(load),
    '',
    ...load.map((figures) => `${figures.name}: ${figures.caching}`),
    '',
    publishTable(publishToLive),
    '',
    targets(perLocale, figuresOf('reader page via nginx', 'ja')),
  ].join('\n')
}
