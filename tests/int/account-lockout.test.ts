/**
 * Account lockout: five wrong passwords in a row lock the account for ten minutes, during which
 * even the right password is refused. The time is read from what the server wrote (lock_until);
 * "ten minutes later" is reached by moving that moment into the past in the database.
 */
import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { rest, testPayload } from '../helpers/payload'

let payload: Payload
const maxLoginAttempts = 5
const lockMinutes = 10

async function newAccount(): Promise<{ id: number; email: string; password: string }> {
  const email = `lockout-${randomBytes(4).toString('hex')}@column.example.jp`
  const password = randomBytes(12).toString('base64url')
  const { id } = await payload.create({ collection: 'users', data: { email, password, role: 'editor' } })
  return { id, email, password }
}

async function login(email: string, password: string, acceptLanguage = 'en') {
  const response = await rest('POST', '/users/login', { body: { email, password }, acceptLanguage })
  const body = (await response.json()) as { errors?: { message: string }[] }
  return { status: response.status, message: body.errors?.[0]?.message }
}

async function lockState(id: number): Promise<{ lockUntil?: string | null; loginAttempts?: number | null }> {
  const account = await payload.findByID({ collection: 'users', id, showHiddenFields: true })
  return { lockUntil: account.lockUntil, loginAttempts: account.loginAttempts }
}

async function failTimes(email: string, count: number): Promise<void> {
  for (let attempt = 0; attempt < count; attempt++) {
    expect((await login(email, 'not the password at all')).status).toBe(401)
  }
}

beforeAll(async () => {
  payload = await testPayload()
})

describe('account lockout', () => {
  it('is configured as documented: five attempts, ten minutes', () => {
    const { auth } = payload.collections.users.config
    expect(auth.maxLoginAttempts).toBe(maxLoginAttempts)
    expect(auth.lockTime).toBe(lockMinutes * 60 * 1000)
  })

  it(`locks after ${maxLoginAttempts} wrong passwords, refuses the right one until the lock ends, then lets it in`, async () => {
    const { id, email, password } = await newAccount()
    const before = Date.now()
    await failTimes(email, maxLoginAttempts)
    const after = Date.now()

    const { lockUntil } = await lockState(id)
    expect(lockUntil).toBeTruthy()
    const lockedFor = new Date(lockUntil!).getTime()
    expect(lockedFor).toBeGreaterThanOrEqual(before + lockMinutes * 60_000)
    expect(lockedFor).toBeLessThanOrEqual(after + lockMinutes * 60_000)

    const refused = await login(email, password)
    expect(refused.status).toBe(401)
    expect(refused.message).toMatch(/locked/i)
    expect((await login(email, password, 'ja')).message).toMatch(/ロック/)

    // A second before the lock ends, still refused; once it has ended, the right password works.
    await payload.db.updateOne({
      collection: 'users',
      id,
      data: { lockUntil: new Date(Date.now() + 1_000).toISOString() },
    })
    expect((await login(email, password)).status).toBe(401)
    await payload.db.updateOne({
      collection: 'users',
      id,
      data: { lockUntil: new Date(Date.now() - 1_000).toISOString() },
    })
    expect((await login(email, password)).status).toBe(200)
    expect(await lockState(id)).toEqual({ lockUntil: null, loginAttempts: 0 })
  })

  it('counts only wrong passwords in a row: a correct login starts the count again', async () => {
    const { id, email, password } = await newAccount()
    for (let round = 0; round < 3; round++) {
      await failTimes(email, maxLoginAttempts - 1)
      expect((await login(email, password)).status).toBe(200)
    }
    expect((await lockState(id)).lockUntil ?? null).toBeNull()
  })

  it('is lifted by resetting the password', async () => {
    const { email } = await newAccount()
    await failTimes(email, maxLoginAttempts)
    const token = await payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true })
    const newPassword = randomBytes(12).toString('base64url')
    expect((await rest('POST', '/users/reset-password', { body: { token, password: newPassword } })).status).toBe(200)
    expect((await login(email, newPassword)).status).toBe(200)
  })
})
