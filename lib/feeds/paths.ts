import type { Locale } from '@/lib/i18n/locales'

/** Where a locale's episode feed is served (app/(frontend)/[locale]/feed.xml). */
export const feedPath = (locale: Locale) => `/${locale}/feed.xml`

/** Where a locale's podcast feed is served (app/(frontend)/[locale]/podcast.xml). */
export const podcastFeedPath = (locale: Locale) => `/${locale}/podcast.xml`

/** An episode's transcript as plain text, for podcast apps (app/(frontend)/[locale]/episodes/[slug]/transcript.txt). */
export const transcriptPath = (locale: Locale, slug: string) => `/${locale}/episodes/${slug}/transcript.txt`

/** The podcast's square cover, in public/ (made by scripts/make-podcast-cover.ts). */
export const podcastCoverPath = '/podcast-cover.png'
