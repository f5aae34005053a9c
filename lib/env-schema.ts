/**
 * What the environment must look like, as zod schemas. Pure: `lib/env.ts` applies it to the
 * running process; scripts and tests apply it to the values they are about to use.
 */
import { createHash, randomBytes } from 'node:crypto'
import { z } from 'zod'

export class ConfigError extends Error {
  override name = 'ConfigError'
}

const postgresUrl = z
  .string({ error: 'is required (e.g. postgres://user:password@host:5432/column)' })
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/[^/]+/.test(value) && URL.canParse(value), {
    error: 'must be a PostgreSQL connection URL such as postgres://user:password@host:5432/column',
  })

const runtimeSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: postgresUrl,
  /** Read replicas for the reader pages: PostgreSQL URLs separated by commas (lib/database/read-replicas.ts). */
  DATABASE_REPLICA_URLS: z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .transform((value) => value.split(',').map((url) => url.trim()))
      .refine(
        (urls) =>
          urls.every((url) => /^postgres(ql)?:\/\/[^\s/;]+(\/[^\s/;?]*)?(\?[^\s;]*)?$/.test(url) && URL.canParse(url)),
        {
          error:
            'must be PostgreSQL connection URLs separated by commas, such as postgres://user:password@replica-1:5432/column',
        },
      )
      .optional(),
  ),
  PAYLOAD_SECRET: z
    .string({ error: 'is required: a random string of at least 32 characters' })
    .min(32, { error: 'must be at least 32 characters long' })
    .optional(),
  SEED_ADMIN_EMAIL: z.email({ error: 'must be an e-mail address' }).optional(),
  SEED_ADMIN_PASSWORD: z.string().min(12, { error: 'must be at least 12 characters long' }).optional(),
  /** Runs due jobs (scheduled publish and unpublish) inside the app process. Off in tests. */
  JOBS_AUTORUN: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
  /** How often the job runner looks for due jobs: a cron pattern, seconds as an optional first field. */
  JOBS_AUTORUN_CRON: z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .trim()
      .regex(/^\S+(\s+\S+){4,5}$/, {
        error: 'must be a cron pattern such as "* * * * *" (every minute) or "*/10 * * * * *" (every 10 seconds)',
      })
      .default('* * * * *'),
  ),
  /**
   * Next.js's cache (pages, feeds, reader data) in Redis, shared by every instance: redis://… or
   * rediss://… (TLS). Unset: a cache in each process's memory (lib/cache/cache-store.mjs).
   */
  REDIS_URL: z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .trim()
      .refine((value) => /^rediss?:\/\/[^/]*/.test(value) && URL.canParse(value), {
        error: 'must be a Redis URL such as redis://127.0.0.1:6379 or rediss://user:password@cache.example.jp:6380/0',
      })
      .optional(),
  ),
  /** Keys in Redis start with this, then the build's id: several sites may share one Redis. */
  REDIS_KEY_PREFIX: z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,64}$/, { error: 'must be 1 to 64 letters, digits, dots, dashes or underscores' })
      .default('column'),
  ),
  /** Without REDIS_URL: megabytes of rendered pages and data each process keeps. */
  CACHE_MEMORY_MB: z.preprocess(
    unsetWhenEmpty,
    z.coerce
      .number({ error: 'must be a whole number of megabytes, such as 256' })
      .int({ error: 'must be a whole number of megabytes, such as 256' })
      .min(16, { error: 'must be at least 16 (megabytes)' })
      .max(65536, { error: 'must be at most 65536 (megabytes)' })
      .default(256),
  ),
  /** Where `next build` wrote the build this server runs (see next.config.ts); its BUILD_ID names the cache's keys. */
  COLUMN_DIST_DIR: z.preprocess(unsetWhenEmpty, z.string().optional()),
  COLUMN_BENCH_BUILD: z.string().optional(),
  PREVIEW_SECRET: z.string().min(16, { error: 'must be at least 16 characters long' }).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SITE_URL: z
    .url({ error: 'must be an absolute URL such as https://column.example.jp' })
    .default('http://localhost:3000')
    // Every absolute link is SITE_URL + "/path": a trailing slash would double it.
    .transform((url) => url.replace(/\/+$/, '')),
  /** The podcast feeds' `itunes:owner`: Apple and Spotify send their ownership checks there. */
  // docker-compose passes an unset variable on as an empty string.
  PODCAST_OWNER_EMAIL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.email({ error: 'must be an e-mail address' }).optional(),
  ),
  /** Where password-reset e-mails go out; unset: printed to the console (see lib/email/). */
  SMTP_URL: z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .trim()
      .refine((value) => /^smtps?:\/\/[^/]+/.test(value) && URL.canParse(value), {
        error:
          'must be an SMTP URL such as smtp://user:password@mail.example.jp:587 or smtps://user:password@mail.example.jp:465',
      })
      .optional(),
  ),
  /** The sender of the app's e-mails: `address@example.jp` or `Name <address@example.jp>`. */
  EMAIL_FROM: z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .trim()
      .refine((value) => parseMailbox(value) !== undefined, {
        error: 'must be an e-mail address, optionally with a name: The column <no-reply@column.example.jp>',
      })
      .optional(),
  ),
  /**
   * Whether every request reaches the app through a reverse proxy that overwrites X-Real-IP with
   * the client's address (the nginx of docker-compose). Only then are the rate limits keyed on it.
   */
  TRUST_PROXY: z.preprocess(unsetWhenEmpty, z.enum(['true', 'false'], { error: 'must be true or false' }).optional()),
  /** How many days a consultation inquiry is kept before the daily job deletes it (lib/consultation/retention.ts). */
  INQUIRY_RETENTION_DAYS: z.preprocess(
    unsetWhenEmpty,
    z.coerce
      .number({ error: 'must be a whole number of days, such as 180' })
      .int({ error: 'must be a whole number of days, such as 180' })
      .min(1, { error: 'must be at least 1 (day)' })
      .max(3650, { error: 'must be at most 3650 (ten years)' })
      .default(180),
  ),
  /**
   * Object storage for uploads (plugins/media-storage.ts): the bucket and its credentials, all
   * four or none (then files stay on the local disk); see docs/object-storage.md.
   */
  S3_BUCKET: z.preprocess(unsetWhenEmpty, z.string().trim().min(1).optional()),
  S3_REGION: z.preprocess(unsetWhenEmpty, z.string().trim().min(1).optional()),
  S3_ACCESS_KEY_ID: z.preprocess(unsetWhenEmpty, z.string().trim().min(1).optional()),
  S3_SECRET_ACCESS_KEY: z.preprocess(unsetWhenEmpty, z.string().min(1).optional()),
  /** A provider other than AWS (MinIO, Cloudflare R2, ...): its API address. */
  S3_ENDPOINT: z.preprocess(
    unsetWhenEmpty,
    z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL such as http://minio:9000' }).optional(),
  ),
  /** Bucket in the path (http://host/bucket/key), not in the host name: MinIO and most self-hosted servers. */
  S3_FORCE_PATH_STYLE: z.preprocess(
    unsetWhenEmpty,
    z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
  ),
})

