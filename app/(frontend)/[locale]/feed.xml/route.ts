import { localeRoute } from '@/lib/feeds/cached-route'
import { episodeFeed } from '@/lib/feeds/episode-feed'

// Made on first request and cached until an episode, category or series is published (cached-route.ts).
export const dynamic = 'force-static'

export { buildOnFirstRequest as generateStaticParams } from '@/lib/cache/build-on-first-request'

export const GET = localeRoute('application/atom+xml', episodeFeed)
