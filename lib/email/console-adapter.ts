/**
 * Without SMTP_URL, e-mails are written to the server's log instead of sent. Payload's own
 * console adapter logs only the recipient and the subject; this one logs the text too, so in
 * development the password-reset link can be followed from the terminal. In production it
 * warns at start that password-reset e-mails cannot be sent (and collections/Users.ts answers
 * "Forgot password?" with 503 rather than pretending to send one).
 */
import type { EmailAdapter, SendEmailOptions } from 'payload'

import { isBuildPhase } from '../env'
import type { Mailbox } from '../env-schema'

import { plainTextOf } from './plain-text'

export function consoleEmailAdapter({
  from,
  production,
}: {
  from: Required<Mailbox>
  production: boolean
}): EmailAdapter {
  return ({ payload }) => {
    if (!isBuildPhase()) {
      if (production) {
        payload.logger.warn(
          'SMTP_URL is not set: password-reset e-mails cannot be sent, and "Forgot password?" answers 503. Set SMTP_URL and EMAIL_FROM (docs/security-accounts.md); until then an admin sets passwords in Users, or runs npm run create-admin.',
        )
      } else {
        payload.logger.info('SMTP_URL is not set: e-mails (password resets) are printed here instead of sent.')
      }
    }
    return {
      name: 'console',
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      sendEmail: async (message: SendEmailOptions) => {
        const text = message.text ?? (typeof message.html === 'string' ? plainTextOf(message.html) : '')
        payload.logger.info(
          `E-mail not sent (SMTP_URL is not set). To: ${String(message.to)}; Subject: ${message.subject}\n${text}`,
        )
      },
    }
  }
}
