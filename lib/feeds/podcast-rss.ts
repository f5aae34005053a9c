/**
 * Writes a podcast as RSS 2.0 with Apple's `itunes:` tags and the Podcasting 2.0 `podcast:`
 * namespace (https://podcasters.apple.com/support/823-podcast-requirements,
 * https://podcastindex.org/namespace/1.0), with our XML writer (xml.ts).
 */
import type { FeedAudio } from '@/lib/content/feed-episodes'

import { xmlDocument } from './xml'

export type PodcastChannel = {
  title: string
  description: string
  /** BCP 47, e.g. `ja`. */
  language: string
  /** The column's home page in this language. */
  link: string
  /** This feed's own URL. */
  selfUrl: string
  /** Square, 1400–3000 px, PNG or JPEG (Apple's rules). */
  imageUrl: string
  author: string
  /** Where directories send their ownership checks; left out when not configured. */
  ownerEmail?: string
  copyright: string
  /** `<podcast:guid>`, see podcast-guid.ts. */
  guid: string
  lastBuildDate?: Date
}

export type PodcastItem = {
  title: string
  description: string
  link: string
  /** Never changes for the episode, even when its slug does. */
  guid: string
  pubDate: Date
  categories: string[]
  enclosure: FeedAudio
  durationSeconds?: number
  episode: number
  season?: number
  transcript?: { url: string; language: string }
}

const namespaces = {
  '@_xmlns:itunes': 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  '@_xmlns:podcast': 'https://podcastindex.org/namespace/1.0',
  '@_xmlns:atom': 'http://www.w3.org/2005/Atom',
}

/** Apple's category for medical information (Health & Fitness › Medicine). */
const category = { '@_text': 'Health & Fitness', 'itunes:category': { '@_text': 'Medicine' } }

/** RFC 822 dates, as RSS 2.0 requires: `Wed, 02 Oct 2002 13:00:00 GMT`. */
const rfc822 = (date: Date) => date.toUTCString()

function channelElements(channel: PodcastChannel) {
  return {
    title: channel.title,
    link: channel.link,
    description: channel.description,
    language: channel.language,
    copyright: channel.copyright,
    lastBuildDate: channel.lastBuildDate ? rfc822(channel.lastBuildDate) : undefined,
    'atom:link': { '@_href': channel.selfUrl, '@_rel': 'self', '@_type': 'application/rss+xml' },
    image: { url: channel.imageUrl, title: channel.title, link: channel.link },
    'itunes:image': { '@_href': channel.imageUrl },
    'itunes:author': channel.author,
    'itunes:owner': channel.ownerEmail
      ? { 'itunes:name': channel.author, 'itunes:email': channel.ownerEmail }
      : undefined,
    'itunes:category': category,
    'itunes:explicit': 'false',
    'itunes:type': 'episodic',
    'podcast:locked': 'yes',
    'podcast:guid': channel.guid,
  }
}

function itemElement(item: PodcastItem) {
  return {
    title: item.title,
    link: item.link,
    description: item.description,
    guid: { '#text': item.guid, '@_isPermaLink': 'false' },
    pubDate: rfc822(item.pubDate),
    category: item.categories,
    enclosure: { '@_url': item.enclosure.url, '@_length': item.enclosure.length, '@_type': item.enclosure.type },
    'itunes:duration': item.durationSeconds,
    'itunes:episode': item.episode,
    'itunes:season': item.season,
    'itunes:episodeType': 'full',
    'itunes:explicit': 'false',
    'podcast:transcript': item.transcript
      ? { '@_url': item.transcript.url, '@_type': 'text/plain', '@_language': item.transcript.language }
      : undefined,
  }
}

export function podcastRss(channel: PodcastChannel, items: PodcastItem[]): string {
  return xmlDocument({
    rss: { '@_version': '2.0', ...namespaces, channel: { ...channelElements(channel), item: items.map(itemElement) } },
  })
}