/** Without all four, there is no bucket to write to: the others are named when one is set. */
export const requiredObjectStorageVariables = [
  'S3_BUCKET',
  'S3_REGION',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
] as const
const objectStorageVariables = [...requiredObjectStorageVariables, 'S3_ENDPOINT', 'S3_FORCE_PATH_STYLE'] as const

/** Where uploads are kept when they are not on the local disk: an S3-compatible bucket. */
export interface ObjectStorage {
  bucket: string
  region: string
  accessKeyId: string
  secretAccessKey: string
  /** Unset: AWS S3 itself. */
  endpoint?: string
  forcePathStyle: boolean
}

function objectStorageFrom(data: z.infer<typeof runtimeSchema>): ObjectStorage | undefined {
  const given = objectStorageVariables.filter((name) => data[name] !== undefined)
  if (given.length === 0) return undefined
  const missing = requiredObjectStorageVariables.filter((name) => data[name] === undefined)
  if (missing.length > 0) {
    throw new ConfigError(
      `Configuration error: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: object storage ` +
        `needs ${requiredObjectStorageVariables.join(', ')} together (${given.join(', ')} ${given.length === 1 ? 'is' : 'are'} set); ` +
        'unset them all to keep uploads on the local disk',
    )
  }
  return {
    bucket: data.S3_BUCKET!,
    region: data.S3_REGION!,
    accessKeyId: data.S3_ACCESS_KEY_ID!,
    secretAccessKey: data.S3_SECRET_ACCESS_KEY!,
    ...(data.S3_ENDPOINT ? { endpoint: data.S3_ENDPOINT } : {}),
    forcePathStyle: data.S3_FORCE_PATH_STYLE === 'true',
  }
}

