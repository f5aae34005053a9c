/**
 * Where the app's own jobs reach it, and how often they run: INTERNAL_URL and JOBS_AUTORUN_CRON.
 * In docker-compose SITE_URL is the public address (nginx on the host), which the app cannot
 * reach from inside its container; the jobs must call the address the app listens on.
 */
import { describe, expect, it } from 'vitest'

import { parseEnv } from '@/lib/env-schema'

const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/column' }

describe('the address the app reaches itself at', () => {
  it('is the loopback address on the port Next listens on, whatever SITE_URL says', () => {
    expect(parseEnv({ ...base, SITE_URL: 'http://localhost:8080' }).internalUrl).toBe('http://127.0.0.1:3000')
    expect(parseEnv({ ...base, SITE_URL: 'https://column.example.jp', PORT: '4310' }).internalUrl).toBe(
      'http://127.0.0.1:4310',
    )
  })

  it('is INTERNAL_URL when set, without a trailing slash; an empty one counts as unset', () => {
    expect(parseEnv({ ...base, INTERNAL_URL: 'http://10.0.0.5:3000/' }).internalUrl).toBe('http://10.0.0.5:3000')
    expect(parseEnv({ ...base, INTERNAL_URL: '' }).internalUrl).toBe('http://127.0.0.1:3000')
  })

  it('names INTERNAL_URL or PORT when malformed', () => {
    expect(() => parseEnv({ ...base, INTERNAL_URL: 'app:3000' })).toThrow(
      /INTERNAL_URL must be an absolute http\(s\) URL/,
    )
    expect(() => parseEnv({ ...base, PORT: 'eighty' })).toThrow(/PORT must be a TCP port number/)
  })
})

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
