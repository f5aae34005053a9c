/**
 * The e-mails of a new inquiry as written: the staff's carries a link to the admin and never the
 * message, the name or the address; the reader's is in the language they chose and carries
 * nothing they typed. Sent through a real SMTP server in tests/int/consultation-notifications.test.ts.
 */
import { describe, expect, it } from 'vitest'

import { acknowledgementEmail, inquiryAdminLink, staffNotificationEmail } from '@/lib/consultation/notifications'
import { getMessages } from '@/lib/i18n/messages'

const secretWords = ['秘密の相談内容', 'Hanako Yamada <b>', 'hanako@example.jp']
const inquiry = {
  id: 42,
  createdAt: '2026-12-01T02:13:18.000Z',
  language: 'en' as const,
  topicLabel: 'Exosomes & <conditioned> medium',
  name: secretWords[1]!,
  email: secretWords[2]!,
  message: secretWords[0]!,
}
const adminLink = 'https://column.example.jp/admin/collections/inquiries/42'

describe('the staff notification', () => {
  const email = staffNotificationEmail({ inquiry, to: ['staff@column.example.jp'], adminLink })

  it('links to the inquiry in the admin, in text and in HTML', () => {
    expect(email.text).toContain(adminLink)
    expect(email.html).toContain(`href="${adminLink}"`)
  })

  it('leaves out the message, the name and the address, even when handed them', () => {
    for (const word of secretWords) {
      expect(email.text).not.toContain(word)
      expect(email.html).not.toContain(word)
      expect(email.subject).not.toContain(word)
    }
  })

  it('is in Japanese by default, with the time in Japan', () => {
    expect(email.subject).toContain(getMessages('ja').site.name)
    expect(email.text).toContain(getMessages('ja').consultation.staffNotification.received)
    expect(email.text).toContain('2026年12月1日 11:13')
    expect(email.text).toContain('English')
    const english = staffNotificationEmail({ inquiry, to: [], adminLink, locale: 'en' })
    expect(english.text).toContain(getMessages('en').consultation.staffNotification.received)
  })

  it('escapes HTML in what it shows', () => {
    expect(email.html).toContain('Exosomes &#38; &#60;conditioned&#62; medium')
    expect(email.html).not.toContain('<conditioned>')
  })
})

describe('the reader acknowledgement', () => {
  it('is in the language the reader chose', () => {
    for (const language of ['ja', 'en'] as const) {
      const email = acknowledgementEmail({ inquiry: { ...inquiry, language }, to: inquiry.email })
      const words = getMessages(language).consultation.acknowledgement
      expect(email.to).toBe(inquiry.email)
      expect(email.subject).toBe(words.subject.replace('{site}', getMessages(language).site.name))
      expect(email.text).toContain(words.received)
      expect(email.html).toContain('<p>')
    }
  })

  it('carries nothing the sender typed: the form cannot mail a text of their choosing to someone else', () => {
    const email = acknowledgementEmail({ inquiry, to: inquiry.email })
    for (const word of [secretWords[0]!, secretWords[1]!]) {
      expect(email.text).not.toContain(word)
      expect(email.html).not.toContain(word)
      expect(email.subject).not.toContain(word)
    }
  })
})

describe('the admin link', () => {
  it('is on the server URL, under the admin route', () => {
    const config = { serverURL: 'https://column.example.jp', routes: { admin: '/admin' } }
    expect(inquiryAdminLink(config as Parameters<typeof inquiryAdminLink>[0], 'inquiries', 42)).toBe(adminLink)
  })
})
