import { describe, expect, it } from 'vitest'

import { addressKey, clientAddress } from '@/lib/security/client-address'
import { checkRateLimit, rateLimitFor, rateLimits } from '@/lib/security/rate-limits'
import { getMessages } from '@/lib/i18n/messages'
import { tooManyRequests } from '@/lib/security/too-many-requests'

const site = 'http://column.test'
let nextAddress = 1
/** An address no other test here has used, so budgets start full. */
function freshAddress(): string {
  nextAddress++
  return `198.51.${Math.floor(nextAddress / 250)}.${nextAddress % 250}`
}

/** What a limited route looks like to the proxy: one example path per limit. */
const examples: Record<string, { method: string; path: string }> = {
  login: { method: 'POST', path: '/api/users/login' },
  'forgot-password': { method: 'POST', path: '/api/users/forgot-password' },
  graphql: { method: 'POST', path: '/api/graphql' },
  search: { method: 'GET', path: '/ja/search?q=幹細胞' },
  'share-image': { method: 'GET', path: '/en/episodes/what-is-regenerative-medicine/opengraph-image-1x2y3z' },
}

function request(method: string, path: string, headers: Record<string, string>) {
  return { method, url: `${site}${path}`, headers: new Headers(headers) }
}

describe('which requests count against a rate limit', () => {
  it('has an example for every limit, and each example falls under its own limit', () => {
    expect(Object.keys(examples).sort()).toEqual(rateLimits.map((limit) => limit.name).sort())
    for (const [name, { method, path }] of Object.entries(examples)) {
      expect(rateLimitFor(method, new URL(`${site}${path}`))?.name, path).toBe(name)
    }
  })

  it.each([
    ['GET', '/api/users/login'],
    ['POST', '/api/users/logout'],
    ['GET', '/api/users/me'],
    ['GET', '/ja/search'],
    ['GET', '/ja/search?q=%20'],
    ['GET', '/ja/episodes/some-episode'],
    ['GET', '/fr/opengraph-image'],
    ['GET', '/ja/searching?q=x'],
    ['GET', '/api/episodes'],
  ])('leaves %s %s alone', (method, path) => {
    expect(rateLimitFor(method, new URL(`${site}${path}`))).toBeUndefined()
  })

  it('counts a route however its path is written: percent-encoded, doubled slashes, without a locale', () => {
    for (const [method, path, name] of [
      ['POST', '/api/users/%6Cogin', 'login'],
      ['POST', '/api//users/login', 'login'],
      ['POST', '/api/users/forgot%2Dpassword', 'forgot-password'],
      ['POST', '/api/%67raphql', 'graphql'],
      ['GET', '/search?q=stem', 'search'],
      ['GET', '/opengraph-image-abc123', 'share-image'],
    ] as const) {
      expect(rateLimitFor(method, new URL(`${site}${path}`))?.name, path).toBe(name)
    }
  })

  it('counts share images of the site and of every episode, with or without the hash Next adds', () => {
    for (const path of ['/ja/opengraph-image', '/en/opengraph-image-abc123', '/ja/episodes/a-b-c/opengraph-image']) {
      expect(rateLimitFor('GET', new URL(`${site}${path}`))?.name, path).toBe('share-image')
    }
  })
})

