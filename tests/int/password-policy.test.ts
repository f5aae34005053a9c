/**
 * The password policy on every way a password is set over the API: creating an account, changing
 * one's own, an admin changing someone else's, and resetting it with an e-mailed token. A refused
 * password is a 400 naming `password`, in the request's language, and nothing is saved.
 */
import { randomBytes } from 'node:crypto'
import * as commonPackage from '@zxcvbn-ts/language-common'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { minimumPasswordLength } from '@/lib/accounts/password-policy'
import { adminTranslations } from '@/lib/i18n/admin-translations'

import { rest, testPayload } from '../helpers/payload'
import { tokenFor } from '../helpers/users'

let payload: Payload
let adminToken: string

const strongPassword = () => randomBytes(12).toString('base64url')

const accountEmail = 'policy-editor@column.example.jp'

/** Every kind of weak password, generated: each length under the minimum, common ones, personal ones. */
function weakPasswords(email: string): string[] {
  const [local] = email.split('@')
  const common = commonPackage.dictionary['passwords-common']
  return [
    ...Array.from({ length: minimumPasswordLength - 1 }, (_, index) => strongPassword().slice(0, index + 1)),
    ...common.slice(0, 100),
    ...common.filter((password) => password.length >= minimumPasswordLength).slice(0, 50),
    `${email}${strongPassword().slice(0, 4)}`,
    `${strongPassword().slice(0, 6)}${local}${strongPassword().slice(0, 6)}`,
    `${local!.toUpperCase()}-${strongPassword().slice(0, 8)}`,
  ]
}

interface ErrorBody {
  errors: { data?: { errors?: { path: string; message: string }[] } }[]
}

async function expectRefusedOnPassword(response: Response, password: string): Promise<string> {
  expect(response.status, password).toBe(400)
  const body = (await response.json()) as ErrorBody
  const fieldErrors = body.errors[0]?.data?.errors ?? []
  expect(
    fieldErrors.map((error) => error.path),
    password,
  ).toEqual(['password'])
  return fieldErrors[0]!.message
}

async function login(email: string, password: string): Promise<number> {
  return (await rest('POST', '/users/login', { body: { email, password } })).status
}

const policyMessages = (language: 'ja' | 'en') =>
  (['passwordTooShort', 'passwordContainsPersonalDetails', 'passwordTooGuessable'] as const).map((key) =>
    adminTranslations[language].column[key].replace('{{minimum}}', String(minimumPasswordLength)),
  )

beforeAll(async () => {
  payload = await testPayload()
  adminToken = (await tokenFor(payload, 'admin'))!
})

describe('creating an account', () => {
  it('refuses every weak password with 400 on password, and creates nothing', async () => {
    const email = 'policy-new@column.example.jp'
    for (const password of weakPasswords(email)) {
      const response = await rest('POST', '/users', {
        token: adminToken,
        body: { email, password, role: 'editor' },
        acceptLanguage: 'en',
      })
      expect(policyMessages('en')).toContain(await expectRefusedOnPassword(response, password))
    }
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: email } } })
    expect(totalDocs).toBe(0)
  })

  it('says why in the language of the request', async () => {
    const response = await rest('POST', '/users', {
      token: adminToken,
      body: { email: 'policy-ja@column.example.jp', password: 'short', role: 'editor' },
      acceptLanguage: 'ja',
    })
    expect(await expectRefusedOnPassword(response, 'short')).toBe(policyMessages('ja')[0])
  })

  it('accepts strong passwords, and the account signs in with it', async () => {
    for (let index = 0; index < 3; index++) {
      const email = `policy-strong-${index}@column.example.jp`
      const password = strongPassword()
      const response = await rest('POST', '/users', { token: adminToken, body: { email, password, role: 'editor' } })
      expect(response.status).toBe(201)
      expect(await login(email, password)).toBe(200)
    }
  })
})

describe('changing a password', () => {
  let accountId: number
  let accountToken: string
  const currentPassword = strongPassword()

  beforeAll(async () => {
    const created = await payload.create({
      collection: 'users',
      data: { email: accountEmail, password: currentPassword, name: 'Policy Editor', role: 'editor' },
    })
    accountId = created.id
    const response = await rest('POST', '/users/login', { body: { email: accountEmail, password: currentPassword } })
    accountToken = ((await response.json()) as { token: string }).token
  })

  it('refuses every weak password on one’s own account, and the old password still works', async () => {
    for (const password of [...weakPasswords(accountEmail), 'Policy Editor 2026', 'policyeditor!!2026']) {
      const response = await rest('PATCH', `/users/${accountId}`, { token: accountToken, body: { password } })
      await expectRefusedOnPassword(response, password)
    }
    expect(await login(accountEmail, currentPassword)).toBe(200)
  })

  it('refuses every weak password an admin sets for someone else, and the old password still works', async () => {
    for (const password of weakPasswords(accountEmail)) {
      const response = await rest('PATCH', `/users/${accountId}`, { token: adminToken, body: { password } })
      await expectRefusedOnPassword(response, password)
    }
    expect(await login(accountEmail, currentPassword)).toBe(200)
  })

  it('refuses a password containing a new e-mail address sent in the same change', async () => {
    const response = await rest('PATCH', `/users/${accountId}`, {
      token: adminToken,
      body: { email: 'renamed-person@column.example.jp', password: `renamed-person${strongPassword()}` },
    })
    await expectRefusedOnPassword(response, 'renamed-person…')
    const stored = await payload.findByID({ collection: 'users', id: accountId })
    expect(stored.email).toBe(accountEmail)
  })

  it('accepts a strong one, after which only the new password works', async () => {
    const newPassword = strongPassword()
    const response = await rest('PATCH', `/users/${accountId}`, {
      token: accountToken,
      body: { password: newPassword },
    })
    expect(response.status).toBe(200)
    expect(await login(accountEmail, newPassword)).toBe(200)
    expect(await login(accountEmail, currentPassword)).toBe(401)
  })
})

describe('resetting a password with the e-mailed token', () => {
  const email = 'policy-reset@column.example.jp'
  const originalPassword = strongPassword()

  beforeAll(async () => {
    await payload.create({ collection: 'users', data: { email, password: originalPassword, role: 'glossary' } })
  })

  async function resetToken(): Promise<string> {
    return (await payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true })) as string
  }

  it('refuses every weak password, leaves the token usable and the old password working', async () => {
    const token = await resetToken()
    for (const password of weakPasswords(email)) {
      const response = await rest('POST', '/users/reset-password', { body: { token, password } })
      await expectRefusedOnPassword(response, password)
    }
    expect(await login(email, originalPassword)).toBe(200)
    const strong = strongPassword()
    expect((await rest('POST', '/users/reset-password', { body: { token, password: strong } })).status).toBe(200)
    expect(await login(email, strong)).toBe(200)
    expect(await login(email, originalPassword)).toBe(401)
  })
})
