/**
 * The job runner's schedule (JOBS_AUTORUN_CRON) and the shared cache's settings (REDIS_URL,
 * REDIS_KEY_PREFIX, CACHE_MEMORY_MB): accepted forms and, for every malformed one, one message
 * naming the variable.
 */
import { describe, expect, it } from 'vitest'

import { parseEnv } from '@/lib/env-schema'

const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/column' }

describe('how often the job runner looks for due jobs', () => {
  it('is every minute unless JOBS_AUTORUN_CRON says otherwise, seconds allowed', () => {
    expect(parseEnv(base).jobsAutoRunCron).toBe('* * * * *')
    expect(parseEnv({ ...base, JOBS_AUTORUN_CRON: '*/5 * * * * *' }).jobsAutoRunCron).toBe('*/5 * * * * *')
  })

  it('names JOBS_AUTORUN_CRON when it is not a cron pattern', () => {
    expect(() => parseEnv({ ...base, JOBS_AUTORUN_CRON: 'every minute' })).toThrow(
      /JOBS_AUTORUN_CRON must be a cron pattern/,
    )
  })
})

describe('the shared cache', () => {
  const schemes = ['redis', 'rediss']
  const authorities = ['127.0.0.1:6379', 'cache.example.jp', 'user:p%40ss@cache.example.jp:6380', '[::1]:6379']
  const paths = ['', '/', '/0', '/15']
  const validUrls = schemes.flatMap((scheme) =>
    authorities.flatMap((authority) => paths.map((path) => `${scheme}://${authority}${path}`)),
  )

  it.each(validUrls)('takes REDIS_URL=%s', (url) => {
    expect(parseEnv({ ...base, REDIS_URL: url }).REDIS_URL).toBe(url)
  })

  it('is in memory when REDIS_URL is unset or empty, with 256 MB and the prefix "column"', () => {
    for (const raw of [base, { ...base, REDIS_URL: '' }]) {
      const env = parseEnv(raw)
      expect([env.REDIS_URL, env.CACHE_MEMORY_MB, env.REDIS_KEY_PREFIX]).toEqual([undefined, 256, 'column'])
    }
  })

  const malformedUrls = [
    'http://127.0.0.1:6379',
    '127.0.0.1:6379',
    'redis',
    'redis:/127.0.0.1',
    'redis://exa mple',
    'tcp://127.0.0.1:6379',
    'redis+sentinel://host',
    ' ',
  ]
  it.each(malformedUrls)('names REDIS_URL for %j', (url) => {
    expect(() => parseEnv({ ...base, REDIS_URL: url })).toThrow(/REDIS_URL must be a Redis URL/)
  })

  const prefixes = ['a', 'column-staging', 'site_2.blue', 'x'.repeat(64)]
  it.each(prefixes)('takes REDIS_KEY_PREFIX=%s', (prefix) => {
    expect(parseEnv({ ...base, REDIS_KEY_PREFIX: prefix }).REDIS_KEY_PREFIX).toBe(prefix)
  })

  it.each(['with space', 'colon:inside', 'x'.repeat(65), 'ニュース', 'slash/'])(
    'names REDIS_KEY_PREFIX for %j',
    (prefix) => {
      expect(() => parseEnv({ ...base, REDIS_KEY_PREFIX: prefix })).toThrow(/REDIS_KEY_PREFIX must be 1 to 64/)
    },
  )

  it('takes CACHE_MEMORY_MB from 16 to 65536 and names it outside that or when not whole', () => {
    for (const megabytes of [16, 17, 256, 4096, 65536]) {
      expect(parseEnv({ ...base, CACHE_MEMORY_MB: String(megabytes) }).CACHE_MEMORY_MB).toBe(megabytes)
    }
    for (const raw of ['15', '0', '-1', '65537', '1.5', 'lots', '1e9']) {
      expect(() => parseEnv({ ...base, CACHE_MEMORY_MB: raw }), raw).toThrow(/CACHE_MEMORY_MB must be/)
    }
  })
})

describe('read replicas', () => {
  const replica = (index: number) => `postgres://reader:secret@replica-${index}.example.jp:5432/column`

  it.each([1, 2, 3])('takes %i replica URL(s), separated by commas, spaces around them ignored', (count) => {
    const urls = Array.from({ length: count }, (_, index) => replica(index + 1))
    expect(parseEnv({ ...base, DATABASE_REPLICA_URLS: urls.join(' , ') }).databaseReplicaUrls).toEqual(urls)
  })

  it('has none when DATABASE_REPLICA_URLS is unset or empty', () => {
    expect(parseEnv(base).databaseReplicaUrls).toEqual([])
    expect(parseEnv({ ...base, DATABASE_REPLICA_URLS: '' }).databaseReplicaUrls).toEqual([])
  })

  it.each([
    'replica-1:5432/column',
    `${replica(1)},`,
    `${replica(1)},,${replica(2)}`,
    'mysql://replica/column',
    `${replica(1)};${replica(2)}`,
  ])('names DATABASE_REPLICA_URLS for %j', (value) => {
    expect(() => parseEnv({ ...base, DATABASE_REPLICA_URLS: value })).toThrow(
      /DATABASE_REPLICA_URLS must be PostgreSQL/,
    )
  })
})
