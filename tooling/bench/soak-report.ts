/**
 * The soak's figures: errors (the target is none), the server's memory at the start and the end
 * of the measured run (the target is under 10 % growth), then latency per page type, over the
 * whole run and in each time slice, to show whether it drifts. Reported, never asserted.
 */
import { cpus } from 'node:os'

import { row } from './report'
import { growth, latencyBySlice, sliceIndex, type LatencyFigures } from './soak-figures'
import { SOAK_WARM_UP_SECONDS, type MemorySample, type SoakMeasurements } from './soak'

const MEMORY_GROWTH_TARGET = 0.1
const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 })
const tenths = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const megabytes = (bytes: number) => whole.format(bytes / 1024 ** 2)
const verdict = (met: boolean) => (met ? 'met' : 'not met')
const sum = (counts: Iterable<number>) => [...counts].reduce((total, count) => total + count, 0)

/** At most about ten columns: one-minute slices up to ten minutes, longer ones beyond. */
function sliceMinutes(minutes: number): number {
  return Math.ceil(minutes / 10)
}

function countLines(counts: Map<string, number>): string[] {
  return [...counts].sort(([, a], [, b]) => b - a).map(([what, times]) => `  ${what} × ${times}`)
}

function errorLines({ errors, rateLimited, publishes }: SoakMeasurements): string[] {
  const readerErrors = sum(errors.values())
  const total = readerErrors + publishes.failures.length
  return [
    `Errors, warm-up included: ${total} (target 0: ${verdict(total === 0)}): ${readerErrors} on reader requests ` +
      "(a status other than the page's own, 429 apart; a socket error; no answer within 10 s), " +
      `${publishes.failures.length} on publishes.`,
    ...countLines(errors),
    ...publishes.failures.slice(0, 5).map((failure) => `  publish: ${failure}`),
    `Answered 429 (over a rate limit): ${sum(rateLimited.values())}.`,
    ...countLines(rateLimited),
  ]
}

function publishLine({ publishes }: SoakMeasurements): string {
  const saved = [...publishes.savedMilliseconds].sort((a, b) => a - b)
  const timing = saved.length
    ? `; the publish request took ${whole.format(saved[Math.floor((saved.length - 1) / 2)]!)} ms (median), ` +
      `${whole.format(saved[saved.length - 1]!)} ms at most`
    : ''
  return `Publishes, warm-up included: ${saved.length} published, ${publishes.failures.length} failed${timing}.`
}

function memoryLine(memory: MemorySample[]): string {
  const start = memory[0]
  const end = memory[memory.length - 1]
  if (!start || !end) return 'Server memory: no sample (the run stopped during the warm-up).'
  const change = growth(start.residentBytes, end.residentBytes)
  const peak = Math.max(...memory.map((sample) => sample.residentBytes))
  return (
    `Server memory (RSS of next start and its children): ${megabytes(start.residentBytes)} MB at the start ` +
    `(after the warm-up), ${megabytes(end.residentBytes)} MB at the end, ${megabytes(peak)} MB at most: ` +
    `${change >= 0 ? '+' : ''}${tenths.format(change * 100)} % ` +
    `(target under ${MEMORY_GROWTH_TARGET * 100} %: ${verdict(change < MEMORY_GROWTH_TARGET)}).`
  )
}

// No thousands separator here: ten columns of "1780/4565" must fit a terminal.
const p50p99 = (figures: LatencyFigures | undefined) =>
  figures ? `${Math.round(figures.p50Milliseconds)}/${Math.round(figures.p99Milliseconds)}` : '-'

function wholeRunTable(measurements: SoakMeasurements, types: string[], nameWidth: number): string[] {
  const seconds = measurements.minutes * 60
  const byType = latencyBySlice(measurements.samples, seconds * 1000, 1)
  const widths = [nameWidth, 8, 6, 7, 7, 7]
  const lines = [row(['', 'answers', 'req/s', 'p50 ms', 'p99 ms', 'max ms'], widths)]
  for (const type of types) {
    const figures = byType.get(type)?.whole
    const cells = figures
      ? [
          figures.count,
          figures.count / seconds,
          figures.p50Milliseconds,
          figures.p99Milliseconds,
          figures.maxMilliseconds,
        ]
      : []
    lines.push(
      row([type, ...cells.map((value) => whole.format(value)), ...Array<string>(5 - cells.length).fill('-')], widths),
    )
  }
  const answers = measurements.samples.length
  lines.push(row(['all', whole.format(answers), whole.format(answers / seconds), '', '', ''], widths))
  return lines
}

function sliceTable(measurements: SoakMeasurements, types: string[], nameWidth: number): string[] {
  const { minutes, samples, memory } = measurements
  const perSlice = sliceMinutes(minutes)
  const count = Math.ceil(minutes / perSlice)
  const sliceMs = perSlice * 60_000
  const slices = Array.from({ length: count }, (_, slice) => slice)
  const byType = latencyBySlice(samples, sliceMs, count)
  const widths = [nameWidth, ...slices.map(() => 10)]
  const lines = [row(['', ...slices.map((slice) => `${Math.min((slice + 1) * perSlice, minutes)} min`)], widths)]
  for (const type of types)
    lines.push(row([type, ...(byType.get(type)?.slices ?? slices.map(() => undefined)).map(p50p99)], widths))
  const answers = slices.map(() => 0)
  for (const sample of samples) answers[sliceIndex(sample.atMilliseconds, sliceMs, count)]!++
  // The last slice may be shorter than the others (eleven minutes in slices of two).
  const sliceSeconds = (slice: number) => (Math.min((slice + 1) * sliceMs, minutes * 60_000) - slice * sliceMs) / 1000
  lines.push(row(['all, req/s', ...slices.map((slice) => whole.format(answers[slice]! / sliceSeconds(slice)))], widths))
  const rssAtEnd = slices.map((slice) => memory.filter((sample) => sample.atMilliseconds < (slice + 1) * sliceMs).pop())
  lines.push(
    row(['RSS MB at end', ...rssAtEnd.map((sample) => (sample ? megabytes(sample.residentBytes) : '-'))], widths),
  )
  return [
    `p50/p99 ms in each ${perSlice === 1 ? 'minute' : `${perSlice} minutes`} (a column is named after its slice's end):`,
    ...lines,
  ]
}

export function formatSoakReport(measurements: SoakMeasurements): string {
  const { pages, readers, minutes, publishEverySeconds } = measurements
  const load = (figures: number[]) => figures.map((value) => value.toFixed(1)).join(' / ')
  const types = [...new Set(pages.map((page) => page.type))]
  const nameWidth = Math.max(16, ...types.map((type) => type.length))
  return [
    `Soak: ${minutes} min measured after a ${SOAK_WARM_UP_SECONDS} s warm-up; ${readers} readers, each from an ` +
      `address of its own, going round ${pages.length} pages (${types.length} page types, ja and en) without pause; ` +
      `an editor publishing every ${publishEverySeconds} s; ${cpus().length} CPUs, Node ${process.version}.`,
    // Other work on the machine lowers every figure; the load average says how much there was.
    `Load average (1 / 5 / 15 min): ${load(measurements.loadBefore)} before the run, ${load(measurements.loadAfter)} after.`,
    '',
    ...errorLines(measurements),
    publishLine(measurements),
    memoryLine(measurements.memory),
    '',
    "The measured run, per page type (both locales; latencies of answers with the page's own status):",
    ...wholeRunTable(measurements, types, nameWidth),
    '',
    ...sliceTable(measurements, types, nameWidth),
  ].join('\n')
}
