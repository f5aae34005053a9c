/**
 * The sitemap from typed entries (Next's `MetadataRoute.Sitemap`): /sitemap.xml is a sitemap
 * index of parts (/sitemap-<n>.xml, n from 1), each a `<urlset>` of at most
 * `pageSizes.sitemapUrls` (the protocol's 50,000), so the sitemap keeps to the protocol however
 * large the catalogue grows. A `<url>` has `<loc>`, `<lastmod>` and an
 * `<xhtml:link rel="alternate" hreflang>` per locale the page exists in, as search engines read
 * hreflang in sitemaps.
 */
import type { MetadataRoute } from 'next'

import { xmlDocument } from '@/lib/feeds/xml'
import { pageSizes } from '@/lib/paging/page-sizes'

type Entry = MetadataRoute.Sitemap[number]

const lastModified = (value: string | Date | undefined) =>
  value === undefined ? undefined : new Date(value).toISOString()

export function sitemapXml(entries: MetadataRoute.Sitemap): string {
  return xmlDocument({
    urlset: {
      '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
      '@_xmlns:xhtml': 'http://www.w3.org/1999/xhtml',
      url: entries.map((entry) => ({
        loc: entry.url,
        lastmod: lastModified(entry.lastModified),
        'xhtml:link': Object.entries(entry.alternates?.languages ?? {}).map(([hreflang, href]) => ({
          '@_rel': 'alternate',
          '@_hreflang': hreflang,
          '@_href': href,
        })),
      })),
    },
  })
}

/** The entries split into sitemap parts of at most `size`, in order; always at least one part. */
export function sitemapParts<T>(entries: readonly T[], size: number = pageSizes.sitemapUrls): T[][] {
  if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`A sitemap part holds at least one URL: ${size}`)
  const parts: T[][] = []
  for (let start = 0; start < entries.length; start += size) parts.push(entries.slice(start, start + size))
  return parts.length > 0 ? parts : [[]]
}

/** The path of sitemap part `number` (from 1). */
export const sitemapPartPath = (number: number) => `/sitemap-${number}.xml`

/** The newest lastModified of a part's entries, for the index's `<lastmod>`. */
function newest(entries: Entry[]): string | undefined {
  const times = entries.flatMap((entry) =>
    entry.lastModified === undefined ? [] : [new Date(entry.lastModified).getTime()],
  )
  return times.length > 0 ? new Date(Math.max(...times)).toISOString() : undefined
}

/** /sitemap.xml: a `<sitemapindex>` naming each part, on `siteUrl`. */
export function sitemapIndexXml(parts: Entry[][], siteUrl: string): string {
  return xmlDocument({
    sitemapindex: {
      '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
      sitemap: parts.map((part, index) => ({ loc: `${siteUrl}${sitemapPartPath(index + 1)}`, lastmod: newest(part) })),
    },
  })
}
