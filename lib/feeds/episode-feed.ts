/**
 * The Atom feed of a locale's published episodes, built with `feed` from the cached,
 * published-only queries: a draft never reaches a feed reader.
 */
import { Feed } from 'feed'

import { listAllEpisodes } from '@/lib/content/episodes'
import { env } from '@/lib/env'
import type { Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'

import { feedPath } from './paths'

export async function episodeFeed(locale: Locale): Promise<string> {
  const messages = getMessages(locale)
  const episodes = await listAllEpisodes(locale)
  const home = `${env.SITE_URL}/${locale}`
  const feed = new Feed({
    id: home,
    link: home,
    title: messages.site.name,
    description: messages.disclaimer.builtIn,
    language: locale,
    updated: new Date(episodes[0]?.updatedAt ?? Date.now()),
    feedLinks: { atom: `${env.SITE_URL}${feedPath(locale)}` },
    author: { name: messages.site.name, link: home },
    copyright: messages.site.name,
    generator: false,
  })
  for (const episode of episodes) {
    const link = `${home}/episodes/${episode.slug}`
    feed.addItem({
      id: link,
      link,
      title: episode.title,
      description: episode.lead,
      date: new Date(episode.updatedAt),
      published: episode.publishedAt ? new Date(episode.publishedAt) : undefined,
    })
  }
  return feed.atom1()
}
