/**
 * Accounts on the production build: the session cookie, the rate limits (in the app, and in the
 * nginx of docker-compose in front of it), logins sent through GraphQL, and "Forgot password?"
 * in Chromium through a real SMTP server. A production server of this file's own, so that its
 * rate limits and its mail go nowhere else: NODE_ENV=production, TRUST_PROXY=true as behind
 * nginx (each test names its client with X-Real-IP, as nginx would), SMTP_URL pointing at the
 * SMTP server started here. The suite's shared server (bare `next start`, no SMTP_URL) is used
 * for what a site without them does.
 */
import { randomBytes } from 'node:crypto'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminTranslations } from '@/lib/i18n/admin-translations'
import { getMessages } from '@/lib/i18n/messages'
import { episodePath, searchPath } from '@/lib/i18n/paths'
import { episodes } from '@/tooling/seed/content'
import { rateLimits, type RateLimit } from '@/lib/security/rate-limits'

import { TEST_SECRET } from '../setup/test-secret'
import { createAdminWithCommand } from '../support/admin-account'
import { startMailbox, type Mailbox } from '../support/mailbox'
import { ensureNginx, startNginx, type RunningNginx } from '../../tooling/server/nginx'
import { startProductionServer, type ProductionServer } from '../../tooling/server/production-server'
import { launchChromium } from './browser'

const sharedServer = inject('baseUrl')
let server: ProductionServer
let mailbox: Mailbox
let browser: Browser

const admin = { email: 'accounts-admin@example.com', password: randomBytes(12).toString('base64url') }
const strongPassword = () => randomBytes(12).toString('base64url')

let clients = 0
/** A client address nobody has used here yet, as nginx would pass it on in X-Real-IP. */
function newClient(): string {
  clients++
  return `10.${Math.floor(clients / 62_500) % 250}.${Math.floor(clients / 250) % 250}.${clients % 250}`
}

function limit(name: string): RateLimit {
  return rateLimits.find((candidate) => candidate.name === name)!
}

beforeAll(async () => {
  mailbox = await startMailbox()
  server = await startProductionServer({
    secret: TEST_SECRET,
    seed: () => {},
    env: { SMTP_URL: mailbox.url, EMAIL_FROM: 'The column <no-reply@column.example.jp>', TRUST_PROXY: 'true' },
  })
  createAdminWithCommand({ databaseUrl: server.database.url, secret: TEST_SECRET, siteUrl: server.baseUrl, ...admin })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await mailbox?.stop()
})

async function postJson(base: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}

async function login(email: string, password: string, client = newClient()) {
  return postJson(server.baseUrl, '/api/users/login', { email, password }, { 'X-Real-IP': client })
}

/** The share-image paths of the build (Next adds a hash to their names), read from the pages. */
async function shareImagePaths(): Promise<{ site: string; episode: string }> {
  const imageOf = async (url: string) => {
    const html = await (await fetch(url)).text()
    return new URL(/<meta property="og:image" content="([^"]+)"/.exec(html)![1]!).pathname
  }
  return {
    site: await imageOf(`${server.baseUrl}/ja`),
    // The shared server has the demo content: an episode card's path has the same hash here.
    episode: await imageOf(`${sharedServer}${episodePath('ja', episodes[0]!.slug)}`),
  }
}

/**
 * One request of each limited kind. Searches ask something new each time, so the app renders
 * each one, unless `sameSearch`: through nginx, whose cache then answers them and the app's own
 * limit (which counts what reaches it) stays out of the way of nginx's.
 */