function unsetWhenEmpty(value: unknown): unknown {
  return value === '' ? undefined : value
}

export interface Mailbox {
  address: string
  name?: string
}

/** `address@example.jp`, or `Name <address@example.jp>` (the name may be quoted). */
export function parseMailbox(value: string): Mailbox | undefined {
  const named = /^\s*"?([^"<>]*?)"?\s*<([^<>\s]+)>\s*$/.exec(value)
  const address = named ? named[2]! : value.trim()
  if (!z.email().safeParse(address).success) return undefined
  const name = named?.[1]?.trim()
  return name ? { address, name } : { address }
}

export type Env = Omit<
  z.infer<typeof runtimeSchema>,
  | 'PAYLOAD_SECRET'
  | 'JOBS_AUTORUN'
  | 'JOBS_AUTORUN_CRON'
  | 'PREVIEW_SECRET'
  | 'EMAIL_FROM'
  | 'TRUST_PROXY'
  | 'DATABASE_REPLICA_URLS'
  | 'COLUMN_DIST_DIR'
  | 'COLUMN_BENCH_BUILD'
  | (typeof objectStorageVariables)[number]
> & {
  /** Read replicas' URLs; empty without DATABASE_REPLICA_URLS. */
  databaseReplicaUrls: string[]
  /** The build's directory, as next.config.ts names it. */
  nextDistDir: string
  PAYLOAD_SECRET: string
  /** The sender of the app's e-mails; defaults to no-reply@ the host of SITE_URL. */
  emailFrom: Mailbox
  /** X-Real-IP names the client (TRUST_PROXY=true); otherwise the connection's address as Next gives it. */
  trustProxy: boolean
  previewSecret: string
  /** Guards /api/revalidate (an operator's or a test's revalidation by tag); derived from PAYLOAD_SECRET. */
  revalidateSecret: string
  jobsAutoRun: boolean
  /** Cron pattern of the job runner. */
  jobsAutoRunCron: string
  /** True when no PAYLOAD_SECRET was given and a throwaway one was generated. */
  usingGeneratedSecret: boolean
  /** The bucket uploads go to; undefined: the local disk (media/). */
  objectStorage?: ObjectStorage
}

function describe(issue: z.core.$ZodIssue): string {
  const variable = issue.path.join('.') || 'environment'
  return `${variable} ${issue.message}`
}

