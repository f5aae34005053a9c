/**
 * What a newcomer sees when the configuration is wrong: one line naming the variable and what
 * is expected, a non-zero exit, and no stack trace.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const tsx = path.resolve('node_modules/.bin/tsx')

function run(args: string[], env: Record<string, string | undefined>) {
  // Only what the child needs: the test's own DATABASE_URL and secrets must not leak in.
  const childEnv: Record<string, string | undefined> = { PATH: process.env.PATH, HOME: process.env.HOME, ...env }
  const result = spawnSync(tsx, args, {
    encoding: 'utf8',
    env: childEnv as NodeJS.ProcessEnv,
    timeout: 60_000,
  })
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout }
}

function expectOneClearLine(stderr: string, pattern: RegExp) {
  expect(stderr.split('\n')).toHaveLength(1)
  expect(stderr).toMatch(pattern)
  expect(stderr).not.toMatch(/\n\s+at /)
}

describe('the dev/test runner (scripts/with-database.ts)', () => {
  it('stops with one line when DATABASE_URL is not a PostgreSQL URL', () => {
    const result = run(['scripts/with-database.ts', '--', 'true'], { DATABASE_URL: 'localhost:5432' })
    expect(result.status).toBe(1)
    expectOneClearLine(result.stderr, /^Configuration error: DATABASE_URL must be a PostgreSQL connection URL/)
  })

  it('stops with one line when nothing answers at DATABASE_URL', () => {
    const result = run(['scripts/with-database.ts', '--', 'true'], {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/column',
    })
    expect(result.status).toBe(1)
    expectOneClearLine(
      result.stderr,
      /^DATABASE_URL: cannot connect to PostgreSQL at 127\.0\.0\.1:1\/column: .*ECONNREFUSED/,
    )
  })

  it('stops with one line when the host does not exist', () => {
    const result = run(['scripts/with-database.ts', '--', 'true'], {
      DATABASE_URL: 'postgres://postgres@no-such-host.invalid:5432/column',
    })
    expect(result.status).toBe(1)
    expectOneClearLine(
      result.stderr,
      /^DATABASE_URL: cannot connect to PostgreSQL at no-such-host\.invalid:5432\/column: .*ENOTFOUND/,
    )
  })
})

describe('the app configuration (lib/env.ts)', () => {
  const loadEnv = ['--eval', "import('./lib/env.ts').then(() => console.log('loaded'))"]

  it('stops a production process without PAYLOAD_SECRET with one line', () => {
    const result = run(loadEnv, {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/column',
    })
    expect(result.status).toBe(1)
    expect(result.stdout).not.toContain('loaded')
    expectOneClearLine(result.stderr, /PAYLOAD_SECRET is required in production/)
  })

  it('stops a production process without DATABASE_URL with one line', () => {
    const result = run(loadEnv, { NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40) })
    expect(result.status).toBe(1)
    expectOneClearLine(result.stderr, /^Configuration error: DATABASE_URL is required/)
  })

  it('stops a process given only part of the object storage settings with one line naming the rest', () => {
    const result = run(loadEnv, {
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'x'.repeat(40),
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/column',
      S3_BUCKET: 'column-media',
      S3_ENDPOINT: 'http://minio:9000',
    })
    expect(result.status).toBe(1)
    expect(result.stdout).not.toContain('loaded')
    expectOneClearLine(
      result.stderr,
      /^Configuration error: S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY are missing: object storage needs/,
    )
  })

  it('starts a complete production configuration', () => {
    const result = run(loadEnv, {
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'x'.repeat(40),
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/column',
    })
    expect(result.stderr).toBe('')
    expect(result.stdout.trim()).toBe('loaded')
  })
})
