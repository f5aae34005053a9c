import { describe, expect, it } from 'vitest'

import { ConfigError, parseEnv, parseToolingEnv } from '@/lib/env-schema'

const validUrl = 'postgres://postgres@127.0.0.1:5432/column'
const validSecret = 'a'.repeat(32)

describe('configuration from the environment', () => {
  it('accepts a complete production configuration', () => {
    const env = parseEnv({ NODE_ENV: 'production', DATABASE_URL: validUrl, PAYLOAD_SECRET: validSecret })
    expect(env.DATABASE_URL).toBe(validUrl)
    expect(env.PAYLOAD_SECRET).toBe(validSecret)
    expect(env.usingGeneratedSecret).toBe(false)
  })

  it('names DATABASE_URL when it is missing', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: validSecret })).toThrow(
      /^Configuration error: DATABASE_URL is required/,
    )
  })

  it('names DATABASE_URL when it is not a PostgreSQL URL', () => {
    for (const wrong of ['not-a-url', 'mysql://root@localhost/column', 'postgres://']) {
      expect(() => parseEnv({ DATABASE_URL: wrong, PAYLOAD_SECRET: validSecret })).toThrow(
        /DATABASE_URL must be a PostgreSQL connection URL/,
      )
    }
  })

  it('names PODCAST_OWNER_EMAIL when it is not an e-mail address, and takes an empty one as unset', () => {
    expect(() => parseEnv({ DATABASE_URL: validUrl, PODCAST_OWNER_EMAIL: 'podcast team' })).toThrow(
      /^Configuration error: PODCAST_OWNER_EMAIL must be an e-mail address/,
    )
    expect(parseEnv({ DATABASE_URL: validUrl, PODCAST_OWNER_EMAIL: '' }).PODCAST_OWNER_EMAIL).toBeUndefined()
  })

  it('drops a trailing slash from SITE_URL, so links built on it never have two', () => {
    expect(parseEnv({ DATABASE_URL: validUrl, SITE_URL: 'https://column.example.jp/' }).SITE_URL).toBe(
      'https://column.example.jp',
    )
  })

  it('requires PAYLOAD_SECRET in production', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', DATABASE_URL: validUrl })).toThrow(ConfigError)
    expect(() => parseEnv({ NODE_ENV: 'production', DATABASE_URL: validUrl })).toThrow(
      /PAYLOAD_SECRET is required in production/,
    )
  })

  it('refuses a short secret', () => {
    expect(() => parseEnv({ DATABASE_URL: validUrl, PAYLOAD_SECRET: 'short' })).toThrow(
      /PAYLOAD_SECRET must be at least 32 characters/,
    )
  })

  it('generates a development secret and says so', () => {
    const env = parseEnv({ NODE_ENV: 'development', DATABASE_URL: validUrl })
    expect(env.PAYLOAD_SECRET).toHaveLength(64)
    expect(env.usingGeneratedSecret).toBe(true)
  })

  it('reports every problem in one line', () => {
    try {
      parseEnv({ DATABASE_URL: 'nope', PAYLOAD_SECRET: 'short', SITE_URL: 'column' })
      expect.unreachable()
    } catch (error) {
      const message = (error as Error).message
      expect(message).not.toContain('\n')
      expect(message).toContain('DATABASE_URL')
      expect(message).toContain('PAYLOAD_SECRET')
      expect(message).toContain('SITE_URL')
    }
  })

  it('defaults the embedded PostgreSQL port and validates an override', () => {
    expect(parseToolingEnv({}).EMBEDDED_POSTGRES_PORT).toBe(54329)
    expect(parseToolingEnv({ EMBEDDED_POSTGRES_PORT: '55432' }).EMBEDDED_POSTGRES_PORT).toBe(55432)
    expect(() => parseToolingEnv({ EMBEDDED_POSTGRES_PORT: 'eighty' })).toThrow(/EMBEDDED_POSTGRES_PORT/)
  })
})
