/**
 * A real SMTP server for a test (the `smtp-server` package), on a free local port: it accepts
 * every message from a client that logs in with its user and password, and keeps it, parsed by
 * `mailparser`, for the test to read.
 */
import { randomBytes } from 'node:crypto'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

import { freePort } from '../../tooling/server/production-server'

export interface Mailbox {
  /** smtp://user:password@127.0.0.1:<port>, for SMTP_URL. */
  url: string
  messages: ParsedMail[]
  /** The first message to this address that arrives after `since` messages, waiting for it. */
  next(to: string, options?: { since?: number; timeoutMs?: number }): Promise<ParsedMail>
  stop(): Promise<void>
}

function recipients(message: ParsedMail): string[] {
  const to = Array.isArray(message.to) ? message.to : message.to ? [message.to] : []
  return to.flatMap((address) => address.value.map((entry) => entry.address?.toLowerCase() ?? ''))
}

export async function startMailbox(): Promise<Mailbox> {
  const messages: ParsedMail[] = []
  const user = 'column'
  const password = randomBytes(8).toString('hex')
  const server = new SMTPServer({
    // A local test server: no TLS, so the login goes in clear, which it allows here.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) return callback(null, { user })
      return callback(new Error('Invalid username or password'))
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (message) => {
          messages.push(message)
          callback()
        },
        (error: Error) => callback(error),
      )
    },
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `smtp://${user}:${password}@127.0.0.1:${port}`,
    messages,
    async next(to, { since = 0, timeoutMs = 15_000 } = {}) {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        const found = messages.slice(since).find((message) => recipients(message).includes(to.toLowerCase()))
        if (found) return found
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      throw new Error(`no e-mail to ${to} arrived within ${timeoutMs} ms (${messages.length} received)`)
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/**
 * A mailbox the app sends through: its settings put in the environment, which lib/env.ts reads
 * when the Payload config is first imported, so call it before importing the config or the test
 * helpers that load it.
 */
export async function startMailboxForTheApp(siteUrl: string): Promise<Mailbox> {
  const mailbox = await startMailbox()
  process.env.SMTP_URL = mailbox.url
  process.env.EMAIL_FROM = 'The column <no-reply@column.example.jp>'
  process.env.SITE_URL = siteUrl
  return mailbox
}
