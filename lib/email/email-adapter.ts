/** Which way the app's e-mails go: SMTP when SMTP_URL is set, otherwise the server's log. */
import type { EmailAdapter } from 'payload'

import type { Env } from '../env-schema'
import { getMessages } from '../i18n/messages'

import { consoleEmailAdapter } from './console-adapter'
import { smtpEmailAdapter } from './smtp-adapter'

type EmailEnv = Pick<Env, 'SMTP_URL' | 'emailFrom' | 'NODE_ENV'>

export function columnEmailAdapter(env: EmailEnv): EmailAdapter {
  // The site's Japanese name unless EMAIL_FROM names a sender: the column is Japanese first.
  const from = { address: env.emailFrom.address, name: env.emailFrom.name ?? getMessages('ja').site.name }
  if (env.SMTP_URL) return smtpEmailAdapter({ url: env.SMTP_URL, from })
  return consoleEmailAdapter({ from, production: env.NODE_ENV === 'production' })
}

/** In development and tests the log stands in for a mailbox; a production site needs SMTP. */
export function passwordResetEmailsCanBeSent(env: EmailEnv): boolean {
  return Boolean(env.SMTP_URL) || env.NODE_ENV !== 'production'
}
