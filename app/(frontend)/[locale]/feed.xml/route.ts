import { episodeFeed } from '@/lib/feeds/episode-feed'
import { isLocale } from '@/lib/i18n/locales'

// Assembled on request from the cached queries, like the sitemap.
export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  return new Response(await episodeFeed(locale), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  })
}
