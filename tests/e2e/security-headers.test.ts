/**
 * The security headers of the production build, read on every kind of response, and the
 * Content-Security-Policy at work in Chromium: not one violation on any reader page type or in
 * the admin's sign-in, edit view, Preview and Live Preview, and the pages' scripts still run.
 */
import { randomBytes } from 'node:crypto'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { locales } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { episodePath, feedPath, podcastFeedPath, transcriptPath } from '@/lib/i18n/paths'
import { storedFileHeaders } from '@/lib/media/file-types'
import { resourcePolicy } from '@/lib/security/content-security-policy'
import { episodes } from '@/tooling/seed/content'

import { policyDirectives, scriptNonce } from '../helpers/content-security-policy'
import { TEST_SECRET } from '../setup/test-secret'
import { runScript } from '../../tooling/server/production-server'
import { launchChromium } from './browser'
import { readerPageTypes } from '../../tooling/seed/reader-page-types'
import { draftEpisode } from './unpublished-content'

const baseUrl = inject('baseUrl')
const databaseUrl = inject('databaseUrl')
const siteOrigin = new URL(baseUrl).origin

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(() => browser?.close())

/** What every response carries, whatever it is. SITE_URL is http here, so there is no HSTS. */
function expectEveryResponseHeaders(headers: Headers): void {
  expect(headers.get('x-content-type-options')).toBe('nosniff')
  expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  expect(headers.get('permissions-policy')).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/)
  expect(headers.get('x-powered-by')).toBeNull()
  expect(headers.get('strict-transport-security')).toBeNull()
}

/** The nonces of the HTML's script elements; JSON-LD is data, not a script, and left out. */
function scriptElementNonces(html: string): (string | undefined)[] {
  return [...html.matchAll(/<script\b([^>]*)>/g)]
    .map(([, attributes]) => attributes!)
    .filter((attributes) => !/\btype="application\/ld\+json"/.test(attributes))
    .map((attributes) => /\bnonce="([^"]*)"/.exec(attributes)?.[1])
}

describe('the headers of reader pages', () => {
  describe.each(locales)('%s', (locale) => {
    it.each(readerPageTypes(locale))(
      '%s (%s): scripts run by this response’s nonce only, never inline',
      async (_name, path, status) => {
        const response = await fetch(`${baseUrl}${path}`)
        expect(response.status).toBe(status)
        expectEveryResponseHeaders(response.headers)
        const policy = response.headers.get('content-security-policy')
        const scripts = policyDirectives(policy).get('script-src')
        expect(scripts).not.toContain("'unsafe-inline'")
        expect(scripts).not.toContain("'unsafe-eval'")
        expect(policyDirectives(policy).get('frame-ancestors')).toEqual(["'self'", siteOrigin])
        const nonce = scriptNonce(policy)
        expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
        const nonces = scriptElementNonces(await response.text())
        expect(nonces.length).toBeGreaterThan(0)
        expect(new Set(nonces)).toEqual(new Set([nonce]))
        // The next reader gets a nonce of their own: the page is not a copy made for someone else.
        const again = await fetch(`${baseUrl}${path}`)
        await again.arrayBuffer()
        expect(scriptNonce(again.headers.get('content-security-policy'))).not.toBe(nonce)
      },
    )
  })

  it('keep the Cache-Control that lets nginx or a CDN hold a page for a second', async () => {
    const response = await fetch(`${baseUrl}${episodePath('ja', episodes[0]!.slug)}`)
    expect(response.headers.get('cache-control')).toBe('public, s-maxage=1, stale-while-revalidate=59')
  })
})

describe('the headers of feeds, the sitemap and robots.txt', () => {
  it.each([
    feedPath('ja'),
    podcastFeedPath('en'),
    transcriptPath('ja', episodes[0]!.slug),
    '/sitemap.xml',
    '/sitemap-1.xml',
    '/robots.txt',
  ])('%s', async (path) => {
    const response = await fetch(`${baseUrl}${path}`)
    await response.arrayBuffer()
    expect(response.status).toBe(200)
    expectEveryResponseHeaders(response.headers)
    expect(response.headers.get('content-security-policy')).toBeTruthy()
    if (['/sitemap.xml', '/sitemap-1.xml', '/robots.txt'].includes(path)) {
      expect(response.headers.get('content-security-policy')).toBe(resourcePolicy)
    }
  })
})

