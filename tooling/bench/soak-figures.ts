/**
 * The soak's arithmetic, kept apart from the load so that it can be tested: latency percentiles
 * per page type for each time slice of the run, and the growth of the server's memory.
 */

/** One answered request of the measured run. */
export interface LatencySample {
  pageType: string
  /** When the answer arrived, from the start of the measured run. */
  atMilliseconds: number
  latencyMilliseconds: number
}

export interface LatencyFigures {
  count: number
  p50Milliseconds: number
  p99Milliseconds: number
  maxMilliseconds: number
}

/** Nearest-rank percentile: the smallest value with at least `fraction` of the values at or below it. */
export function percentile(sortedAscending: readonly number[], fraction: number): number {
  if (sortedAscending.length === 0) throw new Error('no values to take a percentile of')
  const rank = Math.max(1, Math.ceil(fraction * sortedAscending.length))
  return sortedAscending[rank - 1]!
}

export function latencyFigures(latencies: readonly number[]): LatencyFigures | undefined {
  if (latencies.length === 0) return undefined
  const sorted = [...latencies].sort((a, b) => a - b)
  return {
    count: sorted.length,
    p50Milliseconds: percentile(sorted, 0.5),
    p99Milliseconds: percentile(sorted, 0.99),
    maxMilliseconds: sorted[sorted.length - 1]!,
  }
}

/** Which slice a moment falls in; an answer that arrives as the run stops counts in the last one. */
export function sliceIndex(atMilliseconds: number, sliceMilliseconds: number, sliceCount: number): number {
  return Math.min(sliceCount - 1, Math.max(0, Math.floor(atMilliseconds / sliceMilliseconds)))
}

/**
 * For each page type, in the order they first answered: its figures in each slice (undefined
 * for a slice in which it never answered) and over the whole run.
 */
export function latencyBySlice(
  samples: readonly LatencySample[],
  sliceMilliseconds: number,
  sliceCount: number,
): Map<string, { slices: (LatencyFigures | undefined)[]; whole: LatencyFigures }> {
  const byType = new Map<string, number[][]>()
  for (const sample of samples) {
    let slices = byType.get(sample.pageType)
    if (!slices) byType.set(sample.pageType, (slices = Array.from({ length: sliceCount }, () => [])))
    slices[sliceIndex(sample.atMilliseconds, sliceMilliseconds, sliceCount)]!.push(sample.latencyMilliseconds)
  }
  return new Map(
    [...byType].map(([pageType, slices]) => [
      pageType,
      { slices: slices.map((latencies) => latencyFigures(latencies)), whole: latencyFigures(slices.flat())! },
    ]),
  )
}

/** How much the memory grew from the start of the measured run to its end, as a fraction of the start. */
export function growth(startBytes: number, endBytes: number): number {
  if (startBytes <= 0) throw new Error('no memory figure at the start')
  return (endBytes - startBytes) / startBytes
}
