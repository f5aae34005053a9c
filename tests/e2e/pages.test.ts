/**
 * The organisation's pages on the production build, as the server sends them (no JavaScript
 * needed): a published page in both languages with the disclaimer, its blocks, structured data
 * and hreflang; in the sitemap; a page published in Japanese only has no English URL; a draft
 * page and an unknown slug get the server-drawn 404 (proxy.ts, docs/reliability-404.md); the
 * routes beside [slug] still answer.
 */
import { describe, expect, inject, it } from 'vitest'

import { locales, type Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { feedPath, glossaryPath, pagePathIn, podcastFeedPath, searchPath } from '@/lib/i18n/paths'

import { axeViolations } from './axe'
import { launchChromium } from './browser'
import { fetchSitemap } from './sitemap'
import { bilingualPage, draftPage, japaneseOnlyEpisodeHeroImage, japaneseOnlyPage } from './unpublished-content'

const baseUrl = inject('baseUrl')

async function get(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual' })
  return { status: response.status, html: await response.text() }
}

type Node = Record<string, unknown> & { '@type': string }

function jsonLd(html: string): Node[] {
  return [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1]!) as Node,
  )
}

/** React writes text with these entities; the page's own titles contain none of the others. */
const unescape = (text: string) => text.replaceAll('&#x27;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&')

function expectServerDrawn404(status: number, html: string, locale: Locale) {
  expect(status).toBe(404)
  expect(html).toMatch(new RegExp(`<html[^>]* lang="${locale}"`))
  expect(html).not.toContain('__next_error__')
  expect(html).toContain(`<aside aria-label="${getMessages(locale).disclaimer.label}"`)
  expect(unescape(html)).toContain(`<h1>${getMessages(locale).notFound.title}</h1>`)
}

describe('a page published in both languages', () => {
  it.each(locales)('renders in %s with its blocks, the disclaimer and its structured data', async (locale) => {
    const { status, html } = await get(pagePathIn(locale, bilingualPage.slug))
    expect(status).toBe(200)
    const text = unescape(html)
    expect(html).toMatch(new RegExp(`<html[^>]* lang="${locale}"`))
    expect(text).toContain(`<h1>${bilingualPage.title[locale]}</h1>`)
    expect(html).toContain(`<aside aria-label="${getMessages(locale).disclaimer.label}"`)
    // The FAQ as a disclosure, readable without JavaScript.
    expect(text).toContain(`<summary>${bilingualPage.faq[locale].question}</summary>`)
    // The episode list links published episodes of the series, in this locale.
    expect(html).toMatch(new RegExp(`href="/${locale}/episodes/[a-z0-9-]+"`))
    expect(html).toMatch(new RegExp(`href="/${locale}/glossary/[a-z0-9-]+"`))
    const nodes = jsonLd(html)
    const about = nodes.find((node) => node['@type'] === 'AboutPage')
    expect(about).toMatchObject({ name: bilingualPage.title[locale], inLanguage: locale })
    expect(String(about!.url)).toMatch(new RegExp(`/${locale}/${bilingualPage.slug}$`))
    expect(nodes.find((node) => node['@type'] === 'FAQPage')).toMatchObject({
      mainEntity: [{ name: bilingualPage.faq[locale].question }],
    })
    expect(nodes.some((node) => node['@type'] === 'BreadcrumbList')).toBe(true)
    for (const other of locales) {
      expect(html).toContain(`hrefLang="${other}" href="${baseUrl}/${other}/${bilingualPage.slug}"`)
    }
    // The share image the editor chose, in place of the site card.
    const ogImage = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]
    expect(ogImage).toContain(japaneseOnlyEpisodeHeroImage.filename.replace(/\.jpg$/, ''))
  })

  it('a page published in Japanese only names no English version; its English URL says so, not for search engines', async () => {
    const japanese = await get(pagePathIn('ja', japaneseOnlyPage.slug))
    expect(japanese.status).toBe(200)
    expect(japanese.html).not.toContain(`rel="alternate" hrefLang="en"`)
    // The language switcher links the English URL: it answers, and points back to Japanese.
    const english = await get(pagePathIn('en', japaneseOnlyPage.slug))
    expect(english.status).toBe(200)
    expect(unescape(english.html)).toContain(`<h1>${getMessages('en').page.notTranslatedTitle}</h1>`)
    expect(english.html).toContain(`href="/ja/${japaneseOnlyPage.slug}"`)
    expect(english.html).toContain('<meta name="robots" content="noindex"/>')
  })
})

