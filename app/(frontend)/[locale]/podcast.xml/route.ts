import { localeRoute } from '@/lib/feeds/cached-route'
import { podcastFeed } from '@/lib/feeds/podcast-feed'

// Made on first request and cached until an episode, category or series is published (cached-route.ts).
export const dynamic = 'force-static'

export { buildOnFirstRequest as generateStaticParams } from '@/lib/cache/build-on-first-request'

export const GET = localeRoute('application/rss+xml', podcastFeed)
