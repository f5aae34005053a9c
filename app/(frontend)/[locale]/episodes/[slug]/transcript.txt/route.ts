import { localeRoute } from '@/lib/feeds/cached-route'
import { transcriptText } from '@/lib/feeds/transcript-text'

// Made on first request and cached until the episode is published again (lib/feeds/cached-route.ts).
export const dynamic = 'force-static'

export { buildOnFirstRequest as generateStaticParams } from '@/lib/cache/build-on-first-request'

export const GET = localeRoute('text/plain', (locale, { slug }) => transcriptText(locale, slug ?? ''))