describe('in Chromium', () => {
  it.each(locales)('the %s page passes axe, and its questions open to their answers', async (locale) => {
    const browser = await launchChromium()
    try {
      const page = await (await browser.newContext()).newPage()
      expect((await page.goto(`${baseUrl}${pagePathIn(locale, bilingualPage.slug)}`))?.status()).toBe(200)
      expect(await axeViolations(page)).toEqual([])
      const answer = page.getByText(bilingualPage.faq[locale].answer, { exact: true }).last()
      expect(await answer.isVisible()).toBe(false)
      await page.getByText(bilingualPage.faq[locale].question).click()
      expect(await answer.isVisible()).toBe(true)
    } finally {
      await browser.close()
    }
  })
})

describe('the sitemap', () => {
  it('lists published pages in their published locales with hreflang, and no draft page', async () => {
    const xml = (await fetchSitemap(baseUrl)).parts.join('\n')
    for (const locale of locales) {
      expect(xml).toContain(`<loc>${baseUrl}${pagePathIn(locale, bilingualPage.slug)}</loc>`)
      expect(xml).not.toContain(draftPage.slug)
    }
    expect(xml).toContain(`<loc>${baseUrl}${pagePathIn('ja', japaneseOnlyPage.slug)}</loc>`)
    expect(xml).not.toContain(`<loc>${baseUrl}${pagePathIn('en', japaneseOnlyPage.slug)}</loc>`)
    const entry = xml.split('<url>').find((part) => part.includes(`<loc>${baseUrl}/ja/${bilingualPage.slug}</loc>`))!
    expect(entry).toContain(`hreflang="en" href="${baseUrl}/en/${bilingualPage.slug}"`)
  })
})

describe('paths that are no published page', () => {
  const cases = locales.flatMap((locale) => [
    [locale, 'a draft page', pagePathIn(locale, draftPage.slug)] as const,
    [locale, 'an unknown slug', pagePathIn(locale, 'no-such-page-here')] as const,
    [locale, 'a route prefix without its slug', `/${locale}/episodes`] as const,
  ])
  it.each(cases)('%s, %s (%s): the server-drawn 404, never the draft', async (locale, _what, path) => {
    const { status, html } = await get(path)
    expectServerDrawn404(status, html, locale)
    expect(html).not.toContain(draftPage.title)
  })

  it('a path without a locale that names no page is the 404 of the negotiated locale', async () => {
    const response = await fetch(`${baseUrl}/${draftPage.slug}`, { headers: { 'accept-language': 'en' } })
    expectServerDrawn404(response.status, await response.text(), 'en')
  })

  it('a path without a locale that names a published page shows it', async () => {
    const response = await fetch(`${baseUrl}/${bilingualPage.slug}`, { headers: { 'accept-language': 'ja' } })
    expect(response.status).toBe(200)
    expect(unescape(await response.text())).toContain(`<h1>${bilingualPage.title.ja}</h1>`)
  })
})

describe('the routes beside the pages', () => {
  it.each(
    locales.flatMap((locale) => [glossaryPath(locale), searchPath(locale), feedPath(locale), podcastFeedPath(locale)]),
  )('%s still answers 200', async (path) => {
    expect((await get(path)).status).toBe(200)
  })
})
