/**
 * The served sitemap: /sitemap.xml is an index of parts (/sitemap-<n>.xml); tests read the parts it
 * names, each checked to answer 200 as XML.
 */
import { expect } from 'vitest'

/** The `<loc>`s of an index or the `<url><loc>`s of a part, in document order. */
export const locsIn = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!)

/** The index's XML and each part's XML, in the index's order. */
export async function fetchSitemap(baseUrl: string): Promise<{ index: string; parts: string[] }> {
  const response = await fetch(`${baseUrl}/sitemap.xml`)
  expect(response.status).toBe(200)
  const index = await response.text()
  expect(index).toContain('<sitemapindex')
  const parts = await Promise.all(
    locsIn(index).map(async (loc) => {
      const part = await fetch(`${baseUrl}${new URL(loc).pathname}`)
      expect(part.status, loc).toBe(200)
      expect(part.headers.get('content-type'), loc).toContain('application/xml')
      return part.text()
    }),
  )
  return { index, parts }
}
