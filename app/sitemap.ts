import type { MetadataRoute } from 'next'

import { sitemapEntries } from '@/lib/content/sitemap'

// Assembled on request from the cached queries (there is no database at build time to
// prerender it); the queries are revalidated by tag when content is published.
export const dynamic = 'force-dynamic'

export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries()
}
