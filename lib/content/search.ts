/**
 * Search over published episodes and glossary terms in one locale (docs/discovery.md#search).
 *
 * Japanese is written without spaces, so a query word matches as a substring. Text and query are
 * compared in one normal form, NFKC + lower case (full-width and half-width, upper and lower case
 * find the same text): the database keeps each episode's title, lead and transcript in that form
 * (`episodes_locales.search_text`, migrations/20261202_022054_search_index.ts) under a trigram
 * index. A result has every word of the query somewhere in its text.
 *
 * A trigram index can only narrow a search by a word of three characters or more. A query whose
 * words are all shorter (細胞, の) is answered from titles and leads alone, read in full: they are
 * short, and a one- or two-character word is in nearly every transcript, so matching transcripts
 * would say nothing and cost a scan of all of them.
 *
 * The SQL only finds which documents match; they are then read through Payload with
 * `overrideAccess: false`, so the collections' access rules (published only) decide what is shown.
 */
import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'

import type { Locale } from '@/lib/i18n/locales'

import { readerPayload } from './payload-client'

export interface SearchHit {
  kind: 'episode' | 'glossary'
  slug: string
  title: string
  text: string
}

/** The shortest word a trigram index can narrow a search by. */
export const INDEXED_WORD_LENGTH = 3

/** The normal form of searched text and of queries; `column_search_text` in the database is the same. */
export const searchNormalForm = (text: string) => text.normalize('NFKC').toLowerCase()

/** The words of a query in normal form; full-width spaces become spaces under NFKC. */
export function searchWords(rawQuery: string): string[] {
  return searchNormalForm(rawQuery)
    .split(/\s+/u)
    .filter((word) => word.length > 0)
}

/** Whether the query has a word the trigram index can use, in characters (code points) as PostgreSQL counts. */
export const usesTrigramIndex = (words: string[]) => words.some((word) => [...word].length >= INDEXED_WORD_LENGTH)

/** `%word%` for LIKE, with LIKE's own characters taken literally. */
const containsPattern = (word: string) => `%${word.replace(/[\\%_]/g, '\\$&')}%`

const joinAnd = (conditions: SQL[]) => sql.join(conditions, sql` and `)

function episodeConditions(words: string[]): SQL {
  if (!usesTrigramIndex(words)) {
    const titleAndLead = sql`column_search_text(coalesce(l.title, '') || E'\n' || coalesce(l.lead, ''))`
    return joinAnd(words.map((word) => sql`strpos(${titleAndLead}, ${word}) > 0`))
  }
  // LIKE on the long words lets the index narrow the rows; the short ones are checked on those rows.
  return joinAnd(
    words.map((word) =>
      [...word].length >= INDEXED_WORD_LENGTH
        ? sql`l.search_text like ${containsPattern(word)}`
        : sql`strpos(l.search_text, ${word}) > 0`,
    ),
  )
}

type Execute = (query: SQL) => Promise<{ rows: Record<string, unknown>[] }>

async function matchingEpisodeIds(execute: Execute, locale: Locale, words: string[], limit: number) {
  const { rows } = await execute(sql`
    select e.id from episodes e
    join episodes_locales l on l._parent_id = e.id and l._locale = ${locale}
    where l._status = 'published' and ${episodeConditions(words)}
    order by e.published_at desc nulls first, e.id
    limit ${limit}`)
  return rows.map((row) => Number(row.id))
}

/**
 * The glossary is a few thousand short texts per locale: each published term's text (term,
 * short definition, aliases) is put together and matched in one pass, without an index.
 */
async function matchingTermIds(execute: Execute, locale: Locale, words: string[], limit: number) {
  const { rows } = await execute(sql`
    select id from (
      select g.id, g.reading, column_search_text(
        coalesce(l.term, '') || E'\n' || coalesce(l.short_definition, '') ||
        coalesce((select string_agg(E'\n' || a.alias, '' order by a._order) from glossary_terms_aliases a
                  where a._parent_id = g.id and a._locale = l._locale), '')
      ) as text
      from glossary_terms g
      join glossary_terms_locales l on l._parent_id = g.id and l._locale = ${locale}
      where g._status = 'published'
    ) terms
    where ${joinAnd(words.map((word) => sql`strpos(terms.text, ${word}) > 0`))}
    order by reading nulls last, id
    limit ${limit}`)
  return rows.map((row) => Number(row.id))
}

const inOrderOf = <T extends { id: number }>(ids: number[], docs: T[]) =>
  ids.flatMap((id) => docs.filter((doc) => doc.id === id))

export async function searchContent(locale: Locale, rawQuery: string, limit = 20): Promise<SearchHit[]> {
  const words = searchWords(rawQuery)
  if (words.length === 0) return []
  const payload = await readerPayload()
  const adapter = payload.db as unknown as PostgresAdapter
  const execute = ((query: SQL) => adapter.drizzle.execute(query)) as Execute
  const [episodeIds, termIds] = await Promise.all([
    matchingEpisodeIds(execute, locale, words, limit),
    matchingTermIds(execute, locale, words, limit),
  ])
  const common = { overrideAccess: false, draft: false, locale, fallbackLocale: false as const, depth: 0, limit }
  const [episodes, terms] = await Promise.all([
    episodeIds.length === 0
      ? { docs: [] }
      : payload.find({
          collection: 'episodes',
          ...common,
          where: { id: { in: episodeIds } },
          select: { slug: true, title: true, lead: true },
        }),
    termIds.length === 0
      ? { docs: [] }
      : payload.find({
          collection: 'glossary-terms',
          ...common,
          where: { id: { in: termIds } },
          select: { slug: true, term: true, shortDefinition: true },
        }),
  ])
  return [
    ...inOrderOf(episodeIds, episodes.docs).map((doc) => ({
      kind: 'episode' as const,
      slug: doc.slug ?? '',
      title: doc.title,
      text: doc.lead,
    })),
    ...inOrderOf(termIds, terms.docs).map((doc) => ({
      kind: 'glossary' as const,
      slug: doc.slug,
      title: doc.term,
      text: doc.shortDefinition,
    })),
  ]
}