describe('a client over a limit', () => {
  for (const limit of rateLimits) {
    it(`gets through ${limit.perAddress.points} ${limit.name} requests, then is refused until the window ends`, async () => {
      const { method, path } = examples[limit.name]!
      const address = freshAddress()
      for (let count = 0; count < limit.perAddress.points; count++) {
        expect(
          await checkRateLimit(request(method, path, { 'x-forwarded-for': address }), { trustProxy: false }),
        ).toBeUndefined()
      }
      const refused = await checkRateLimit(request(method, path, { 'x-forwarded-for': address }), { trustProxy: false })
      expect(refused?.limit.name).toBe(limit.name)
      expect(refused!.retryAfterSeconds).toBeGreaterThan(0)
      expect(refused!.retryAfterSeconds).toBeLessThanOrEqual(limit.perAddress.seconds)
      // Someone else is not affected.
      expect(
        await checkRateLimit(request(method, path, { 'x-forwarded-for': freshAddress() }), { trustProxy: false }),
      ).toBeUndefined()
    })
  }

  it('signing in or asking for a reset, is bounded by the ceiling for all clients together, even with a new address every time', async () => {
    const withCeiling = rateLimits.filter((limit) => limit.allClients)
    expect(withCeiling.map((limit) => limit.name).sort()).toEqual(['forgot-password', 'login'])
    for (const limit of withCeiling) {
      const { method, path } = examples[limit.name]!
      const ceiling = limit.allClients!.points
      let refused
      let sent = 0
      while (!refused && sent <= ceiling + 1) {
        sent++
        refused = await checkRateLimit(request(method, path, { 'x-forwarded-for': freshAddress() }), {
          trustProxy: false,
        })
      }
      expect(refused, limit.name).toBeDefined()
      // Earlier tests here used some of the budget; never more than the ceiling gets through.
      expect(sent).toBeLessThanOrEqual(ceiling + 1)
    }
  })

  it('on a reader-facing route, never shuts out the many for the few: no ceiling for all clients', async () => {
    for (const limit of rateLimits.filter((candidate) => !candidate.allClients)) {
      const { method, path } = examples[limit.name]!
      for (let count = 0; count < limit.perAddress.points * 3; count++) {
        const refused = await checkRateLimit(request(method, path, { 'x-forwarded-for': freshAddress() }), {
          trustProxy: false,
        })
        expect(refused, `${limit.name} from client ${count}`).toBeUndefined()
      }
    }
  })
})

describe('the address a request is counted against', () => {
  it('is X-Real-IP only behind a trusted proxy, which overwrites it', () => {
    const headers = new Headers({ 'x-real-ip': '203.0.113.9', 'x-forwarded-for': '192.0.2.1' })
    expect(clientAddress(headers, true)).toBe('203.0.113.9')
    expect(clientAddress(headers, false)).toBe('192.0.2.1')
  })

  it('is the first X-Forwarded-For entry otherwise, which Next fills with the connection’s address', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '192.0.2.1, 10.0.0.2' }), false)).toBe('192.0.2.1')
    expect(clientAddress(new Headers({ 'x-forwarded-for': '192.0.2.1' }), true)).toBe('192.0.2.1')
    expect(clientAddress(new Headers(), false)).toBe('unknown')
  })

  it('is an IPv6 address’s /64, whatever the rest of it, and an IPv4-mapped address as IPv4', () => {
    expect(addressKey('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64')
    expect(addressKey('2001:db8:1:2::9')).toBe('2001:db8:1:2::/64')
    expect(addressKey('2001:0db8:0001:0002:ffff::1')).toBe('2001:db8:1:2::/64')
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(addressKey('::1')).toBe('0:0:0:0::/64')
    expect(addressKey('::ffff:192.0.2.7')).toBe('192.0.2.7')
    expect(addressKey('192.0.2.7')).toBe('192.0.2.7')
  })
})

describe('the answer over a limit', () => {
  it('is 429 with Retry-After, as JSON in Payload’s error shape on the API', async () => {
    const response = tooManyRequests(
      new Request(`${site}/api/users/login`, { headers: { 'accept-language': 'en' } }),
      42,
    )
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('42')
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = (await response.json()) as { errors: { message: string }[] }
    expect(body.errors[0]!.message).toBe(getMessages('en').rateLimit.tooManyRequests.replace('{seconds}', '42'))
  })

  it('is plain text in the page’s language on the reader site', async () => {
    const response = tooManyRequests(new Request(`${site}/ja/search?q=x`, { headers: { 'accept-language': 'en' } }), 3)
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('3')
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/)
    expect(await response.text()).toContain(getMessages('ja').rateLimit.tooManyRequests.replace('{seconds}', '3'))
  })
})
