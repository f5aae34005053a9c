/**
 * Structured data on the production build, read from the pages Chromium renders: every JSON-LD
 * script parses, has its context, type and required properties, points to absolute URLs, its
 * BreadcrumbList says what the visible breadcrumb says, and drafts never appear in it.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { getMessages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/locales'
import { categoryPath, episodePath, glossaryPath, glossaryTermPath, homePath, seriesPath } from '@/lib/i18n/paths'
import { pageSizes } from '@/lib/paging/page-sizes'
import { author, episodes, glossaryTerms, series, therapyCategories } from '@/tooling/seed/content'

import { launchChromium } from './browser'
import { pagingTerms } from './paging-content'
import {
  draftEpisode,
  japaneseOnlyEpisode,
  japaneseOnlyEpisodeHeroImage,
  japaneseOnlyEpisodePodcast,
} from './unpublished-content'

// JSON-LD is untyped once parsed; the assertions below are what give it a shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions reach deep into parsed JSON
type Node = Record<string, any>

let browser: Browser
const baseUrl = inject('baseUrl')

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(() => browser?.close())

async function open(path: string): Promise<Page> {
  const page = await browser.newPage()
  const response = await page.goto(`${baseUrl}${path}`)
  expect(response?.status()).toBe(200)
  return page
}

/** The page's JSON-LD scripts as written, and parsed (JSON.parse throws on a broken one). */
async function jsonLdOf(page: Page): Promise<{ texts: string[]; nodes: Node[] }> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents()
  return { texts, nodes: texts.map((text) => JSON.parse(text) as Node) }
}

/** Every URL-valued property, at any depth, is absolute. */
function expectAbsoluteUrls(value: unknown, key = ''): void {
  if (Array.isArray(value)) return value.forEach((entry) => expectAbsoluteUrls(entry, key))
  if (value && typeof value === 'object') {
    for (const [name, entry] of Object.entries(value)) expectAbsoluteUrls(entry, name)
    return
  }
  if (['url', 'item', '@id', 'contentUrl', 'inDefinedTermSet'].includes(key)) {
    expect(value, key).toMatch(/^https?:\/\/[^/]+/)
  }
}

function expectWellFormed(nodes: Node[]): void {
  expect(nodes.length).toBeGreaterThan(0)
  for (const node of nodes) {
    expect(node['@context']).toBe('https://schema.org')
    expect(typeof node['@type']).toBe('string')
    expectAbsoluteUrls(node)
  }
}

function single(nodes: Node[], type: string): Node {
  const found = nodes.filter((node) => node['@type'] === type)
  expect(found, `one ${type}`).toHaveLength(1)
  return found[0]!
}

/** The BreadcrumbList matches the visible breadcrumb: same names, same links, in order. */
async function expectBreadcrumbsMatch(page: Page, nodes: Node[]): Promise<void> {
  const list = single(nodes, 'BreadcrumbList')
  const crumbs = page.locator('nav.breadcrumb li')
  const names = await crumbs.allTextContents()
  expect(names.length).toBeGreaterThan(1)
  expect(list.itemListElement.map((item: Node) => item.name)).toEqual(names)
  expect(list.itemListElement.map((item: Node) => item.position)).toEqual(names.map((_, index) => index + 1))
  const links = await crumbs.evaluateAll((items) => items.map((item) => item.querySelector('a')?.href ?? null))
  expect(list.itemListElement.map((item: Node) => item.item ?? null)).toEqual(links)
}

const byUrl = (a: { url: string }, b: { url: string }) => a.url.localeCompare(b.url)

function expectNonMedicalPublisher(node: Node, locale: Locale): void {
  expect(node.publisher).toMatchObject({
    '@type': 'Organization',
    name: getMessages(locale).site.name,
    url: `${baseUrl}/${locale}`,
    description: getMessages(locale).site.publisherDescription,
  })
}