/** Production must name its own secret; development and tests may run on a generated one. */
export function parseEnv(raw: Record<string, string | undefined>): Env {
  const result = runtimeSchema.safeParse(raw)
  if (!result.success) {
    throw new ConfigError(`Configuration error: ${result.error.issues.map(describe).join('; ')}`)
  }
  const {
    PAYLOAD_SECRET,
    JOBS_AUTORUN,
    JOBS_AUTORUN_CRON,
    PREVIEW_SECRET,
    EMAIL_FROM,
    TRUST_PROXY,
    COLUMN_DIST_DIR,
    COLUMN_BENCH_BUILD,
    DATABASE_REPLICA_URLS,
    S3_BUCKET: _bucket,
    S3_REGION: _region,
    S3_ACCESS_KEY_ID: _accessKeyId,
    S3_SECRET_ACCESS_KEY: _secretAccessKey,
    S3_ENDPOINT: _endpoint,
    S3_FORCE_PATH_STYLE: _forcePathStyle,
    ...rest
  } = result.data
  const objectStorage = objectStorageFrom(result.data)
  if (!PAYLOAD_SECRET && rest.NODE_ENV === 'production') {
    throw new ConfigError(
      'Configuration error: PAYLOAD_SECRET is required in production: a random string of at least 32 characters',
    )
  }
  const payloadSecret = PAYLOAD_SECRET ?? randomBytes(32).toString('hex')
  return {
    ...rest,
    // Preview links carry this; derived from the Payload secret unless set on its own.
    previewSecret: PREVIEW_SECRET ?? createHash('sha256').update(`preview:${payloadSecret}`).digest('hex'),
    revalidateSecret: createHash('sha256').update(`revalidate:${payloadSecret}`).digest('hex'),
    jobsAutoRun: JOBS_AUTORUN ? JOBS_AUTORUN === 'true' : rest.NODE_ENV !== 'test',
    jobsAutoRunCron: JOBS_AUTORUN_CRON,
    emailFrom: EMAIL_FROM ? parseMailbox(EMAIL_FROM)! : { address: `no-reply@${new URL(rest.SITE_URL).hostname}` },
    trustProxy: TRUST_PROXY === 'true',
    databaseReplicaUrls: DATABASE_REPLICA_URLS ?? [],
    nextDistDir: COLUMN_DIST_DIR ?? (COLUMN_BENCH_BUILD === '1' ? '.next-bench' : '.next'),
    PAYLOAD_SECRET: payloadSecret,
    usingGeneratedSecret: !PAYLOAD_SECRET,
    ...(objectStorage ? { objectStorage } : {}),
  }
}

/** What the dev runner and the test setup read before a DATABASE_URL exists. */
const toolingSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  EMBEDDED_POSTGRES_PORT: z.coerce
    .number({ error: 'must be a TCP port number' })
    .int()
    .min(1024, { error: 'must be a TCP port number from 1024 to 65535' })
    .max(65535, { error: 'must be a TCP port number from 1024 to 65535' })
    .default(54329),
  /** Unset means development. `npm run dev` loads the demo content into an empty database only in development. */
  NODE_ENV: z.preprocess(unsetWhenEmpty, z.string().optional()),
  /** `true`: `npm run dev` leaves an empty development database empty (tooling/seed/demo-seed.ts). */
  SKIP_DEMO_SEED: z.preprocess(
    unsetWhenEmpty,
    z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
  ),
})

export type ToolingEnv = z.infer<typeof toolingSchema>

export function parseToolingEnv(raw: Record<string, string | undefined>): ToolingEnv {
  const result = toolingSchema.safeParse(raw)
  if (!result.success) {
    throw new ConfigError(`Configuration error: ${result.error.issues.map(describe).join('; ')}`)
  }
  return result.data
}

/**
 * What `npm run create-admin` reads. A value left unset is asked for in the terminal; the
 * password is checked against the password policy by the command, not here.
 */
const createAdminSchema = z.object({
  ADMIN_EMAIL: z.preprocess(unsetWhenEmpty, z.email({ error: 'must be an e-mail address' }).optional()),
  ADMIN_PASSWORD: z.preprocess(unsetWhenEmpty, z.string().optional()),
  ADMIN_NAME: z.preprocess(unsetWhenEmpty, z.string().trim().optional()),
})

export type CreateAdminEnv = z.infer<typeof createAdminSchema>

export function parseCreateAdminEnv(raw: Record<string, string | undefined>): CreateAdminEnv {
  const result = createAdminSchema.safeParse(raw)
  if (!result.success) {
    throw new ConfigError(`Configuration error: ${result.error.issues.map(describe).join('; ')}`)
  }
  return result.data
}
