import { describe, expect, it } from 'vitest'

import {
  ConfigError,
  parseCreateAdminEnv,
  parseEnv,
  parseToolingEnv,
  requiredObjectStorageVariables,
} from '@/lib/env-schema'

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

describe('e-mail, proxy and admin-account configuration', () => {
  it('accepts smtp:// and smtps:// URLs for SMTP_URL and names it otherwise', () => {
    for (const url of [
      'smtp://mail.example.jp:587',
      'smtps://user:p%40ss@mail.example.jp:465',
      'smtp://127.0.0.1:2525',
    ]) {
      expect(parseEnv({ DATABASE_URL: validUrl, SMTP_URL: url }).SMTP_URL).toBe(url)
    }
    for (const wrong of ['mail.example.jp:587', 'https://mail.example.jp', 'smtp://']) {
      expect(() => parseEnv({ DATABASE_URL: validUrl, SMTP_URL: wrong })).toThrow(
        /^Configuration error: SMTP_URL must be an SMTP URL/,
      )
    }
    // docker-compose passes an unset variable on as an empty string.
    expect(parseEnv({ DATABASE_URL: validUrl, SMTP_URL: '' }).SMTP_URL).toBeUndefined()
  })

  it('reads EMAIL_FROM with or without a name, and defaults to no-reply at the site’s host', () => {
    expect(parseEnv({ DATABASE_URL: validUrl, EMAIL_FROM: 'column@example.jp' }).emailFrom).toEqual({
      address: 'column@example.jp',
    })
    expect(parseEnv({ DATABASE_URL: validUrl, EMAIL_FROM: 'The column <column@example.jp>' }).emailFrom).toEqual({
      address: 'column@example.jp',
      name: 'The column',
    })
    expect(
      parseEnv({ DATABASE_URL: validUrl, EMAIL_FROM: '"再生医療を知るコラム" <column@example.jp>' }).emailFrom,
    ).toEqual({
      address: 'column@example.jp',
      name: '再生医療を知るコラム',
    })
    expect(parseEnv({ DATABASE_URL: validUrl, SITE_URL: 'https://column.example.jp' }).emailFrom).toEqual({
      address: 'no-reply@column.example.jp',
    })
    expect(() => parseEnv({ DATABASE_URL: validUrl, EMAIL_FROM: 'The column' })).toThrow(
      /EMAIL_FROM must be an e-mail address/,
    )
  })

  it('trusts proxy headers only when TRUST_PROXY is true', () => {
    expect(parseEnv({ DATABASE_URL: validUrl }).trustProxy).toBe(false)
    expect(parseEnv({ DATABASE_URL: validUrl, TRUST_PROXY: 'true' }).trustProxy).toBe(true)
    expect(parseEnv({ DATABASE_URL: validUrl, TRUST_PROXY: 'false' }).trustProxy).toBe(false)
    expect(() => parseEnv({ DATABASE_URL: validUrl, TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY must be true or false/)
  })

  it('reads the new administrator for npm run create-admin, and names a malformed address', () => {
    expect(parseCreateAdminEnv({ ADMIN_EMAIL: 'root@example.jp', ADMIN_PASSWORD: 'x' })).toMatchObject({
      ADMIN_EMAIL: 'root@example.jp',
      ADMIN_PASSWORD: 'x',
    })
    expect(parseCreateAdminEnv({ ADMIN_EMAIL: '', ADMIN_PASSWORD: '' })).toEqual({})
    expect(() => parseCreateAdminEnv({ ADMIN_EMAIL: 'root' })).toThrow(
      /^Configuration error: ADMIN_EMAIL must be an e-mail address/,
    )
  })
})

describe('object storage configuration (S3_*)', () => {
  const values: Record<(typeof requiredObjectStorageVariables)[number], string> = {
    S3_BUCKET: 'column-media',
    S3_REGION: 'ap-northeast-1',
    S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
    S3_SECRET_ACCESS_KEY: 'secret/with+characters',
  }
  /** Every subset of the four required variables, as bit masks 0 (none) to 15 (all). */
  const subsets = Array.from({ length: 2 ** requiredObjectStorageVariables.length }, (_, mask) =>
    requiredObjectStorageVariables.filter((_name, bit) => mask & (1 << bit)),
  )

  it('takes all four or none, and names exactly the missing ones otherwise', () => {
    expect(subsets).toHaveLength(16)
    for (const given of subsets) {
      const raw = { DATABASE_URL: validUrl, ...Object.fromEntries(given.map((name) => [name, values[name]])) }
      const missing = requiredObjectStorageVariables.filter((name) => !given.includes(name))
      if (given.length === 0) {
        expect(parseEnv(raw).objectStorage, 'none').toBeUndefined()
        continue
      }
      if (missing.length === 0) {
        expect(parseEnv(raw).objectStorage).toEqual({
          bucket: 'column-media',
          region: 'ap-northeast-1',
          accessKeyId: 'AKIAEXAMPLE',
          secretAccessKey: 'secret/with+characters',
          forcePathStyle: false,
        })
        continue
      }
      let message = ''
      try {
        parseEnv(raw)
      } catch (error) {
        expect(error, given.join()).toBeInstanceOf(ConfigError)
        message = (error as Error).message
      }
      expect(message, given.join()).toMatch(new RegExp(`^Configuration error: ${missing.join(', ')} (is|are) missing`))
      expect(message).not.toContain('\n')
      // The secret is never repeated in the message.
      expect(message).not.toContain(values.S3_SECRET_ACCESS_KEY)
    }
  })

  it('takes empty values (docker-compose passes unset variables on as "") as unset', () => {
    const empty = Object.fromEntries(
      [...requiredObjectStorageVariables, 'S3_ENDPOINT', 'S3_FORCE_PATH_STYLE'].map((name) => [name, '']),
    )
    expect(parseEnv({ DATABASE_URL: validUrl, ...empty }).objectStorage).toBeUndefined()
  })

  it('refuses S3_ENDPOINT or S3_FORCE_PATH_STYLE without a bucket, and a malformed one with it', () => {
    expect(() => parseEnv({ DATABASE_URL: validUrl, S3_ENDPOINT: 'http://minio:9000' })).toThrow(
      /^Configuration error: S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY are missing/,
    )
    expect(() => parseEnv({ DATABASE_URL: validUrl, S3_FORCE_PATH_STYLE: 'true' })).toThrow(/S3_BUCKET/)
    expect(() => parseEnv({ DATABASE_URL: validUrl, ...values, S3_ENDPOINT: 'minio:9000' })).toThrow(
      /^Configuration error: S3_ENDPOINT must be an absolute http\(s\) URL/,
    )
    expect(() => parseEnv({ DATABASE_URL: validUrl, ...values, S3_FORCE_PATH_STYLE: 'yes' })).toThrow(
      /S3_FORCE_PATH_STYLE must be true or false/,
    )
    expect(
      parseEnv({ DATABASE_URL: validUrl, ...values, S3_ENDPOINT: 'http://minio:9000', S3_FORCE_PATH_STYLE: 'true' })
        .objectStorage,
    ).toMatchObject({ endpoint: 'http://minio:9000', forcePathStyle: true })
  })
})
