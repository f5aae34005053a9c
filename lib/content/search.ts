/**
 * Search over published episodes and glossary terms in one locale. PostgreSQL's ILIKE (Payload's
 * `like`) matches substrings, which is what Japanese needs: its words are not separated by spaces.
 * The query is NFKC-normalised first, so full-width and half-width forms find the same text.
 */
import type { Where } from 'payload'

import type { Locale } from '@/lib/i18n/locales'

import { readerPayload } from './payload-client'

export interface SearchHit {
  kind: 'episode' | 'glossary'
  slug: string
  title: string
  text: string
}

const anyOf = (fields: string[], query: string): Where => ({
  or: fields.map((field) => ({ [field]: { like: query } })),
})

export async function searchContent(locale: Locale, rawQuery: string, limit = 20): Promise<SearchHit[]> {
  const query = rawQuery.normalize('NFKC').trim()
  if (!query) return []
  const payload = await readerPayload()
  const common = { overrideAccess: false, draft: false, locale, fallbackLocale: false as const, depth: 0, limit }
  const [episodes, terms] = await Promise.all([
    payload.find({
      collection: 'episodes',
      ...common,
      where: anyOf(['title', 'lead', 'podcast.transcript'], query),
      select: { slug: true, title: true, lead: true },
    }),
    payload.find({
      collection: 'glossary-terms',
      ...common,
      where: anyOf(['term', 'shortDefinition', 'aliases.alias'], query),
      select: { slug: true, term: true, shortDefinition: true },
    }),
  ])
  return [
    ...episodes.docs.map((doc) => ({
      kind: 'episode' as const,
      slug: doc.slug ?? '',
      title: doc.title,
      text: doc.lead,
    })),
    ...terms.docs.map((doc) => ({
      kind: 'glossary' as const,
      slug: doc.slug,
      title: doc.term,
      text: doc.shortDefinition,
    })),
  ]
}