function requestOf(name: string, paths: { site: string; episode: string }, { sameSearch = false } = {}) {
  const fixedQuery = `幹細胞 ${randomBytes(3).toString('hex')}`
  return (base: string, headers: Record<string, string>) => {
    switch (name) {
      case 'login':
        return postJson(base, '/api/users/login', { email: 'nobody@example.com', password: 'wrong' }, headers)
      case 'forgot-password':
        return postJson(
          base,
          '/api/users/forgot-password',
          { email: `nobody-${randomBytes(3).toString('hex')}@example.com` },
          headers,
        )
      case 'graphql':
        return postJson(base, '/api/graphql', { query: '{ __typename }' }, headers)
      case 'search':
        return fetch(
          `${base}${searchPath('ja')}?q=${encodeURIComponent(sameSearch ? fixedQuery : `幹細胞 ${randomBytes(3).toString('hex')}`)}`,
          {
            headers,
          },
        )
      case 'share-image':
        return fetch(`${base}${paths.site}`, { headers })
      default:
        throw new Error(`no request for ${name}`)
    }
  }
}

describe('the session cookie', () => {
  it('is HttpOnly and SameSite=Lax, and not Secure on a site served over http', async () => {
    const response = await login(admin.email, admin.password)
    expect(response.status).toBe(200)
    const cookie = response.headers.get('set-cookie')!
    expect(cookie).toMatch(/^payload-token=/)
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/; SameSite=Lax/)
    expect(cookie).not.toMatch(/; Secure/)
  })
})

describe('the password policy on the production build', () => {
  it('refuses a weak password with 400 and the message on the password field', async () => {
    const { token } = (await (await login(admin.email, admin.password)).json()) as { token: string }
    const response = await postJson(
      server.baseUrl,
      '/api/users',
      { email: 'weak-password@example.com', password: 'Jordan12345!', role: 'editor' },
      { Authorization: `JWT ${token}`, 'Accept-Language': 'en', 'X-Real-IP': newClient() },
    )
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { data?: { errors: { path: string; message: string }[] } }[] }
    expect(body.errors[0]!.data?.errors).toEqual([
      { path: 'password', message: adminTranslations.en.column.passwordTooGuessable },
    ])
  })
})

