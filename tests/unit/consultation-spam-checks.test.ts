/**
 * The spam checks of a consultation request: the signed form token and the time a person needs,
 * the body size limit, the honeypot and the per-address rate limit, on real limiters. Every failed
 * check gives the same verdict shape; only its `check`, for the log, differs.
 */
import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'

import {
  MAX_BODY_BYTES,
  MIN_SECONDS_TO_FILL,
  checkFormToken,
  consultationRateLimit,
  issueFormToken,
  readBodyWithinLimit,
  spamVerdict,
} from '@/lib/consultation/spam-checks'
import { rateLimits } from '@/lib/security/rate-limits'

const secret = 'a-payload-secret-for-these-tests-only'
const rendered = Date.UTC(2026, 11, 1, 2, 0, 0)
const later = rendered + MIN_SECONDS_TO_FILL * 1000

let addressCount = 0
/** An address no other test has counted against. */
function freshAddress(): string {
  addressCount++
  return `198.51.${Math.floor(addressCount / 250)}.${(addressCount % 250) + 1}`
}

function headersFrom(address: string): Headers {
  return new Headers({ 'x-forwarded-for': address })
}

describe('the form token', () => {
  it('passes once a person could have filled the form in, however long after', () => {
    const token = issueFormToken(rendered, secret)
    for (const elapsed of [MIN_SECONDS_TO_FILL * 1000, 60_000, 24 * 3600_000, 30 * 24 * 3600_000]) {
      expect(checkFormToken(token, rendered + elapsed, secret)).toBe('ok')
    }
  })

  it('is too fast before then', () => {
    const token = issueFormToken(rendered, secret)
    for (const elapsed of [0, 1, 999, MIN_SECONDS_TO_FILL * 1000 - 1]) {
      expect(checkFormToken(token, rendered + elapsed, secret)).toBe('too-fast')
    }
  })

  it('refuses tokens that are not ours: another secret, a changed time, a changed signature, from the future', () => {
    const token = issueFormToken(rendered, secret)
    const [issuedAt, signature] = token.split('.') as [string, string]
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`
    const forged = [
      issueFormToken(rendered, 'another-secret-of-another-site-entirely'),
      `${Number(issuedAt) - 60_000}.${signature}`,
      `${issuedAt}.${flipped}`,
      `${issuedAt}.`,
      `.${signature}`,
      issuedAt,
      '',
      `${issuedAt}.${signature}.${signature}`,
      ` ${token}`,
      `${token}\n`,
      `-1.${signature}`,
      `${'9'.repeat(40)}.${signature}`,
    ]
    for (const candidate of forged)
      expect(checkFormToken(candidate, later + 60_000, secret), candidate).toBe('form-token')
    expect(checkFormToken(issueFormToken(later + 60_000, secret), later, secret)).toBe('form-token')
  })

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 1700000000000, ['x'], { token: 'x' }, true]) {
      expect(checkFormToken(value, later, secret)).toBe('form-token')
    }
  })

  it('uses the Payload secret when none is given', () => {
    const token = issueFormToken(rendered)
    expect(checkFormToken(token, later)).toBe('ok')
    expect(checkFormToken(token, later, secret)).toBe('form-token')
  })
})

describe('the body size limit', () => {
  function post(body: BodyInit, headers: Record<string, string> = {}): Request {
    return new Request('http://localhost/api/inquiries/submit', { method: 'POST', body, headers })
  }

  it('reads a body up to the limit', async () => {
    const body = 'x'.repeat(MAX_BODY_BYTES)
    expect(await readBodyWithinLimit(post(body))).toEqual({ text: body })
    expect(await readBodyWithinLimit(post('name=%E5%B1%B1'))).toEqual({ text: 'name=%E5%B1%B1' })
  })

  it('drops a body one byte over, counted in bytes, not characters', async () => {
    expect(await readBodyWithinLimit(post('x'.repeat(MAX_BODY_BYTES + 1)))).toEqual({ spam: true, check: 'body-size' })
    // 3 bytes each in UTF-8.
    const kana = 'あ'.repeat(Math.floor(MAX_BODY_BYTES / 3) + 1)
    expect(await readBodyWithinLimit(post(kana))).toEqual({ spam: true, check: 'body-size' })
  })

  it('drops a body streamed in chunks without a length once it passes the limit', async () => {
    let sent = 0
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1024
        controller.enqueue(new Uint8Array(1024).fill(120))
      },
    })
    const request = new Request('http://localhost/api/inquiries/submit', {
      method: 'POST',
      body: endless,
      duplex: 'half',
    } as RequestInit & { duplex: 'half' })
    expect(await readBodyWithinLimit(request)).toEqual({ spam: true, check: 'body-size' })
    // It stopped reading soon after the limit, not at the end of the stream (there is none).
    expect(sent).toBeLessThan(MAX_BODY_BYTES + 16 * 1024)
  })

  it('drops a declared length over the limit before reading', async () => {
    const request = post('short', { 'content-length': String(MAX_BODY_BYTES + 1) })
    expect(await readBodyWithinLimit(request)).toEqual({ spam: true, check: 'body-size' })
  })

  it('takes a request without a body as empty', async () => {
    expect(await readBodyWithinLimit(new Request('http://localhost/', { method: 'POST' }))).toEqual({ text: '' })
  })
})

describe('the spam verdict', () => {
  const token = issueFormToken(rendered, secret)
  const clean = { honeypot: '', formToken: token, now: later, secret, trustProxy: false }

  it('lets a person through', async () => {
    expect(await spamVerdict({ ...clean, headers: headersFrom(freshAddress()) })).toEqual({ spam: false })
  })

  it('drops each kind of spam with the same verdict shape, naming the check only for the log', async () => {
    const verdicts = [
      await spamVerdict({ ...clean, honeypot: 'https://spam.example', headers: headersFrom(freshAddress()) }),
      await spamVerdict({ ...clean, formToken: undefined, headers: headersFrom(freshAddress()) }),
      await spamVerdict({ ...clean, formToken: 'forged.token', headers: headersFrom(freshAddress()) }),
      await spamVerdict({ ...clean, now: rendered + 500, headers: headersFrom(freshAddress()) }),
    ]
    expect(verdicts.map((verdict) => verdict.spam && verdict.check)).toEqual([
      'honeypot',
      'form-token',
      'form-token',
      'too-fast',
    ])
    for (const verdict of verdicts) expect(Object.keys(verdict).sort()).toEqual(['check', 'spam'])
  })

  it('counts requests per client address, and drops those over the limit', async () => {
    const address = freshAddress()
    const { points } = consultationRateLimit.perAddress
    for (let request = 0; request < points; request++) {
      expect(await spamVerdict({ ...clean, headers: headersFrom(address) })).toEqual({ spam: false })
    }
    expect(await spamVerdict({ ...clean, headers: headersFrom(address) })).toEqual({ spam: true, check: 'rate-limit' })
    // Another client is not held back by this one.
    expect(await spamVerdict({ ...clean, headers: headersFrom(freshAddress()) })).toEqual({ spam: false })
  })

  it('keys IPv6 clients on their /64, so one subscriber cannot rotate through its addresses', async () => {
    const prefix = `2001:db8:${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}`
    const { points } = consultationRateLimit.perAddress
    for (let request = 0; request < points; request++) {
      const address = `${prefix}::${(request + 1).toString(16)}`
      expect(await spamVerdict({ ...clean, headers: headersFrom(address) })).toEqual({ spam: false })
    }
    expect(await spamVerdict({ ...clean, headers: headersFrom(`${prefix}::ffff`) })).toMatchObject({
      check: 'rate-limit',
    })
  })

  it('does not count requests already dropped by a cheaper check', async () => {
    const address = freshAddress()
    for (let request = 0; request < 20; request++) {
      await spamVerdict({ ...clean, honeypot: 'x', headers: headersFrom(address) })
      await spamVerdict({ ...clean, now: rendered, headers: headersFrom(address) })
    }
    expect(await spamVerdict({ ...clean, headers: headersFrom(address) })).toEqual({ spam: false })
  })

  it('is counted by the handler, not by the proxy, which would answer 429 and name the check', () => {
    expect(rateLimits.map((limit) => limit.name)).not.toContain(consultationRateLimit.name)
  })
})
