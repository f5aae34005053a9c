import { describe, expect, it } from 'vitest'

import { formatDate, isoDate, latestUpdate } from '@/lib/dates'

describe('dates', () => {
  it('writes a Japanese date with 年, 月 and 日', () => {
    expect(formatDate('2026-11-24T03:00:00Z', 'ja')).toBe('2026年11月24日')
  })

  it('writes an English date as day, month name and year', () => {
    expect(formatDate('2026-11-24T03:00:00Z', 'en')).toBe('24 November 2026')
  })

  it('accepts a Date as well as a string', () => {
    expect(formatDate(new Date('2026-11-24T03:00:00Z'), 'en')).toBe('24 November 2026')
    expect(isoDate(new Date('2026-11-24T03:00:00Z'))).toBe('2026-11-24')
  })

  it('uses the Tokyo calendar day when UTC is still on the day before', () => {
    expect(formatDate('2026-11-24T20:00:00Z', 'ja')).toBe('2026年11月25日')
    expect(formatDate('2026-11-24T20:00:00Z', 'en')).toBe('25 November 2026')
    expect(isoDate('2026-11-24T20:00:00Z')).toBe('2026-11-25')
  })

  it('pads the machine-readable date to YYYY-MM-DD', () => {
    expect(isoDate('2026-01-05T03:00:00Z')).toBe('2026-01-05')
  })
})

describe('latestUpdate', () => {
  it('is the newest updatedAt, whatever the order, and nothing for no documents', () => {
    const documents = [
      { updatedAt: '2026-11-02T09:00:00.000Z' },
      { updatedAt: '2026-11-30T01:00:00.000Z' },
      { updatedAt: '2026-11-15T23:59:59.000Z' },
    ]
    expect(latestUpdate(documents)).toBe('2026-11-30T01:00:00.000Z')
    expect(latestUpdate([])).toBeUndefined()
  })
})
