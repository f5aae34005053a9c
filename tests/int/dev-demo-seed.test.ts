/**
 * The real dev-runner step on this file's fresh, migrated and empty database: `npm run dev`'s
 * `scripts/with-database.ts --migrate --seed-when-empty`, with a command standing in for `next dev`.
 * In production and with SKIP_DEMO_SEED=true it leaves the database empty; in development it loads
 * the demo content (saying so, and printing the admin's generated password once), ends with
 * published episodes, and leaves them alone on the next start.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import config from '@payload-config'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { contentCollections, countContentRows } from '@/tooling/seed/demo-seed'
import * as content from '@/tooling/seed/content'

import { testPayload } from '../helpers/payload'
import { TEST_SECRET } from '../setup/test-secret'

const databaseUrl = process.env.DATABASE_URL!
const commandLine = 'the command (next dev) started'

function devRunner(env: Record<string, string>): Promise<{ exitCode: number | null; output: string }> {
  const child = spawn(
    path.resolve('node_modules/.bin/tsx'),
    [
      'scripts/with-database.ts',
      '--migrate',
      '--seed-when-empty',
      '--',
      'node',
      '-e',
      `console.log(${JSON.stringify(commandLine)})`,
    ],
    {
      // Only what is given here: NODE_ENV is unset unless a test sets it, as under `npm run dev`.
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATABASE_URL: databaseUrl,
        LOG_LEVEL: 'warn',
        ...env,
        // Next's types require NODE_ENV, which `npm run dev` leaves unset.
      } as Partial<NodeJS.ProcessEnv> as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  return new Promise((resolve) => child.on('exit', (exitCode) => resolve({ exitCode, output })))
}

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

describe('npm run dev on an empty database', () => {
  it('counts every collection but users as content', async () => {
    const slugs = (await config).collections
      .map((collection) => collection.slug)
      .filter((slug) => slug !== 'users' && !slug.startsWith('payload-'))
    expect([...contentCollections].sort()).toEqual(slugs.sort())
  })

  it('never loads the demo content in production', async () => {
    expect(await countContentRows(databaseUrl)).toBe(0)
    const run = await devRunner({ NODE_ENV: 'production', PAYLOAD_SECRET: TEST_SECRET })
    expect(run.exitCode, run.output).toBe(0)
    expect(run.output).toContain('NODE_ENV=production, so the demo content is not loaded')
    expect(run.output).toContain(commandLine)
    expect(await countContentRows(databaseUrl)).toBe(0)
  })

  it('leaves the database empty with SKIP_DEMO_SEED=true', async () => {
    const run = await devRunner({ NODE_ENV: 'development', PAYLOAD_SECRET: TEST_SECRET, SKIP_DEMO_SEED: 'true' })
    expect(run.exitCode, run.output).toBe(0)
    expect(run.output).toContain('SKIP_DEMO_SEED=true, so the demo content is not loaded')
    expect(await countContentRows(databaseUrl)).toBe(0)
  })

  it('refuses a SKIP_DEMO_SEED it cannot read, before starting the command', async () => {
    const run = await devRunner({ PAYLOAD_SECRET: TEST_SECRET, SKIP_DEMO_SEED: 'yes' })
    expect(run.exitCode).toBe(1)
    expect(run.output.trim()).toBe('Configuration error: SKIP_DEMO_SEED must be true or false')
    expect(await countContentRows(databaseUrl)).toBe(0)
  })

  it('loads the demo content by itself in development, in one line, before the command starts', async () => {
    // As `npm run dev` runs it: NODE_ENV unset.
    const run = await devRunner({ PAYLOAD_SECRET: TEST_SECRET })
    expect(run.exitCode, run.output).toBe(0)
    const said = run.output.indexOf('The database has no content: loading the demo content')
    expect(said, run.output).toBeGreaterThanOrEqual(0)
    expect(run.output.indexOf(commandLine)).toBeGreaterThan(said)
    // The seed's own report: the admin account and its generated password, shown this once.
    expect(run.output).toMatch(/^Admin account: admin@column\.example$/m)
    expect(run.output).toMatch(/^Password \(shown only now\): \S{12,}$/m)

    for (const locale of ['ja', 'en'] as const) {
      // What a reader is shown: published episodes only.
      const published = await payload.find({ collection: 'episodes', locale, overrideAccess: false, limit: 0 })
      expect(published.totalDocs).toBe(content.episodes.length)
    }
    // The seed's own time: migrations, media, four episodes in two languages on a shared machine.
  }, 300_000)

  it('leaves a database with content alone on the next start, without a word', async () => {
    const before = await countContentRows(databaseUrl)
    expect(before).toBeGreaterThan(0)
    const run = await devRunner({ PAYLOAD_SECRET: TEST_SECRET })
    expect(run.exitCode, run.output).toBe(0)
    expect(run.output).not.toContain('demo content')
    expect(run.output).not.toContain('Password')
    expect(run.output).toContain(commandLine)
    expect(await countContentRows(databaseUrl)).toBe(before)
  })
})