describe('rate limits in the app', () => {
  let paths: { site: string; episode: string }

  beforeAll(async () => {
    paths = await shareImagePaths()
  })

  for (const { name } of rateLimits) {
    it(`refuses the request after ${name}’s budget per client with 429 and Retry-After`, async () => {
      const { perAddress } = limit(name)
      const send = requestOf(name, paths)
      const client = newClient()
      for (let count = 1; count <= perAddress.points; count++) {
        const response = await send(server.baseUrl, { 'X-Real-IP': client, 'Accept-Language': 'en' })
        await response.arrayBuffer()
        expect(response.status, `${name} request ${count}`).not.toBe(429)
      }
      const refused = await send(server.baseUrl, { 'X-Real-IP': client, 'Accept-Language': 'en' })
      expect(refused.status).toBe(429)
      const retryAfter = Number(refused.headers.get('retry-after'))
      expect(retryAfter).toBeGreaterThan(0)
      expect(retryAfter).toBeLessThanOrEqual(perAddress.seconds)
      const expected = getMessages(name === 'search' || name === 'share-image' ? 'ja' : 'en').rateLimit.tooManyRequests
      expect(await refused.text()).toContain(expected.replace('{seconds}', String(retryAfter)))
      // Another client is served.
      expect((await send(server.baseUrl, { 'X-Real-IP': newClient() })).status).not.toBe(429)
    })
  }

  it('counts episode share images with the site’s', async () => {
    const client = newClient()
    const { points } = limit('share-image').perAddress
    for (let count = 0; count < points; count++) {
      const path = count % 2 ? paths.site : paths.episode
      expect((await fetch(`${server.baseUrl}${path}`, { headers: { 'X-Real-IP': client } })).status).not.toBe(429)
    }
    expect((await fetch(`${server.baseUrl}${paths.episode}`, { headers: { 'X-Real-IP': client } })).status).toBe(429)
  })

  it('counts logins sent as GraphQL mutations against the same budget, several in one request too', async () => {
    const mutation = (count: number) =>
      `mutation { ${Array.from({ length: count }, (_, index) => `a${index}: loginUser(email: "nobody@example.com", password: "wrong") { token }`).join(' ')} }`
    const message = /Try again in \d+ seconds|秒後にもう一度/

    const client = newClient()
    for (let count = 0; count < limit('login').perAddress.points; count++) {
      expect((await login('nobody@example.com', 'wrong', client)).status).toBe(401)
    }
    const afterRest = await postJson(server.baseUrl, '/api/graphql', { query: mutation(1) }, { 'X-Real-IP': client })
    expect(((await afterRest.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(message)

    const batched = await postJson(
      server.baseUrl,
      '/api/graphql',
      { query: mutation(limit('login').perAddress.points + 1) },
      { 'X-Real-IP': newClient() },
    )
    const errors = ((await batched.json()) as { errors: { message: string }[] }).errors
    expect(errors.filter((error) => message.test(error.message))).toHaveLength(1)
  })
})

describe('a bare next start (the suite’s server: no TRUST_PROXY)', () => {
  it('ignores X-Real-IP, which any client can send, and counts the address Next passes on', async () => {
    const forwarded = { 'X-Forwarded-For': '203.0.113.50' }
    const send = () =>
      postJson(
        sharedServer,
        '/api/users/login',
        { email: 'nobody@example.com', password: 'wrong' },
        {
          ...forwarded,
          'X-Real-IP': newClient(),
        },
      )
    for (let count = 0; count < limit('login').perAddress.points; count++) expect((await send()).status).toBe(401)
    expect((await send()).status).toBe(429)
  })

  it('answers "Forgot password?" with 503 and the reason when SMTP_URL is not set', async () => {
    const response = await postJson(
      sharedServer,
      '/api/users/forgot-password',
      { email: 'nobody@example.com' },
      { 'Accept-Language': 'en' },
    )
    expect(response.status).toBe(503)
    const body = (await response.json()) as { errors: { message: string }[] }
    expect(body.errors[0]!.message).toBe(adminTranslations.en.column.passwordResetByEmailUnavailable)
  })
})

describe('forgot password, in the browser', () => {
  it('e-mails a link whose form refuses a weak password on its field, then sets a strong one and signs in', async () => {
    const email = 'forgetful-editor@example.com'
    const oldPassword = strongPassword()
    const adminLogin = await login(admin.email, admin.password)
    const { token } = (await adminLogin.json()) as { token: string }
    const created = await postJson(
      server.baseUrl,
      '/api/users',
      { email, password: oldPassword, role: 'editor' },
      { Authorization: `JWT ${token}`, 'X-Real-IP': newClient() },
    )
    expect(created.status).toBe(201)

    const gravatarRequests: string[] = []
    const context = await browser.newContext({ locale: 'en-US', extraHTTPHeaders: { 'X-Real-IP': newClient() } })
    context.on('request', (request) => {
      if (/gravatar/i.test(request.url())) gravatarRequests.push(request.url())
    })
    const page = await context.newPage()
    // Payload's forms take input once React has hydrated them and the admin has asked who is
    // signed in; typed any earlier, the value never reaches the form's state.
    const formReady = async () => {
      await page.waitForSelector('form[data-form-ready="true"]', { timeout: 30_000 })
      await page.waitForLoadState('networkidle')
    }
    const submitted = (path: string) => page.waitForResponse((response) => new URL(response.url()).pathname === path)
    await page.goto(`${server.baseUrl}/admin/forgot`)
    await formReady()
    await page.fill('input[name="email"]', email)
    const since = mailbox.messages.length
    await page.click('button[type="submit"]')

    const message = await mailbox.next(email, { since })
    const link = new RegExp(`${server.baseUrl.replace(/[.]/g, '\\.')}/admin/reset/[0-9a-f]{40}`).exec(
      message.text ?? '',
    )
    expect(link, message.text).not.toBeNull()

    await page.goto(link![0])
    await formReady()
    const weak = 'password1234'
    await page.fill('input[name="password"]', weak)
    await page.fill('input[name="confirm-password"]', weak)
    const refusal = submitted('/api/users/reset-password')
    await page.click('button[type="submit"]')
    expect((await refusal).status()).toBe(400)
    const fieldError = page.locator('.field-type.password .field-error')
    await expect
      .poll(() => fieldError.getAttribute('title'), { timeout: 30_000 })
      .toBe(adminTranslations.en.column.passwordTooGuessable)
    expect((await login(email, oldPassword)).status).toBe(200)

    const newPassword = strongPassword()
    await page.fill('input[name="password"]', newPassword)
    await page.fill('input[name="confirm-password"]', newPassword)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 30_000 })
    await expect.poll(() => page.locator('.dashboard').isVisible(), { timeout: 30_000 }).toBe(true)

    // Payload's own avatar, never Gravatar (which would send a hash of the e-mail elsewhere).
    expect(await page.locator('img[src*="gravatar"]').count()).toBe(0)
    expect(gravatarRequests).toEqual([])

    expect((await login(email, newPassword)).status).toBe(200)
    expect((await login(email, oldPassword)).status).toBe(401)
    await context.close()
  })
})

describe('nginx in front of the app (deploy/nginx/column.conf)', () => {
  let nginx: RunningNginx
  let paths: { site: string; episode: string }

  beforeAll(async () => {
    ensureNginx()
    nginx = await startNginx(server.baseUrl)
    paths = await shareImagePaths()
  })

  afterAll(() => nginx?.stop())

  // nginx lets the budget through at once, then one request per interval (Retry-After).
  const nginxZones: Record<string, { burst: number; retryAfter: number; perSecond: number }> = {
    login: { burst: 10, retryAfter: 6, perSecond: 10 / 60 },
    'forgot-password': { burst: 5, retryAfter: 60, perSecond: 1 / 60 },
    graphql: { burst: 60, retryAfter: 1, perSecond: 1 },
    search: { burst: 30, retryAfter: 2, perSecond: 0.5 },
    'share-image': { burst: 60, retryAfter: 1, perSecond: 1 },
  }

  it('has a zone for every limit of the app, with the app’s budget as its burst', () => {
    expect(Object.keys(nginxZones).sort()).toEqual(rateLimits.map((candidate) => candidate.name).sort())
    for (const { name, perAddress } of rateLimits) expect(nginxZones[name]!.burst, name).toBe(perAddress.points)
  })

  for (const [name, zone] of Object.entries(nginxZones)) {
    it(`answers ${name} over its burst itself: 429 with Retry-After ${zone.retryAfter}`, async () => {
      const send = requestOf(name, paths, { sameSearch: true })
      // All at once: nginx then lets exactly the burst through (its bucket has no time to drain),
      // and the app, which counts what reaches it, is never the one to refuse.
      const started = Date.now()
      const responses = await Promise.all(
        Array.from({ length: zone.burst + 10 }, async () => {
          const response = await send(nginx.url, {})
          return {
            status: response.status,
            retryAfter: response.headers.get('retry-after'),
            body: await response.text(),
          }
        }),
      )
      const seconds = (Date.now() - started) / 1000
      const refused = responses.filter((response) => response.status === 429)
      const passed = responses.length - refused.length
      expect(passed).toBeGreaterThanOrEqual(zone.burst)
      expect(passed).toBeLessThanOrEqual(zone.burst + Math.ceil(seconds * zone.perSecond))
      for (const response of refused) {
        expect(response.retryAfter).toBe(String(zone.retryAfter))
        expect(response.body).toBe(`Too many requests in a short time. Try again in ${zone.retryAfter} seconds.\n`)
      }
    })
  }
})

describe('the ceiling for all clients together', () => {
  it('refuses logins from ever-new addresses once the site has had its share for the minute', async () => {
    const allClients = limit('login').allClients!
    let sent = 0
    let refused: Response | undefined
    // The tests above used part of the budget; the window may end once on the way.
    while (!refused && sent <= 2 * allClients.points + 1) {
      sent++
      const response = await login('nobody@example.com', 'wrong')
      if (response.status === 429) refused = response
    }
    expect(refused, `no 429 after ${sent} logins from different addresses`).toBeDefined()
    expect(Number(refused!.headers.get('retry-after'))).toBeLessThanOrEqual(allClients.seconds)
  })
})