describe.each(['ja', 'en'] as const)('the %s episode page', (locale) => {
  const episode = episodes[1]!
  const path = episodePath(locale, episode.slug)

  it('is a MedicalWebPage about its therapies, part of its series, by its author and a non-medical publisher', async () => {
    const page = await open(path)
    const { nodes } = await jsonLdOf(page)
    expectWellFormed(nodes)
    const webPage = single(nodes, 'MedicalWebPage')
    expect(webPage).toMatchObject({
      url: `${baseUrl}${path}`,
      name: episode.title[locale],
      headline: episode.title[locale],
      description: episode.seoDescription[locale],
      inLanguage: locale,
      author: { '@type': 'Person', name: author.name[locale] },
      isPartOf: {
        '@type': 'CreativeWorkSeries',
        name: series.title[locale],
        url: `${baseUrl}${seriesPath(locale, series.slug)}`,
      },
    })
    expect(Date.parse(webPage.datePublished)).not.toBeNaN()
    expect(Date.parse(webPage.dateModified)).not.toBeNaN()
    expect(webPage.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expectNonMedicalPublisher(webPage, locale)
    const visibleCategories = await page.locator('.episode-categories a').allTextContents()
    expect(webPage.about.map((therapy: Node) => therapy['@type'])).toEqual(
      visibleCategories.map(() => 'MedicalTherapy'),
    )
    expect(webPage.about.map((therapy: Node) => therapy.name)).toEqual(visibleCategories)
    await expectBreadcrumbsMatch(page, nodes)
    await page.close()
  })

  it('has a PodcastEpisode exactly when the page plays audio, pointing to the same file', async () => {
    const page = await open(path)
    const webPage = single((await jsonLdOf(page)).nodes, 'MedicalWebPage')
    const audio = page.locator('.podcast audio')
    if ((await audio.count()) === 0) {
      expect(webPage.hasPart).toBeUndefined()
    } else {
      const source = await audio.evaluate((element) => (element as HTMLAudioElement).src)
      expect(webPage.hasPart).toMatchObject({
        '@type': 'PodcastEpisode',
        episodeNumber: episode.number,
        associatedMedia: { '@type': 'AudioObject', contentUrl: source },
      })
    }
    await page.close()
  })
})

describe('an episode with audio', () => {
  it('carries it as a PodcastEpisode with the file, its type, an ISO 8601 duration and the series', async () => {
    const page = await open(episodePath('ja', japaneseOnlyEpisode.slug))
    const { nodes } = await jsonLdOf(page)
    expectWellFormed(nodes)
    // Payload numbers a file name already taken in media/ by an earlier run: e2e-hero-image-2.jpg.
    const heroImageName = japaneseOnlyEpisodeHeroImage.filename.replace(/\.jpg$/, '')
    expect(single(nodes, 'MedicalWebPage').primaryImageOfPage).toEqual({
      '@type': 'ImageObject',
      contentUrl: expect.stringMatching(new RegExp(`^${baseUrl}/api/media/file/${heroImageName}(-\\d+)?\\.jpg$`)),
    })
    expect(single(nodes, 'MedicalWebPage').hasPart).toMatchObject({
      '@type': 'PodcastEpisode',
      name: japaneseOnlyEpisode.title,
      episodeNumber: japaneseOnlyEpisode.number,
      duration: 'PT6M12S',
      partOfSeries: { '@type': 'PodcastSeries', name: series.title.ja },
      associatedMedia: {
        '@type': 'AudioObject',
        contentUrl: japaneseOnlyEpisodePodcast.externalUrl,
        encodingFormat: 'audio/mpeg',
        duration: 'PT6M12S',
      },
    })
    await page.close()
  })

  it('is not described on the English site, where it is not published', async () => {
    const page = await open(episodePath('en', japaneseOnlyEpisode.slug))
    const { texts } = await jsonLdOf(page)
    expect(texts.join('')).not.toContain('MedicalWebPage')
    expect(texts.join('')).not.toContain(japaneseOnlyEpisode.title)
    await page.close()
  })
})

describe.each(['ja', 'en'] as const)('the %s glossary', (locale) => {
  it('index is a DefinedTermSet of the terms it lists', async () => {
    const page = await open(glossaryPath(locale))
    const { nodes } = await jsonLdOf(page)
    expectWellFormed(nodes)
    const set = single(nodes, 'DefinedTermSet')
    expect(set).toMatchObject({ name: getMessages(locale).glossary.title, url: `${baseUrl}${glossaryPath(locale)}` })
    expectNonMedicalPublisher(set, locale)
    // What the page shows, not the seed: glossary staff edit a definition in tests/e2e/admin.test.ts.
    const listed = await page.locator('.glossary-list > div').evaluateAll((entries) =>
      entries.map((entry) => {
        const link = entry.querySelector('dt a') as HTMLAnchorElement
        return { name: link.textContent, url: link.href, description: entry.querySelector('dd')?.textContent }
      }),
    )
    // The index's first page: the demo's terms and the paging seed's (tests/e2e/paging-content.ts).
    expect(listed.length).toBe(pageSizes.glossaryTerms)
    const terms = set.hasDefinedTerm as Node[]
    const described = terms.map((term) => ({ name: term.name, url: term.url, description: term.description }))
    expect(described.sort(byUrl)).toEqual(listed.sort(byUrl))
    for (const term of terms) {
      expect(term['@type']).toBe('DefinedTerm')
      expect(
        glossaryTerms.some((seed) => seed.slug === term.termCode) ||
          String(term.termCode).startsWith(`${pagingTerms.slugPrefix}-`),
        String(term.termCode),
      ).toBe(true)
      expect(term.inDefinedTermSet).toBe(`${baseUrl}${glossaryPath(locale)}`)
    }
    await expectBreadcrumbsMatch(page, nodes)
    await page.close()
  })

  it('term page is a DefinedTerm in the glossary', async () => {
    const term = glossaryTerms[1]!
    const page = await open(glossaryTermPath(locale, term.slug))
    const { nodes } = await jsonLdOf(page)
    expectWellFormed(nodes)
    expect(single(nodes, 'DefinedTerm')).toMatchObject({
      name: term.term[locale],
      description: term.shortDefinition[locale],
      url: `${baseUrl}${glossaryTermPath(locale, term.slug)}`,
      inDefinedTermSet: { '@type': 'DefinedTermSet', url: `${baseUrl}${glossaryPath(locale)}` },
    })
    await expectBreadcrumbsMatch(page, nodes)
    await page.close()
  })
})

describe.each(['ja', 'en'] as const)('the %s series and category pages', (locale) => {
  it('series is a CreativeWorkSeries of its published episodes only', async () => {
    const page = await open(seriesPath(locale, series.slug))
    const { texts, nodes } = await jsonLdOf(page)
    expectWellFormed(nodes)
    const node = single(nodes, 'CreativeWorkSeries')
    expect(node).toMatchObject({ name: series.title[locale], url: `${baseUrl}${seriesPath(locale, series.slug)}` })
    expectNonMedicalPublisher(node, locale)
    const urls = node.hasPart.map((part: Node) => part.url)
    for (const episode of episodes) expect(urls).toContain(`${baseUrl}${episodePath(locale, episode.slug)}`)
    expect(urls.includes(`${baseUrl}${episodePath(locale, japaneseOnlyEpisode.slug)}`)).toBe(locale === 'ja')
    expect(texts.join('')).not.toContain(draftEpisode.slug)
    expect(texts.join('')).not.toContain(draftEpisode.title)
    await expectBreadcrumbsMatch(page, nodes)
    await page.close()
  })

  it('category is a MedicalWebPage about its therapy', async () => {
    const category = therapyCategories[0]!
    const page = await open(categoryPath(locale, category.slug))
    const { nodes } = await jsonLdOf(page)
    expectWellFormed(nodes)
    const node = single(nodes, 'MedicalWebPage')
    expect(node.about).toMatchObject({
      '@type': 'MedicalTherapy',
      name: category.name[locale],
      url: `${baseUrl}${categoryPath(locale, category.slug)}`,
    })
    expectNonMedicalPublisher(node, locale)
    await expectBreadcrumbsMatch(page, nodes)
    await page.close()
  })

  it('home is the WebSite and its publisher, and names no draft', async () => {
    const page = await open(homePath(locale))
    const { texts, nodes } = await jsonLdOf(page)
    expectWellFormed(nodes)
    expectNonMedicalPublisher(single(nodes, 'WebSite'), locale)
    expect(texts.join('')).not.toContain(draftEpisode.slug)
    await page.close()
  })
})

describe('a draft', () => {
  it('has no structured data: its page is a 404 in both languages', async () => {
    for (const locale of ['ja', 'en'] as const) {
      const page = await browser.newPage()
      const response = await page.goto(`${baseUrl}${episodePath(locale, draftEpisode.slug)}`)
      expect(response?.status()).toBe(404)
      await expect.poll(() => page.locator('h1').textContent()).toBe(getMessages(locale).notFound.title)
      const { texts } = await jsonLdOf(page)
      expect(texts.join('')).not.toContain(draftEpisode.title)
      expect(texts.join('')).not.toContain(draftEpisode.slug)
      await page.close()
    }
  })
})
