import { describe, expect, it } from 'vitest'

import { parseBenchOptions, UsageError } from '@/tooling/bench/options'
import { parentPidFromStat, processTree, residentBytesFromStatus } from '@/tooling/bench/process-memory'
import { growth, latencyBySlice, percentile, sliceIndex, type LatencySample } from '@/tooling/bench/soak-figures'

const minute = 60_000

describe('the soak figures', () => {
  it('takes nearest-rank percentiles: the p99 of 100 values is the 99th, the p50 of 4 the 2nd', () => {
    const hundred = Array.from({ length: 100 }, (_, index) => index + 1)
    expect(percentile(hundred, 0.99)).toBe(99)
    expect(percentile(hundred, 0.5)).toBe(50)
    expect(percentile([10, 20, 30, 40], 0.5)).toBe(20)
    expect(percentile([7], 0.99)).toBe(7)
    expect(() => percentile([], 0.5)).toThrow()
  })

  it('puts an answer in the slice it arrived in, and one that arrives as the run stops in the last', () => {
    expect(sliceIndex(0, minute, 10)).toBe(0)
    expect(sliceIndex(minute - 1, minute, 10)).toBe(0)
    expect(sliceIndex(minute, minute, 10)).toBe(1)
    expect(sliceIndex(10 * minute + 200, minute, 10)).toBe(9)
  })

  it('gives each page type its p50 and p99 in each slice, and none for a slice without answers', () => {
    const samples: LatencySample[] = [
      ...Array.from({ length: 100 }, (_, index) => ({
        pageType: 'home',
        atMilliseconds: index,
        latencyMilliseconds: index + 1,
      })),
      { pageType: 'home', atMilliseconds: 2 * minute + 5, latencyMilliseconds: 900 },
      { pageType: 'sitemap', atMilliseconds: minute + 5, latencyMilliseconds: 40 },
    ]
    const figures = latencyBySlice(samples, minute, 3)
    expect([...figures.keys()]).toEqual(['home', 'sitemap'])
    const home = figures.get('home')!
    expect(home.slices[0]).toEqual({ count: 100, p50Milliseconds: 50, p99Milliseconds: 99, maxMilliseconds: 100 })
    expect(home.slices[1]).toBeUndefined()
    expect(home.slices[2]).toEqual({ count: 1, p50Milliseconds: 900, p99Milliseconds: 900, maxMilliseconds: 900 })
    expect(home.whole).toMatchObject({ count: 101, p99Milliseconds: 100, maxMilliseconds: 900 })
    expect(figures.get('sitemap')!.slices.map((slice) => slice?.count)).toEqual([undefined, 1, undefined])
  })

  it('states memory growth as a fraction of the start', () => {
    expect(growth(500, 540)).toBeCloseTo(0.08)
    expect(growth(500, 450)).toBeCloseTo(-0.1)
    expect(() => growth(0, 450)).toThrow()
  })
})

describe("the server's memory, read from /proc", () => {
  it('reads the parent from a stat line whose command name holds spaces and parentheses', () => {
    expect(parentPidFromStat('4242 (next-server (v16.4.6)) S 4241 4241 4100 0 -1 4194560')).toBe(4241)
  })

  it('reads the resident set in bytes, and 0 when there is none', () => {
    expect(residentBytesFromStatus('Name:\tnode\nVmPeak:\t  900 kB\nVmRSS:\t  289152 kB\nThreads:\t11\n')).toBe(
      289152 * 1024,
    )
    expect(residentBytesFromStatus('Name:\tnode\nState:\tZ (zombie)\n')).toBe(0)
  })

  it('counts the process and everything under it, not its siblings', () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 1],
      [14, 12],
    ])
    expect(processTree(10, parents).sort((a, b) => a - b)).toEqual([10, 11, 12, 14])
  })
})

describe('npm run bench -- --soak', () => {
  it('soaks for 10 minutes with 50 readers and a publish every 10 seconds unless told otherwise', () => {
    expect(parseBenchOptions(['--soak'])).toMatchObject({
      connections: 50,
      soak: { minutes: 10, publishEverySeconds: 10 },
    })
    expect(parseBenchOptions(['--soak-minutes', '2', '--connections', '20'])).toMatchObject({
      connections: 20,
      soak: { minutes: 2, publishEverySeconds: 10 },
    })
  })

  it('leaves the scenarios as they were without --soak', () => {
    expect(parseBenchOptions([])).toMatchObject({ connections: 10, soak: undefined })
    expect(() => parseBenchOptions(['--publish-every', '5'])).toThrow(UsageError)
    expect(() => parseBenchOptions(['--soak-minutes', '0'])).toThrow(UsageError)
  })
})

describe('npm run bench -- --claims', () => {
  it('measures only the claims guard, and takes no other option', () => {
    expect(parseBenchOptions(['--claims'])).toMatchObject({ claimsOnly: true, soak: undefined })
    expect(parseBenchOptions([])).toMatchObject({ claimsOnly: false })
    for (const other of [['--soak'], ['--duration', '5'], ['--reuse-build']]) {
      expect(() => parseBenchOptions(['--claims', ...other])).toThrow(UsageError)
    }
  })
})
