import { describe, expect, it } from 'vitest'

import { parseBenchOptions, UsageError } from '@/tooling/bench/options'
import { cumulativeLayoutShift, type LayoutShift } from '@/tooling/bench/page-experience'

import { seededRandom } from '../helpers/seeded-random'

const shift = (startTime: number, value: number, hadRecentInput = false): LayoutShift => ({
  startTime,
  value,
  hadRecentInput,
  nodes: [],
})

describe('cumulative layout shift, as web-vitals counts it', () => {
  it('is 0 for a page that never shifted, and for shifts right after input only', () => {
    expect(cumulativeLayoutShift([])).toBe(0)
    expect(cumulativeLayoutShift([shift(100, 0.2, true), shift(300, 0.1, true)])).toBe(0)
  })

  it('adds shifts less than a second apart, and keeps the largest of windows split by a pause', () => {
    expect(cumulativeLayoutShift([shift(100, 0.05), shift(900, 0.05)])).toBeCloseTo(0.1)
    expect(cumulativeLayoutShift([shift(100, 0.05), shift(1_100, 0.04), shift(1_500, 0.03)])).toBeCloseTo(0.07)
  })

  it('closes a window 5 seconds after its first shift, however close the shifts come', () => {
    const steady = Array.from({ length: 12 }, (_, index) => shift(index * 500, 0.01))
    // 0, 500, …, 4,500 ms fall in the first window (10 shifts); 5,000 opens the next.
    expect(cumulativeLayoutShift(steady)).toBeCloseTo(0.1)
  })

  it('lies between the largest single shift and the sum of all, for any sequence', () => {
    const random = seededRandom(19)
    for (let sequence = 0; sequence < 200; sequence++) {
      let time = 0
      const shifts = Array.from({ length: 1 + Math.floor(random() * 15) }, () => {
        time += random() * 2_000
        return shift(time, random() * 0.1, random() < 0.2)
      })
      const counted = shifts.filter((entry) => !entry.hadRecentInput).map((entry) => entry.value)
      const cls = cumulativeLayoutShift(shifts)
      expect(cls).toBeGreaterThanOrEqual(Math.max(0, ...counted) - 1e-12)
      expect(cls).toBeLessThanOrEqual(counted.reduce((sum, value) => sum + value, 0) + 1e-12)
    }
  })
})

describe('npm run bench -- --page-experience', () => {
  it('measures only the pages in Chromium, and takes no option but --reuse-build', () => {
    expect(parseBenchOptions(['--page-experience'])).toMatchObject({ pageExperienceOnly: true, soak: undefined })
    expect(parseBenchOptions(['--page-experience', '--reuse-build'])).toMatchObject({ reuseBuild: true })
    expect(parseBenchOptions([])).toMatchObject({ pageExperienceOnly: false })
    for (const other of [['--soak'], ['--claims'], ['--duration', '5'], ['--edits', '2']]) {
      expect(() => parseBenchOptions(['--page-experience', ...other])).toThrow(UsageError)
    }
  })
})
