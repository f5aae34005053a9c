import { sitemapEntries } from '@/lib/content/sitemap'
import { env } from '@/lib/env'
import { parsePageNumber } from '@/lib/paging/page-number'
import { sitemapIndexXml, sitemapParts, sitemapXml } from '@/lib/seo/sitemap-xml'

/**
 * /sitemap.xml, a sitemap index, and its parts /sitemap-<n>.xml (n from 1; next.config.ts rewrites
 * them to /sitemap.xml/<n>, this route's optional segment). Each is made on its first request and
 * kept in Next's cache, tagged by the cached queries it reads, so publishing replaces it and no
 * request in between rebuilds it. Not Next's `sitemap.ts` metadata route: without a route
 * parameter that one is either built by `next build` (there is no database then) or rebuilt on
 * every request. A part that does not exist (0, past the last, not a number) is a 404.
 */
export const dynamic = 'force-static'

export { buildOnFirstRequest as generateStaticParams } from '@/lib/cache/build-on-first-request'

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })
const xml = (body: string) => new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })

export async function GET(_request: Request, { params }: { params: Promise<{ part?: string[] }> }) {
  const { part } = await params
  const parts = sitemapParts(await sitemapEntries())
  if (!part) return xml(sitemapIndexXml(parts, env.SITE_URL))
  const number = part.length === 1 ? parsePageNumber(part[0]!) : undefined
  const entries = number === undefined ? undefined : parts[number - 1]
  return entries ? xml(sitemapXml(entries)) : notFound()
}
