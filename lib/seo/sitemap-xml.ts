/**
 * sitemap.xml from typed entries (Next's `MetadataRoute.Sitemap`): `<url>` with `<loc>`,
 * `<lastmod>` and an `<xhtml:link rel="alternate" hreflang>` per locale the page exists in, as
 * search engines read hreflang in sitemaps.
 */
import type { MetadataRoute } from 'next'

import { xmlDocument } from '@/lib/feeds/xml'

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
