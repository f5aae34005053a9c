/**
 * Writes an Atom feed (RFC 4287) with our XML writer (xml.ts). Titles and summaries are plain
 * text (`type="text"`, Atom's default), so a `<` in an episode title is shown, not parsed as
 * HTML by feed readers; dates are RFC 3339.
 */
import { xmlDocument } from './xml'

export type AtomFeed = {
  id: string
  title: string
  subtitle: string
  language: string
  /** The page the feed stands for. */
  link: string
  /** This feed's own URL. */
  selfUrl: string
  updated: Date
  author: { name: string; uri?: string }
  rights: string
}

export type AtomEntry = {
  id: string
  title: string
  link: string
  summary: string
  updated: Date
  published?: Date
  author: string
  /** `scheme` names the vocabulary (our category pages), `term` the slug, `label` the name shown. */
  categories: { scheme: string; term: string; label: string }[]
}

const rfc3339 = (date: Date) => date.toISOString()

function entryElement(entry: AtomEntry) {
  return {
    id: entry.id,
    title: entry.title,
    link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': entry.link },
    updated: rfc3339(entry.updated),
    published: entry.published ? rfc3339(entry.published) : undefined,
    summary: entry.summary,
    author: { name: entry.author },
    category: entry.categories.map(({ scheme, term, label }) => ({
      '@_scheme': scheme,
      '@_term': term,
      '@_label': label,
    })),
  }
}

export function atomFeed(feed: AtomFeed, entries: AtomEntry[]): string {
  return xmlDocument({
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': feed.language,
      id: feed.id,
      title: feed.title,
      subtitle: feed.subtitle,
      updated: rfc3339(feed.updated),
      link: [
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': feed.link },
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': feed.selfUrl },
      ],
      author: { name: feed.author.name, uri: feed.author.uri },
      rights: feed.rights,
      entry: entries.map(entryElement),
    },
  })
}