describe('the headers of the API', () => {
  it.each([
    ['GET', '/api/episodes', undefined],
    ['POST', '/api/graphql', JSON.stringify({ query: '{ __typename }' })],
    ['GET', '/api/health', undefined],
  ])('%s %s: a policy that lets nothing load, run or frame it', async (method, path, body) => {
    const response = await fetch(`${baseUrl}${path}`, { method, body, headers: { 'Content-Type': 'application/json' } })
    await response.arrayBuffer()
    expect(response.status).toBe(200)
    expectEveryResponseHeaders(response.headers)
    expect(response.headers.get('content-security-policy')).toBe(resourcePolicy)
  })

  it('leave uploaded files their own sandboxing policy, not combined with the API’s', async () => {
    const media = (await (await fetch(`${baseUrl}/api/media?limit=1&depth=0`)).json()) as { docs: { url: string }[] }
    const response = await fetch(new URL(media.docs[0]!.url, baseUrl))
    await response.arrayBuffer()
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe(storedFileHeaders['Content-Security-Policy'])
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

describe('the headers of the admin', () => {
  it('a policy of its own: scripts by nonce only, inline styles for Payload’s UI, framed by nobody', async () => {
    const response = await fetch(`${baseUrl}/admin/login`)
    await response.arrayBuffer()
    expectEveryResponseHeaders(response.headers)
    const policy = policyDirectives(response.headers.get('content-security-policy'))
    expect(policy.get('script-src')).toContain(
      `'nonce-${scriptNonce(response.headers.get('content-security-policy'))}'`,
    )
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'")
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'")
    expect(policy.get('frame-src')).toContain("'self'")
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
  })
})

/**
 * Every CSP violation in a browser context, from every page and frame in it: the event the
 * document fires, and Chromium's console message (which also reports what happens before any
 * script of ours could listen).
 */
async function watchForViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = []
  await context.exposeBinding('reportPolicyViolation', ({ frame }, text: string) => {
    violations.push(`${frame.url()}: ${text}`)
  })
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportPolicyViolation: (text: string) => void }).reportPolicyViolation
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      )
    })
  })
  context.on('page', (page) =>
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`)
    }),
  )
  return violations
}

/**
 * React has hydrated the page: the language switcher in the layout, a client component, carries
 * React's fiber. A page whose scripts were blocked keeps its server HTML without one.
 */
function hydrated(page: Page): Promise<boolean> {
  return page
    .locator('.site-nav a[hreflang]')
    .evaluate((link) => Object.keys(link).some((key) => key.startsWith('__reactFiber')))
    .catch(() => false)
}

describe('in Chromium, the reader site', () => {
  describe.each(locales)('%s', (locale) => {
    it.each(readerPageTypes(locale))('%s (%s) hydrates with no policy violation', async (_name, path) => {
      const context = await browser.newContext()
      const violations = await watchForViolations(context)
      const page = await context.newPage()
      await page.goto(`${baseUrl}${path}`)
      await expect.poll(() => hydrated(page), { timeout: 15_000 }).toBe(true)
      await page.waitForLoadState('networkidle')
      expect(violations).toEqual([])
      await context.close()
    })
  })

  it('runs no script injected into a page’s HTML, and reports it', async () => {
    const context = await browser.newContext()
    const violations = await watchForViolations(context)
    const path = episodePath('ja', episodes[1]!.slug)
    // As if stored content had slipped markup past the rich-text renderer.
    await context.route(`${baseUrl}${path}`, async (route) => {
      const response = await route.fetch()
      const injected =
        '<script>window.injected = "script"</script><img src="/no-such.png" onerror="window.injected = \'handler\'">'
      await route.fulfill({ response, body: (await response.text()).replace('<main', `${injected}<main`) })
    })
    const page = await context.newPage()
    await page.goto(`${baseUrl}${path}`)
    await expect.poll(() => hydrated(page), { timeout: 15_000 }).toBe(true)
    await page.waitForLoadState('networkidle')
    expect(await page.evaluate(() => (window as unknown as { injected?: string }).injected)).toBeUndefined()
    const blocked = (directive: string) =>
      violations.some((violation) => violation.includes(`: ${directive} blocked inline`))
    expect(blocked('script-src-elem')).toBe(true)
    expect(blocked('script-src-attr')).toBe(true)
    await context.close()
  })

  it('opens a glossary tooltip on focus, and Escape (client code) closes it', async () => {
    const context = await browser.newContext()
    const violations = await watchForViolations(context)
    const page = await context.newPage()
    await page.goto(`${baseUrl}${episodePath('ja', episodes[1]!.slug)}`)
    await expect.poll(() => hydrated(page), { timeout: 15_000 }).toBe(true)
    const term = page.locator('.episode-body .glossary-term').first()
    await term.locator('a').focus()
    await expect.poll(() => term.getByRole('tooltip').isVisible()).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(() => term.getByRole('tooltip').isVisible()).toBe(false)
    expect(violations).toEqual([])
    await context.close()
  })

  it('switches language on the same page', async () => {
    const context = await browser.newContext()
    const violations = await watchForViolations(context)
    const page = await context.newPage()
    const episode = episodes[1]!
    await page.goto(`${baseUrl}${episodePath('ja', episode.slug)}`)
    await expect.poll(() => hydrated(page), { timeout: 15_000 }).toBe(true)
    await page.getByRole('link', { name: getMessages('ja').language.switchTo }).click()
    await page.waitForURL(`${baseUrl}${episodePath('en', episode.slug)}`)
    expect(await page.locator('h1').textContent()).toBe(episode.title.en)
    await expect.poll(() => hydrated(page), { timeout: 15_000 }).toBe(true)
    expect(violations).toEqual([])
    await context.close()
  })
})

describe('in Chromium, the admin', () => {
  const email = `security-headers-${randomBytes(4).toString('hex')}@example.com`
  const password = randomBytes(18).toString('base64url')
  const editorAccount = (...args: string[]) =>
    runScript('tests/e2e/editor-account.ts', args, { databaseUrl, secret: TEST_SECRET })

  beforeAll(() => editorAccount('create', email, password))
  afterAll(() => editorAccount('delete', email))

  it('signs in, edits an episode, opens Preview and Live Preview, with no policy violation', async () => {
    const context = await browser.newContext()
    const violations = await watchForViolations(context)
    const page = await context.newPage()
    await page.goto(`${baseUrl}/admin/login`)
    await page.fill('input[name="email"]', email)
    await page.fill('input[name="password"]', password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')

    // The never-published draft: what this test types never reaches a public page. Looked up by
    // the admin page itself, as a signed-in same-origin request.
    const id = await page.evaluate(async (slug) => {
      const response = await fetch(`/api/episodes?where[slug][equals]=${slug}&draft=true&locale=ja&depth=0`)
      return ((await response.json()) as { docs: { id: number }[] }).docs[0]!.id
    }, draftEpisode.slug)
    await page.goto(`${baseUrl}/admin/collections/episodes/${id}?locale=ja`)
    await page.waitForSelector('#field-title', { timeout: 30_000 })

    // Preview: the draft in a new tab, in draft mode.
    const [preview] = await Promise.all([context.waitForEvent('page'), page.click('#preview-button')])
    await preview.waitForURL(`${baseUrl}${episodePath('ja', draftEpisode.slug)}`, { timeout: 30_000 })
    expect(await preview.locator('h1').textContent()).toBe(draftEpisode.title)
    await expect.poll(() => hydrated(preview), { timeout: 15_000 }).toBe(true)
    await preview.close()

    // Live Preview: the reader page in a frame of the admin, following the form as it autosaves.
    await page.click('.live-preview-toggler')
    const pane = page.frameLocator('#live-preview-iframe')
    await expect.poll(() => pane.locator('h1').textContent(), { timeout: 30_000 }).toBe(draftEpisode.title)
    const typed = `${draftEpisode.title}（ライブプレビュー）`
    await page.fill('#field-title', typed)
    await expect.poll(() => pane.locator('h1').textContent(), { timeout: 30_000 }).toBe(typed)
    await page.fill('#field-title', draftEpisode.title)
    await expect.poll(() => pane.locator('h1').textContent(), { timeout: 30_000 }).toBe(draftEpisode.title)

    expect(violations).toEqual([])
    await context.close()
  })
})
