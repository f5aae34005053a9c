/**
 * The two e-mails of a new inquiry, through Payload's e-mail adapter (lib/email/: SMTP when
 * SMTP_URL is set, the server's log otherwise), as plain text with a simple HTML part:
 *
 * - to the consultation staff: that an inquiry arrived, its topic, the language wanted and a link
 *   to it in the admin. Never the message, nor the reader's name or address: those stay in the
 *   database, behind the admin's access rules, instead of in every mailbox and server the e-mail
 *   passes through.
 * - to the reader, in the language they asked to be answered in: that the request arrived. Only
 *   our own words (and the topic, one of our categories' names): nothing the sender typed, so the
 *   form cannot be used to send someone else an e-mail with a text of the sender's choosing.
 *
 * Sending throws when the adapter does; the caller stores the inquiry first and logs a failed
 * e-mail, so a mail server that is down never loses a reader's request.
 */
import type { Payload, SanitizedConfig } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { localeLabels, type Locale } from '@/lib/i18n/locales'
import { fill, getMessages } from '@/lib/i18n/messages'

import type { StoredInquiry } from './inquiry'

/** What sends: `payload` itself, or anything with its `sendEmail` and its adapter's sender. */
export type EmailSender = Pick<Payload, 'sendEmail' | 'email'>

export interface Email {
  to: string | string[]
  subject: string
  text: string
  html: string
}

export type NotifiedInquiry = Pick<StoredInquiry, 'id' | 'createdAt' | 'language' | 'topicLabel'>

/** The inquiry's page in the admin, on SITE_URL (Payload's serverURL), never a request's Host. */
export function inquiryAdminLink(
  config: Pick<SanitizedConfig, 'routes' | 'serverURL'>,
  collection: string,
  id: number | string,
): string {
  return formatAdminURL({
    adminRoute: config.routes.admin,
    path: `/collections/${encodeURIComponent(collection)}/${encodeURIComponent(String(id))}`,
    serverURL: config.serverURL,
  })
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

const receivedAtFormats: Record<Locale, Intl.DateTimeFormat> = {
  ja: new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'long', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', dateStyle: 'long', timeStyle: 'short' }),
}

/** Paragraphs as text (a blank line between) and as HTML; a link as its own paragraph. */
type Paragraph = string | { link: string; label: string }

function render(paragraphs: Paragraph[]): { text: string; html: string } {
  const text = paragraphs
    .map((paragraph) => (typeof paragraph === 'string' ? paragraph : `${paragraph.label}: ${paragraph.link}`))
    .join('\n\n')
  const html = paragraphs
    .map((paragraph) =>
      typeof paragraph === 'string'
        ? `<p>${escapeHtml(paragraph)}</p>`
        : `<p><a href="${escapeHtml(paragraph.link)}">${escapeHtml(paragraph.label)}</a></p>`,
    )
    .join('\n')
  return { text: `${text}\n`, html: `<!doctype html>\n<html><body>\n${html}\n</body></html>\n` }
}

export function staffNotificationEmail({
  inquiry,
  to,
  adminLink,
  locale = 'ja',
}: {
  inquiry: NotifiedInquiry
  to: string[]
  adminLink: string
  /** The staff's language: Japanese unless they read English. */
  locale?: Locale
}): Email {
  const messages = getMessages(locale)
  const words = messages.consultation.staffNotification
  return {
    to,
    subject: fill(words.subject, { site: messages.site.name, topic: inquiry.topicLabel }),
    ...render([
      words.received,
      `${words.receivedAt}: ${receivedAtFormats[locale].format(new Date(inquiry.createdAt))}`,
      `${words.topic}: ${inquiry.topicLabel}`,
      `${words.language}: ${localeLabels[inquiry.language]}`,
      { link: adminLink, label: words.open },
      messages.site.name,
    ]),
  }
}

export function acknowledgementEmail({ inquiry, to }: { inquiry: NotifiedInquiry; to: string }): Email {
  const messages = getMessages(inquiry.language)
  const words = messages.consultation.acknowledgement
  return {
    to,
    subject: fill(words.subject, { site: messages.site.name }),
    ...render([
      words.greeting,
      words.received,
      fill(words.topic, { topic: inquiry.topicLabel }),
      words.notMedical,
      words.noReply,
      messages.site.name,
    ]),
  }
}

/** Payload's adapter knows the sender (EMAIL_FROM) but leaves `from` to each message, as its own e-mails set it. */
function fromOf(sender: EmailSender): { name: string; address: string } {
  return { name: sender.email.defaultFromName, address: sender.email.defaultFromAddress }
}

/** Tells the staff; nothing to send when nobody answers consultations yet. */
export async function notifyStaff(
  sender: EmailSender,
  options: Parameters<typeof staffNotificationEmail>[0],
): Promise<boolean> {
  if (options.to.length === 0) return false
  await sender.sendEmail({ ...staffNotificationEmail(options), from: fromOf(sender) })
  return true
}

/** Tells the reader that their request arrived, in the language they chose. */
export async function acknowledgeReader(
  sender: EmailSender,
  inquiry: NotifiedInquiry & Pick<StoredInquiry, 'email'>,
): Promise<void> {
  await sender.sendEmail({ ...acknowledgementEmail({ inquiry, to: inquiry.email }), from: fromOf(sender) })
}
