import { getScriptNonceFromHeader } from 'next/dist/server/app-render/get-script-nonce-from-header'
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match'
import { describe, expect, it } from 'vitest'

import {
  adminPolicy,
  createNonce,
  readerPagePolicy,
  resourcePolicy,
  scriptNonceOf,
  serialisePolicy,
} from '@/lib/security/content-security-policy'
import {
  everyResponseHeaders,
  pageHeaders,
  resourcePaths,
  strictTransportSecurity,
} from '@/lib/security/response-headers'

import { policyDirectives as directives } from '../helpers/content-security-policy'

const nonce = 'dGVzdC1ub25jZS12YWx1ZQ=='
const site = { nonce, siteUrl: 'https://column.example.jp' }

describe('the policy of reader pages', () => {
  const policy = directives(readerPagePolicy(site))

  it('runs only scripts that carry the request’s nonce, and what they load', () => {
    expect(policy.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"])
  })

  it('allows no inline script, no eval and no inline style', () => {
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'")
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'")
    expect(policy.get('style-src')).toEqual(["'self'"])
  })

  it('gives Next.js the nonce it puts on the page’s scripts', () => {
    expect(getScriptNonceFromHeader(readerPagePolicy(site))).toBe(nonce)
  })

  it('gives our own inline script (the readings preference) the same nonce as Next.js reads', () => {
    for (const policy of [readerPagePolicy(site), readerPagePolicy({ ...site, development: true }), adminPolicy(site)])
      expect(scriptNonceOf(policy)).toBe(getScriptNonceFromHeader(policy))
    expect(scriptNonceOf(resourcePolicy)).toBeUndefined()
    expect(scriptNonceOf(null)).toBeUndefined()
    expect(scriptNonceOf("style-src 'nonce-abc'; script-src 'self'")).toBeUndefined()
  })

  it('may be framed by the site itself (the admin’s Live Preview) and by nobody else', () => {
    expect(policy.get('frame-ancestors')).toEqual(["'self'", 'https://column.example.jp'])
  })

  it('loads no plugins and keeps the base URL and form targets on the site', () => {
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'self'"])
    expect(policy.get('form-action')).toEqual(["'self'", 'https://column.example.jp'])
  })

  it('plays podcast audio hosted on another https site', () => {
    expect(policy.get('media-src')).toContain('https:')
  })

  it('upgrades http links to https on an https site, and not on an http one', () => {
    expect(policy.has('upgrade-insecure-requests')).toBe(true)
    expect(
      directives(readerPagePolicy({ nonce, siteUrl: 'http://localhost:3000' })).has('upgrade-insecure-requests'),
    ).toBe(false)
  })

  it('allows eval and inline styles only in development, where Next.js needs them', () => {
    const development = directives(readerPagePolicy({ ...site, development: true }))
    expect(development.get('script-src')).toContain("'unsafe-eval'")
    expect(development.get('script-src')).not.toContain("'unsafe-inline'")
    expect(development.get('style-src')).toContain("'unsafe-inline'")
    expect(directives(readerPagePolicy({ ...site, development: false })).get('script-src')).not.toContain(
      "'unsafe-eval'",
    )
  })

  it('names SITE_URL by its origin, without a path', () => {
    const policy = readerPagePolicy({ nonce, siteUrl: 'http://127.0.0.1:4000' })
    expect(directives(policy).get('img-src')).toContain('http://127.0.0.1:4000')
  })
})

describe('the policy of the admin', () => {
  const policy = directives(adminPolicy(site))

  it('runs only scripts that carry the request’s nonce, with no eval', () => {
    expect(policy.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"])
    expect(getScriptNonceFromHeader(adminPolicy(site))).toBe(nonce)
  })

  it('allows inline styles, which Payload’s UI sets in its HTML', () => {
    expect(policy.get('style-src')).toContain("'unsafe-inline'")
  })

  it('frames the reader site for Live Preview, and is framed by nobody', () => {
    expect(policy.get('frame-src')).toEqual(["'self'", 'https://column.example.jp'])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
  })
})

describe('the policy of API answers, the sitemap and robots.txt', () => {
  it('lets nothing load, run or frame them', () => {
    expect(directives(resourcePolicy)).toEqual(
      new Map([
        ['default-src', ["'none'"]],
        ['frame-ancestors', ["'none'"]],
      ]),
    )
  })

  it.each([
    '/api/episodes',
    '/api/graphql',
    '/api/health',
    '/api/users/me',
    '/sitemap.xml',
    '/sitemap.xml/1',
    '/robots.txt',
  ])('applies to %s', (path) => {
    expect(resourcePaths.some((source) => getPathMatch(source)(path))).toBe(true)
  })

  it.each(['/api/media/file/hero.png', '/ja', '/ja/episodes/one', '/admin', '/_next/static/chunks/a.js'])(
    'leaves %s to a policy of its own',
    (path) => {
      expect(resourcePaths.some((source) => getPathMatch(source)(path))).toBe(false)
    },
  )
})

describe('nonces', () => {
  it('are 128 random bits in base64, new each time', () => {
    const nonces = Array.from({ length: 100 }, createNonce)
    expect(new Set(nonces).size).toBe(100)
    for (const value of nonces) {
      expect(Buffer.from(value, 'base64')).toHaveLength(16)
      // The form Next.js accepts in `'nonce-…'`.
      expect(value).toMatch(/^[A-Za-z0-9+/_-]+={0,2}$/)
    }
  })
})

describe('writing a policy', () => {
  it('joins sources with spaces and directives with semicolons, keeping their order', () => {
    expect(
      serialisePolicy({ 'default-src': ["'self'"], 'img-src': ["'self'", 'data:'], 'upgrade-insecure-requests': [] }),
    ).toBe("default-src 'self'; img-src 'self' data:; upgrade-insecure-requests")
  })
})

describe('the headers of a page', () => {
  it('give the admin its policy, and every other page the reader site’s', () => {
    expect(pageHeaders('/admin', site)['Content-Security-Policy']).toBe(adminPolicy(site))
    expect(pageHeaders('/admin/collections/episodes/1', site)['Content-Security-Policy']).toBe(adminPolicy(site))
    expect(pageHeaders('/administration', site)['Content-Security-Policy']).toBe(readerPagePolicy(site))
    expect(pageHeaders('/ja/episodes/one', site)['Content-Security-Policy']).toBe(readerPagePolicy(site))
  })

  it('include HSTS for a year on an https site', () => {
    expect(pageHeaders('/ja', site)['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains')
    expect(strictTransportSecurity('https://column.example.jp')).toMatch(/^max-age=(\d+)/)
    expect(
      Number(/max-age=(\d+)/.exec(strictTransportSecurity('https://column.example.jp')!)![1]),
    ).toBeGreaterThanOrEqual(31_536_000)
  })

  it('include no HSTS on an http site', () => {
    expect(strictTransportSecurity('http://localhost:3000')).toBeUndefined()
    expect(pageHeaders('/ja', { nonce, siteUrl: 'http://localhost:3000' })).not.toHaveProperty(
      'Strict-Transport-Security',
    )
  })
})

describe('the headers of every response', () => {
  const headers = new Map(everyResponseHeaders.map(({ key, value }) => [key, value]))

  it('forbid content sniffing and send only the origin to other sites', () => {
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin')
  })

  it('turn off camera, microphone and location for the site and whatever it frames', () => {
    const policy = headers.get('Permissions-Policy')!
    for (const feature of ['camera', 'microphone', 'geolocation']) expect(policy).toContain(`${feature}=()`)
  })
})
