/**
 * The checks that drop a consultation request as spam: a body over the size limit, a filled
 * honeypot, a form sent sooner after it was drawn than a person can fill it in (or with a form
 * token that is missing or not ours), and more requests from one client address than a person
 * sends. The verdict names the check for the server's log only: the sender gets the same answer
 * whichever check failed (docs/consultation.md), so a bot learns nothing about which one to dodge.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

import { env } from '@/lib/env'
import { readLimited } from '@/lib/http/request-body'
import { clientAddress } from '@/lib/security/client-address'
import { consume, type RateLimit } from '@/lib/security/rate-limits'

import { MIN_SECONDS_TO_FILL } from './inquiry'
import { honeypotFilled } from './inquiry-input'

/**
 * The largest body taken: the longest valid request (a 4,000-character message of four-byte
 * characters, percent-encoded by a form post: 12 bytes each) fits with room to spare.
 */
export const MAX_BODY_BYTES = 64 * 1024

export { MIN_SECONDS_TO_FILL }

/**
 * Not in the proxy's list (lib/security/rate-limits.ts): the handler counts it, so a client over
 * the limit gets the same answer as any other spam instead of a 429 that names the check. Five
 * requests in ten minutes is far above what a person sends (one, perhaps a correction); the shared
 * ceiling bounds the acknowledgement e-mails sent to addresses a client types in, whatever
 * addresses it claims to come from.
 */
export const consultationRateLimit: RateLimit = {
  name: 'consultation',
  path: /^\/api\/inquiries\/submit\/?$/,
  methods: ['POST'],
  perAddress: { points: 5, seconds: 10 * 60 },
  allClients: { points: 120, seconds: 60 * 60 },
}

export type SpamCheck = 'body-size' | 'honeypot' | 'form-token' | 'too-fast' | 'rate-limit'

/** `check` is for the log; what the sender is told never depends on it. */
export type SpamVerdict = { spam: false } | { spam: true; check: SpamCheck }

const notSpam: SpamVerdict = { spam: false }

/** The form token's key: derived from the Payload secret, for this purpose only. */
function tokenKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('consultation-form-token').digest()
}

function signature(issuedAt: number, secret: string): string {
  return createHmac('sha256', tokenKey(secret)).update(String(issuedAt)).digest('base64url')
}

/** The value of the form's hidden token field: when the form was drawn, signed. */
export function issueFormToken(now: number = Date.now(), secret: string = env.PAYLOAD_SECRET): string {
  const issuedAt = Math.floor(now)
  return `${issuedAt}.${signature(issuedAt, secret)}`
}

/**
 * Whether a form token is ours and old enough. No upper age: a reader may leave the page open for
 * days before sending, and a bot gains nothing from an old token that it could not get by loading
 * the page again. A page served from a shared cache carries an older token, which only passes more
 * easily.
 */
export function checkFormToken(
  token: unknown,
  now: number = Date.now(),
  secret: string = env.PAYLOAD_SECRET,
): 'ok' | 'form-token' | 'too-fast' {
  if (typeof token !== 'string') return 'form-token'
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return 'form-token'
  const issuedAt = Number(match[1])
  const expected = Buffer.from(signature(issuedAt, secret))
  const given = Buffer.from(match[2]!)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'form-token'
  if (issuedAt > now) return 'form-token'
  return now - issuedAt < MIN_SECONDS_TO_FILL * 1000 ? 'too-fast' : 'ok'
}

/**
 * The body as text, or a spam verdict once it passes `maxBytes` (read no further). A declared
 * Content-Length over the limit is refused before reading.
 */
export async function readBodyWithinLimit(
  request: Request,
  maxBytes: number = MAX_BODY_BYTES,
): Promise<{ text: string } | { spam: true; check: 'body-size' }> {
  const tooLarge = { spam: true, check: 'body-size' } as const
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (declared > maxBytes) return tooLarge
  const text = await readLimited(request, maxBytes)
  return text === undefined ? tooLarge : { text }
}

export interface SpamCheckInput {
  honeypot: unknown
  formToken: unknown
  /** Request headers, for the client's address (lib/security/client-address.ts). */
  headers: Headers
  now?: number
  secret?: string
  trustProxy?: boolean
}

/**
 * The checks after the body was read, cheapest first; the rate limit counts only requests that
 * passed the others, so a bot's dropped requests never use up the budget a person shares with it.
 */
export async function spamVerdict({
  honeypot,
  formToken,
  headers,
  now = Date.now(),
  secret = env.PAYLOAD_SECRET,
  trustProxy = env.trustProxy,
}: SpamCheckInput): Promise<SpamVerdict> {
  if (honeypotFilled(honeypot)) return { spam: true, check: 'honeypot' }
  const token = checkFormToken(formToken, now, secret)
  if (token !== 'ok') return { spam: true, check: token }
  const refused = await consume(consultationRateLimit, clientAddress(headers, trustProxy))
  if (refused) return { spam: true, check: 'rate-limit' }
  return notSpam
}
