import { sitemapEntries } from '@/lib/content/sitemap'
import { sitemapXml } from '@/lib/seo/sitemap-xml'

/**
 * /sitemap.xml. Made on its first request and kept in Next's cache, tagged by the cached queries
 * it reads, so publishing replaces it and no request in between rebuilds it. Not Next's
 * `sitemap.ts` metadata route: without a route parameter that one is either built by `next build`
 * (there is no database then) or rebuilt on every request. The optional segment is only that
 * parameter; nothing but /sitemap.xml itself is served here.
 */
export const dynamic = 'force-static'

export { buildOnFirstRequest as generateStaticParams } from '@/lib/cache/build-on-first-request'

export async function GET(_request: Request, { params }: { params: Promise<{ part?: string[] }> }) {
  if ((await params).part) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })
  return new Response(sitemapXml(await sitemapEntries()), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
}
