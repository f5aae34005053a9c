/**
 * sitemap.xml from real Payload data on PostgreSQL, read back with a real XML parser: exactly the
 * published episode pages, each in the locales it is published in with hreflang alternates for
 * those only, RFC 3339 dates, and never a draft.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { sitemapEntries } from '@/lib/content/sitemap'
import { env } from '@/lib/env'
import { sitemapXml } from '@/lib/seo/sitemap-xml'
import type { Episode } from '@/payload-types'
import { episodePath, homePath } from '@/lib/i18n/paths'

import { createSeries, episodesInEveryState } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

interface UrlEntry {
  loc: string
  lastmod?: string
  'xhtml:link'?: { '@_hreflang': string; '@_href': string }[]
}

let payload: Payload
let bilingual: Episode
let japaneseOnly: Episode
let draft: Episode
let xml: string
let urls: UrlEntry[]

const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
const pathOf = (loc: string) => loc.slice(env.SITE_URL.length)

beforeAll(async () => {
  payload = await testPayload()
  ;({ bilingual, japaneseOnly, draft } = await episodesInEveryState(payload, await createSeries(payload)))
  xml = sitemapXml(await sitemapEntries())
  const parsed = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['url', 'xhtml:link'].includes(name),
  }).parse(xml)
  urls = parsed.urlset.url
})

describe('sitemap.xml', () => {
  it('is well-formed XML in the sitemap and xhtml namespaces', () => {
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"')
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"')
  })

  it('lists exactly the published episode pages, each in the locales it is published in', () => {
    const episodePaths = urls.map((url) => pathOf(url.loc)).filter((path) => path.includes('/episodes/'))
    expect(episodePaths.sort()).toEqual(
      [
        episodePath('en', bilingual.slug),
        episodePath('ja', bilingual.slug),
        episodePath('ja', japaneseOnly.slug),
      ].sort(),
    )
    expect(xml).not.toContain(draft.slug)
  })

  it('gives each page hreflang alternates for the locales it exists in, and no others', () => {
    const hreflangs = (path: string) =>
      (urls.find((url) => pathOf(url.loc) === path)?.['xhtml:link'] ?? []).map((link) => link['@_hreflang']).sort()
    expect(hreflangs(episodePath('ja', bilingual.slug))).toEqual(['en', 'ja'])
    expect(hreflangs(episodePath('en', bilingual.slug))).toEqual(['en', 'ja'])
    expect(hreflangs(episodePath('ja', japaneseOnly.slug))).toEqual(['ja'])
  })

  it('dates every page in RFC 3339 and lists the home page of both locales', () => {
    for (const url of urls.filter((entry) => entry.lastmod !== undefined)) expect(url.lastmod).toMatch(rfc3339)
    expect(urls.find((url) => pathOf(url.loc) === episodePath('ja', bilingual.slug))?.lastmod).toMatch(rfc3339)
    expect(urls.map((url) => pathOf(url.loc))).toEqual(expect.arrayContaining([homePath('ja'), homePath('en')]))
  })
})
