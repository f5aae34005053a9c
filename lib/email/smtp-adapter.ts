/**
 * Payload's e-mail adapter on nodemailer, sending through SMTP_URL.
 *
 * Our own rather than `@payloadcms/email-nodemailer`: that package has no 3.90.2 release (the
 * latest, 3.90.1, pins `payload: 3.90.1` exactly as a peer), and every payload package here was
 * pinned at 3.90.2 when this was written. The adapter is a few lines on nodemailer in the shape
 * of Payload's `EmailAdapter` (as its console adapter in payload/dist/email is). The packages are
 * at 3.90.1 since issue 18 (`@payloadcms/storage-s3` has no 3.90.2): the official one fits now.
 */
import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

import type { Mailbox } from '../env-schema'

import { plainTextOf } from './plain-text'

export function smtpEmailAdapter({ url, from }: { url: string; from: Required<Mailbox> }): EmailAdapter {
  // One transport for the process. Short timeouts: a reset request waits for the send, and a
  // mail server that does not answer should fail that request in seconds, not minutes.
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  })
  return () => ({
    name: 'smtp',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message: SendEmailOptions) => {
      // Payload writes HTML only; a plain-text part helps mail clients and spam filters.
      const text = message.text ?? (typeof message.html === 'string' ? plainTextOf(message.html) : undefined)
      return transport.sendMail({ ...message, text })
    },
  })
}
