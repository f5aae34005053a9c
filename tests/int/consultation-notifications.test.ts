/**
 * The e-mails of a new inquiry through Payload's e-mail adapter (ours, on nodemailer) to a real
 * SMTP server started here: the staff get a link to the inquiry in the admin on SITE_URL and not
 * its message; the reader gets an acknowledgement in the language they chose, as text and HTML.
 */
import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getMessages } from '@/lib/i18n/messages'

import { startMailboxForTheApp, type Mailbox } from '../support/mailbox'

const siteUrl = 'https://column.example.jp'
// Before the Payload config is first imported, below.
const mailbox: Mailbox = await startMailboxForTheApp(siteUrl)
const { testPayload } = await import('../helpers/payload')
const { acknowledgeReader, inquiryAdminLink, notifyStaff } = await import('@/lib/consultation/notifications')

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

afterAll(() => mailbox.stop())

const message = '右半身のしびれについて、再生医療の相談をしたいです。'
const inquiry = {
  id: 7,
  createdAt: '2026-12-01T02:13:18.000Z',
  name: '山田 花子',
  email: 'hanako@example.jp',
  language: 'ja' as const,
  topicLabel: 'エクソソーム',
  message,
}

function everyPart(mail: ParsedMail): string {
  return [mail.subject ?? '', mail.text ?? '', mail.html || ''].join('\n')
}

describe('consultation e-mails, through SMTP', () => {
  it('tells every staff member, with a link to the inquiry in the admin and without the message', async () => {
    const since = mailbox.messages.length
    const link = inquiryAdminLink(payload.config, 'inquiries', inquiry.id)
    expect(link).toBe(`${siteUrl}/admin/collections/inquiries/7`)
    const staff = ['answers-1@column.example.jp', 'answers-2@column.example.jp']
    expect(await notifyStaff(payload, { inquiry, to: staff, adminLink: link })).toBe(true)

    for (const address of staff) {
      const mail = await mailbox.next(address, { since })
      expect(mail.from?.value).toEqual([{ address: 'no-reply@column.example.jp', name: 'The column' }])
      expect(mail.subject).toBe(`${getMessages('ja').site.name}: 新しいご相談 (エクソソーム)`)
      expect(mail.text).toContain(link)
      expect(mail.html || '').toContain(`href="${link}"`)
      for (const secret of [message, inquiry.name, inquiry.email]) expect(everyPart(mail)).not.toContain(secret)
    }
  })

  it('sends nothing when nobody answers consultations yet', async () => {
    const since = mailbox.messages.length
    expect(await notifyStaff(payload, { inquiry, to: [], adminLink: `${siteUrl}/admin` })).toBe(false)
    // A message sent after it arrives first: nothing went out in between.
    await acknowledgeReader(payload, { ...inquiry, email: 'marker@example.jp' })
    await mailbox.next('marker@example.jp', { since })
    expect(mailbox.messages.length).toBe(since + 1)
  })

  it('acknowledges the request in the language the reader chose, as text and HTML', async () => {
    for (const language of ['ja', 'en'] as const) {
      const email = `reader-${language}@example.jp`
      const since = mailbox.messages.length
      await acknowledgeReader(payload, { ...inquiry, language, email })
      const mail = await mailbox.next(email, { since })
      const words = getMessages(language).consultation.acknowledgement
      expect(mail.subject).toBe(words.subject.replace('{site}', getMessages(language).site.name))
      expect(mail.text).toContain(words.received)
      expect(mail.html || '').toContain(`<p>${words.received}</p>`)
      expect(everyPart(mail)).not.toContain(message)
      expect(everyPart(mail)).not.toContain(inquiry.name)
    }
  })
})
