import { composeAppNodeOptions } from '@/tooling/server/compose'
import { describe, expect, it } from 'vitest'

import { UsageError } from '@/tooling/bench/options'
import { commandCalls, parseRedisCounters } from '@/tooling/bench/redis-server'
import { parseScaleOptions } from '@/tooling/bench/scale-options'
import { pageTypeOf, summarise } from '@/tooling/bench/scale-pages'
import { entryHitRate, keyspaceHitRate, scaleChartSvg } from '@/tooling/bench/scale-report'
import { pagePath, localePath } from '@/lib/i18n/paths'
import { pagedPath } from '@/lib/paging/paths'

describe('the scale bench', () => {
  it('types every reader path the sitemap can list, in both languages and on every page of a list', () => {
    for (const locale of ['ja', 'en'] as const) {
      const typed = (path: string) => pageTypeOf(localePath(locale, path))
      expect(typed(pagePath.home)).toBe('home')
      expect(typed(pagePath.episode('bench-12'))).toBe('episode')
      for (const page of [1, 2, 17]) {
        expect(typed(pagedPath(pagePath.series('bench-series-3'), page))).toBe('series')
        expect(typed(pagedPath(pagePath.category('bench-category-1'), page))).toBe('category')
        expect(typed(pagedPath(pagePath.glossary, page))).toBe('glossary index')
      }
      expect(typed(pagePath.glossaryTerm('bench-term-9'))).toBe('glossary term')
      expect(typed(pagePath.search)).toBe('search')
      expect(typed(pagePath.page('about'))).toBe('page')
    }
  })

  it("reads Redis's counters from INFO, and a command never called as 0 calls", () => {
    const info = [
      '# Stats',
      'keyspace_hits:120',
      'keyspace_misses:30',
      'evicted_keys:2',
      '# Commandstats',
      'cmdstat_get:calls=100,usec=500,usec_per_call=5.00,rejected_calls=0,failed_calls=0',
      'cmdstat_hexists:calls=90,usec=100',
      '# Memory',
      'used_memory:1048576',
    ].join('\r\n')
    expect(parseRedisCounters(info)).toEqual({
      keyspaceHits: 120,
      keyspaceMisses: 30,
      getCalls: 100,
      setCalls: 0,
      evictedKeys: 2,
      usedMemoryBytes: 1048576,
    })
    expect(commandCalls(undefined)).toBe(0)
  })

  it("counts Redis's missed lookups as entry reads that missed, and a write (a stale entry refreshed) as none", () => {
    const counters = { keyspaceHits: 0, keyspaceMisses: 0, evictedKeys: 0, usedMemoryBytes: 0 }
    expect(entryHitRate({ ...counters, getCalls: 1000, keyspaceMisses: 3, setCalls: 600 })).toBeCloseTo(0.997)
    expect(entryHitRate({ ...counters, getCalls: 10, keyspaceMisses: 10, setCalls: 10 })).toBe(0)
    expect(entryHitRate({ ...counters, getCalls: 0, setCalls: 0 })).toBeUndefined()
    expect(keyspaceHitRate({ ...counters, getCalls: 0, setCalls: 0, keyspaceHits: 3, keyspaceMisses: 1 })).toBe(0.75)
  })

  it('summarises each page type with nearest-rank p50 and p95, and counts answers other than 200', () => {
    const answers = Array.from({ length: 20 }, (_, index) => ({
      type: 'episode' as const,
      status: index === 0 ? 500 : 200,
      milliseconds: index + 1,
    }))
    expect(summarise(answers).get('episode')).toEqual({ count: 20, p50: 10, p95: 19, failures: 1 })
  })

  it('charts the sizes it was given, and stays valid XML with a type missing at one size', () => {
    const svg = scaleChartSvg(
      [
        {
          episodes: 100,
          byType: new Map([['episode', { count: 1, p50: 10, p95: 20, failures: 0 }]]),
          everythingCold: new Map(),
        },
        { episodes: 300, byType: new Map(), everythingCold: new Map() },
      ],
      'chart <test>',
    )
    expect(svg).toContain('chart &lt;test&gt;')
    expect(svg).toMatch(/>100<\/text>[\s\S]*>300<\/text>/)
    expect(svg.trim().endsWith('</svg>')).toBe(true)
  })

  it('ends the sizes with the largest catalogue, and refuses a size above it', () => {
    expect(parseScaleOptions([]).sizes).toEqual([500, 1000, 5000])
    expect(parseScaleOptions(['--episodes', '300', '--sizes', '300,100', '--series', '10']).sizes).toEqual([100, 300])
    expect(parseScaleOptions(['--episodes', '2000']).sizes).toEqual([500, 1000, 2000])
    expect(() => parseScaleOptions(['--episodes', '300', '--sizes', '500'])).toThrow(UsageError)
    expect(() => parseScaleOptions(['--series', '0'])).toThrow(UsageError)
    expect(() => parseScaleOptions(['--pages-sample', '3'])).toThrow(UsageError)
  })
})

describe("the instances' heap ceiling", () => {
  it("is docker-compose's, a --max-old-space-size the bench passes on as is", () => {
    expect(composeAppNodeOptions()).toMatch(/^--max-old-space-size=\d+$/)
  })
})
