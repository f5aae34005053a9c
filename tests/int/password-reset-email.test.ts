/**
 * "Forgot password?" end to end through our SMTP adapter: a real SMTP server started here
 * receives the e-mail, its link carries a token that sets a new password, and the old one stops
 * working. The e-mail speaks the language of the request and links to SITE_URL whatever Host the
 * request named.
 */
import type { ParsedMail } from 'mailparser'
import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getMessages } from '@/lib/i18n/messages'

import { startMailboxForTheApp, type Mailbox } from '../support/mailbox'

const siteUrl = 'https://column.example.jp'
// Before the Payload config is first imported, below.
const mailbox: Mailbox = await startMailboxForTheApp(siteUrl)
const { rest, testPayload } = await import('../helpers/payload')

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

afterAll(() => mailbox.stop())

async function newAccount(): Promise<{ email: string; password: string }> {
  const email = `reset-${randomBytes(4).toString('hex')}@column.example.jp`
  const password = randomBytes(12).toString('base64url')
  await payload.create({ collection: 'users', data: { email, password, role: 'editor' } })
  return { email, password }
}

async function forgotPassword(email: string, headers: { acceptLanguage?: string } = {}): Promise<number> {
  return (await rest('POST', '/users/forgot-password', { body: { email }, ...headers })).status
}

async function loginStatus(email: string, password: string): Promise<number> {
  return (await rest('POST', '/users/login', { body: { email, password } })).status
}

const resetLink = new RegExp(`${siteUrl.replace(/[.]/g, '\\.')}/admin/reset/([0-9a-f]{40})`)

function tokenOf(message: ParsedMail): string {
  const match = resetLink.exec(message.text ?? '')
  expect(match, message.text).not.toBeNull()
  // The HTML part carries the same link.
  expect(message.html || '').toContain(match![0])
  return match![1]!
}

describe('forgot password, by e-mail', () => {
  it('sends the reset link; the link sets a new password, and the old one stops working', async () => {
    const { email, password } = await newAccount()
    const since = mailbox.messages.length
    expect(await forgotPassword(email, { acceptLanguage: 'en' })).toBe(200)

    const message = await mailbox.next(email, { since })
    expect(message.from?.value).toEqual([{ address: 'no-reply@column.example.jp', name: 'The column' }])
    expect(message.subject).toBe(`${getMessages('en').site.name}: reset your password`)
    expect(message.text).toMatch(/works once, for one hour/)
    const token = tokenOf(message)

    const newPassword = randomBytes(12).toString('base64url')
    const reset = await rest('POST', '/users/reset-password', { body: { token, password: newPassword } })
    expect(reset.status).toBe(200)
    expect(await loginStatus(email, newPassword)).toBe(200)
    expect(await loginStatus(email, password)).toBe(401)

    // A link works once.
    const again = await rest('POST', '/users/reset-password', {
      body: { token, password: randomBytes(12).toString('base64url') },
    })
    expect(again.status).toBe(403)
  })

  it('writes to a Japanese reader in Japanese', async () => {
    const { email } = await newAccount()
    const since = mailbox.messages.length
    expect(await forgotPassword(email, { acceptLanguage: 'ja' })).toBe(200)
    const message = await mailbox.next(email, { since })
    expect(message.subject).toBe(`${getMessages('ja').site.name}: パスワードの再設定`)
    expect(message.text).toContain('1時間')
    tokenOf(message)
  })

  it('links to SITE_URL, not to the Host the request named', async () => {
    const { email } = await newAccount()
    const since = mailbox.messages.length
    const { POST } = await import('@payloadcms/next/routes').then(async ({ REST_POST }) => ({
      POST: REST_POST((await import('@payload-config')).default),
    }))
    const request = new Request('http://attacker.example/api/users/forgot-password', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Host: 'attacker.example', 'X-Forwarded-Host': 'attacker.example' },
      body: JSON.stringify({ email }),
    })
    const response = await POST(request, { params: Promise.resolve({ slug: ['users', 'forgot-password'] }) })
    expect(response.status).toBe(200)
    const message = await mailbox.next(email, { since })
    expect(message.text).not.toContain('attacker.example')
    tokenOf(message)
  })

  it('answers an unknown address as a known one, and sends nothing', async () => {
    const unknown = `nobody-${randomBytes(4).toString('hex')}@column.example.jp`
    expect(await forgotPassword(unknown)).toBe(200)
    // A known address asked after it arrives first: nothing was sent to the unknown one.
    const { email } = await newAccount()
    const since = mailbox.messages.length
    expect(await forgotPassword(email)).toBe(200)
    await mailbox.next(email, { since })
    expect(mailbox.messages.flatMap((message) => message.text ?? '').join('\n')).not.toContain(unknown)
  })
})
