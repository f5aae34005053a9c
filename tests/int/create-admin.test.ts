/**
 * `npm run create-admin`, run as an operator runs it on a production server: its own process,
 * NODE_ENV=production, the password in ADMIN_PASSWORD, against this test file's database.
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { withLexicalEntryCondition } from '@/tooling/lexical-entry-condition'

import { rest, testPayload } from '../helpers/payload'

const root = path.resolve(import.meta.dirname, '../..')
let payload: Payload

function createAdmin(env: Record<string, string | undefined>) {
  // Only what the command needs: no variable of the test run leaks in.
  const childEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    DATABASE_URL: process.env.DATABASE_URL,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
    SITE_URL: 'https://column.example.jp',
    ...env,
  }
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/create-admin.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: withLexicalEntryCondition(childEnv as NodeJS.ProcessEnv),
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  })
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() }
}

function expectOneLine(text: string, pattern: RegExp) {
  expect(text.split('\n')).toHaveLength(1)
  expect(text).toMatch(pattern)
}

async function accountsWith(email: string): Promise<number> {
  return (await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs
}

async function loginStatus(email: string, password: string): Promise<number> {
  return (await rest('POST', '/users/login', { body: { email, password } })).status
}

beforeAll(async () => {
  payload = await testPayload()
})

describe('npm run create-admin', () => {
  const email = 'first-admin@column.example.jp'
  const password = randomBytes(12).toString('base64url')

  it('creates an administrator who can sign in', async () => {
    const result = createAdmin({ ADMIN_EMAIL: email, ADMIN_PASSWORD: password, ADMIN_NAME: 'First Admin' })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expectOneLine(
      result.stdout,
      new RegExp(`^Created the administrator ${email}\\. Sign in at https://column\\.example\\.jp/admin$`),
    )
    const [account] = (await payload.find({ collection: 'users', where: { email: { equals: email } } })).docs
    expect(account).toMatchObject({ role: 'admin', name: 'First Admin' })
    expect(await loginStatus(email, password)).toBe(200)
  })

  it('refuses an e-mail address that already has an account, and changes nothing', async () => {
    const result = createAdmin({ ADMIN_EMAIL: email, ADMIN_PASSWORD: randomBytes(12).toString('base64url') })
    expect(result.status).toBe(1)
    expectOneLine(
      result.stderr,
      /^create-admin: an account with first-admin@column\.example\.jp already exists; nothing was changed$/,
    )
    expect(await accountsWith(email)).toBe(1)
    expect(await loginStatus(email, password)).toBe(200)
  })

  it('refuses weak passwords with one line saying why, before touching the database', async () => {
    const other = 'second-admin@column.example.jp'
    for (const [weak, why] of [
      ['short', /at least 12 characters/],
      ['password1234', /easy to guess/],
      ['Jordan12345!', /easy to guess/],
      [`second-admin-${randomBytes(6).toString('hex')}`, /e-mail address or your name/],
    ] as const) {
      const result = createAdmin({ ADMIN_EMAIL: other, ADMIN_PASSWORD: weak })
      expect(result.status, weak).toBe(1)
      expectOneLine(result.stderr, new RegExp(`^create-admin: password refused: .*${why.source}`))
    }
    expect(await accountsWith(other)).toBe(0)
  })

  it('asks for what is missing only in a terminal, and says what to set otherwise', () => {
    const result = createAdmin({ ADMIN_EMAIL: 'third-admin@column.example.jp' })
    expect(result.status).toBe(1)
    expectOneLine(result.stderr, /^create-admin: set ADMIN_EMAIL and ADMIN_PASSWORD, or run it in a terminal/)
  })

  it('names a malformed ADMIN_EMAIL', () => {
    const result = createAdmin({ ADMIN_EMAIL: 'not-an-address', ADMIN_PASSWORD: password })
    expect(result.status).toBe(1)
    expectOneLine(result.stderr, /^create-admin: Configuration error: ADMIN_EMAIL must be an e-mail address$/)
  })
})
