/**
 * How long inquiries are kept: INQUIRY_RETENTION_DAYS (default 180) read like every other
 * variable, and the instant before which an inquiry is past it. The deletion itself is tested
 * with the Inquiries collection.
 */
import { describe, expect, it } from 'vitest'

import { retentionCutoff } from '@/lib/consultation/retention'
import { parseEnv } from '@/lib/env-schema'

const databaseUrl = 'postgres://postgres@127.0.0.1:5432/column'

describe('INQUIRY_RETENTION_DAYS', () => {
  it('defaults to 180 days, also when set empty (docker-compose passes unset variables on so)', () => {
    expect(parseEnv({ DATABASE_URL: databaseUrl }).INQUIRY_RETENTION_DAYS).toBe(180)
    expect(parseEnv({ DATABASE_URL: databaseUrl, INQUIRY_RETENTION_DAYS: '' }).INQUIRY_RETENTION_DAYS).toBe(180)
  })

  it('takes a whole number of days', () => {
    for (const [value, days] of [
      ['1', 1],
      ['30', 30],
      [' 365 ', 365],
      ['3650', 3650],
    ] as const) {
      expect(parseEnv({ DATABASE_URL: databaseUrl, INQUIRY_RETENTION_DAYS: value }).INQUIRY_RETENTION_DAYS).toBe(days)
    }
  })

  it('names the variable when the value is not a number of days', () => {
    for (const value of ['0', '-1', '1.5', 'half a year', '3651', '180d']) {
      expect(() => parseEnv({ DATABASE_URL: databaseUrl, INQUIRY_RETENTION_DAYS: value }), value).toThrow(
        /^Configuration error: INQUIRY_RETENTION_DAYS must be/,
      )
    }
  })
})

describe('the retention cutoff', () => {
  const now = new Date('2026-12-01T02:00:00.000Z')

  it('lies the retention period in days before now', () => {
    expect(retentionCutoff(now, 180).toISOString()).toBe('2026-06-04T02:00:00.000Z')
    expect(retentionCutoff(now, 1).toISOString()).toBe('2026-11-30T02:00:00.000Z')
    for (let days = 1; days <= 1000; days += 37) {
      expect(now.getTime() - retentionCutoff(now, days).getTime()).toBe(days * 86_400_000)
    }
  })

  it('refuses a retention that would delete everything, or nothing sensible', () => {
    for (const days of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => retentionCutoff(now, days)).toThrow(RangeError)
    }
  })
})
