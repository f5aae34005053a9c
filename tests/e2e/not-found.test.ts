/**
 * The 404 page as the server sends it, for a reader without JavaScript: status 404,
 * `<html lang>` of the locale, the site disclaimer and the not-found message in the HTML itself,
 * for paths that match no route (app/global-not-found.tsx). Pages that call notFound() (an
 * unknown slug, a draft) answer 404 with Next's bare error shell, filled in only in the browser
 * (vercel/next.js#62228, docs/reliability-404.md): their cases check what holds, and a tripwire
 * fails once Next draws them on the server, so that they join the full check.
 * The cases are generated: every locale × every route kind × both ways of not being found.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { locales, type Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { episodePath } from '@/lib/i18n/paths'

import { launchChromium } from './browser'
import { draftEpisode, draftPage } from './unpublished-content'

const baseUrl = inject('baseUrl')

/** The reader's route kinds, by the path of their first segment: '' is the locale's home. */
const routeKinds = ['', 'episodes', 'series', 'categories', 'glossary', 'search'] as const
/** Route kinds with a [slug] page, which calls notFound() for a slug it does not know. */
const slugRouteKinds = ['episodes', 'series', 'categories', 'glossary'] as const

interface NotFoundCase {
  how: 'unmatched' | 'notFound()'
  what: string
  path: string
  locale: Locale
  /** Accept-Language, for a path without a locale (proxy.ts serves it in the negotiated one). */
  acceptLanguage?: string
}

/** Paths no route matches: under each route kind, one segment too many, and very deep. */
function unmatchedPaths(prefix: string): [what: string, path: string][] {
  return routeKinds.flatMap((kind): [string, string][] => {
    const base = kind ? `${prefix}/${kind}` : prefix
    return [
      [`unknown path under /${kind}`, `${base}/no-such-thing/a/b/c`],
      [`deep path under /${kind}`, `${base}/${Array.from({ length: 20 }, (_, index) => `level-${index}`).join('/')}`],
    ]
  })
}

function notFoundCases(): NotFoundCase[] {
  const cases: NotFoundCase[] = []
  for (const locale of locales) {
    for (const [what, path] of unmatchedPaths(`/${locale}`)) cases.push({ how: 'unmatched', what, path, locale })
    cases.push({ how: 'unmatched', what: 'one unknown segment', path: `/${locale}/no-such-thing`, locale })
    // One segment is a page's path: proxy.ts sends what is no published page to no route at all.
    cases.push({ how: 'unmatched', what: 'never-published page', path: `/${locale}/${draftPage.slug}`, locale })
    // proxy.ts routes a path without a locale into the negotiated one.
    const acceptLanguage = locale === 'ja' ? 'ja-JP,ja;q=0.9' : 'en-US,en;q=0.9'
    cases.push({ how: 'unmatched', what: 'no locale, unknown path', path: '/no-such-thing', locale, acceptLanguage })
    cases.push({
      how: 'unmatched',
      what: 'no locale, deep path',
      path: '/no/such/thing/at/all',
      locale,
      acceptLanguage,
    })
    for (const kind of slugRouteKinds) {
      cases.push({
        how: 'notFound()',
        what: `unknown ${kind} slug`,
        path: `/${locale}/${kind}/no-such-${kind}`,
        locale,
      })
    }
    cases.push({
      how: 'notFound()',
      what: 'never-published draft',
      path: episodePath(locale, draftEpisode.slug),
      locale,
    })
  }
  return cases
}

/** The text of the disclaimer landmark in server HTML (tags dropped), as the locale's home page has it. */
function disclaimerText(html: string, locale: Locale): string | undefined {
  const label = getMessages(locale).disclaimer.label
  const aside = new RegExp(`<aside aria-label="${label}"[^>]*>([\\s\\S]*?)</aside>`).exec(html)
  return aside?.[1]!.replace(/<[^>]+>/g, '').trim()
}

/** HTML entities React writes into text, back to characters, for comparing with the messages. */
function unescapeHtml(text: string): string {
  return text
    .replaceAll('&#x27;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
}

const homeDisclaimer = new Map<Locale, string>()

beforeAll(async () => {
  for (const locale of locales) {
    const text = disclaimerText(await (await fetch(`${baseUrl}/${locale}`)).text(), locale)
    if (!text) throw new Error(`/${locale} has no disclaimer landmark in its server HTML`)
    homeDisclaimer.set(locale, text)
  }
})

async function serverHtml({ path, acceptLanguage }: NotFoundCase): Promise<{ status: number; html: string }> {
  const response = await fetch(`${baseUrl}${path}`, {
    headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
    redirect: 'manual',
  })
  return { status: response.status, html: await response.text() }
}

const casesOf = (how: NotFoundCase['how']) =>
  notFoundCases()
    .filter((notFound) => notFound.how === how)
    .map((notFound) => [`${notFound.locale}, ${notFound.what}: ${notFound.path}`, notFound] as const)

describe('the server HTML of a path that matches no route, without JavaScript', () => {
  it.each(casesOf('unmatched'))('%s', async (_name, notFound) => {
    const { status, html } = await serverHtml(notFound)
    expect(status).toBe(404)
    expect(html).toMatch(new RegExp(`<html[^>]* lang="${notFound.locale}"`))
    // Next's bare error shell is `<html id="__next_error__">` with an empty body.
    expect(html).not.toContain('__next_error__')
    expect(disclaimerText(html, notFound.locale)).toBe(homeDisclaimer.get(notFound.locale))
    expect(unescapeHtml(html)).toContain(`<h1>${getMessages(notFound.locale).notFound.title}</h1>`)
    expect(html).toContain('<meta name="robots" content="noindex"/>')
  })
})

describe('the server HTML of a page that calls notFound()', () => {
  it.each(casesOf('notFound()'))('%s answers 404, not for search engines', async (_name, notFound) => {
    const { status, html } = await serverHtml(notFound)
    expect(status).toBe(404)
    expect(html).toContain('<meta name="robots" content="noindex"/>')
    expect(html).not.toContain(draftEpisode.title)
  })

  // Tripwire: when this fails, Next draws these 404s on the server (vercel/next.js#62228): move
  // the notFound() cases into the full check above and update docs/reliability-404.md.
  it.each(casesOf('notFound()'))('%s is still the bare error shell (vercel/next.js#62228)', async (_name, notFound) => {
    const { html } = await serverHtml(notFound)
    expect(html).toContain('<html id="__next_error__">')
    expect(disclaimerText(html, notFound.locale)).toBeUndefined()
  })
})

describe('the 404 page in Chromium with JavaScript off', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(() => browser?.close())

  it.each([
    ['en', '/en/no/such/page'],
    ['ja', '/no-such-thing'],
  ] as const)('shows the message and the disclaimer in %s (%s)', async (locale, path) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.setExtraHTTPHeaders({ 'accept-language': locale })
    const response = await page.goto(`${baseUrl}${path}`)
    expect(response?.status()).toBe(404)
    const messages = getMessages(locale)
    expect(await page.locator('h1').textContent()).toBe(messages.notFound.title)
    const disclaimer = page.getByRole('complementary', { name: messages.disclaimer.label })
    expect(await disclaimer.isVisible()).toBe(true)
    expect((await disclaimer.textContent())?.trim()).not.toBe('')
    expect(await page.getAttribute('html', 'lang')).toBe(locale)
    await context.close()
  })
})
