/**
 * The Atom feed of a locale's newest published episodes (pageSizes.atomFeedEntries), from the
 * cached, published-only queries: a draft never reaches a feed reader.
 */
import { listFeedEpisodes, type FeedEpisode } from '@/lib/content/feed-episodes'
import { latestUpdate } from '@/lib/dates'
import { env } from '@/lib/env'
import type { Locale } from '@/lib/i18n/locales'
import { categoryPath, episodePath, feedPath, homePath } from '@/lib/i18n/paths'
import { getMessages } from '@/lib/i18n/messages'
import { pageSizes } from '@/lib/paging/page-sizes'

import { atomFeed, type AtomEntry } from './atom'

function entry(locale: Locale, organisation: string, episode: FeedEpisode): AtomEntry {
  const link = `${env.SITE_URL}${episodePath(locale, episode.slug)}`
  return {
    id: link,
    link,
    title: episode.title,
    summary: episode.lead,
    updated: new Date(episode.updatedAt),
    published: new Date(episode.publishedAt),
    // An episode without an author is the organisation's.
    author: episode.authorName ?? organisation,
    categories: episode.categories.map(({ slug, name }) => ({
      // The category pages' common prefix: the term (its slug) completes the URL.
      scheme: `${env.SITE_URL}${categoryPath(locale, '')}`,
      term: slug,
      label: name,
    })),
  }
}

export async function episodeFeed(locale: Locale): Promise<string> {
  const messages = getMessages(locale)
  // The newest entries only: feed readers keep what they have seen, and the feed stays small.
  const episodes = await listFeedEpisodes(locale, pageSizes.atomFeedEntries)
  const home = `${env.SITE_URL}${homePath(locale)}`
  return atomFeed(
    {
      id: home,
      title: messages.site.name,
      subtitle: messages.disclaimer.builtIn,
      language: locale,
      link: home,
      selfUrl: `${env.SITE_URL}${feedPath(locale)}`,
      updated: new Date(latestUpdate(episodes) ?? Date.now()),
      author: { name: messages.site.name, uri: home },
      rights: messages.site.name,
    },
    episodes.map((episode) => entry(locale, messages.site.name, episode)),
  )
}
