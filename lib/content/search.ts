/**
 * Search over published episodes and glossary terms in one locale (docs/discovery.md#search).
 *
 * Japanese is written without spaces, so a query word matches as a substring. Text and query are
 * compared in one normal form, NFKC + lower case (full-width and half-width, upper and lower case
 * find the same text): the database keeps each episode's title, lead and transcript in that form
 * (`episodes_locales.search_text`, migrations/20261202_022054_search_index.ts) under a trigram
 * index; the glossary's texts are kept so too. A result has every word of the query somewhere in its
 * text.
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
import { readingFromReplicas } from '@/lib/database/read-replicas'

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

/**
 * How many of the newest episodes are read in full before the index is asked (see
 * matchingEpisodeIds): enough that a common word fills a page of results from them, few enough
 * that reading them costs a few milliseconds.
 */
export const NEWEST_EPISODES_READ_FIRST = 200

/**
 * The SQL that finds the ids of matching episodes, newest first (exported for the tests' EXPLAIN).
 *
 * - `titles and leads`: every word of the query has 1–2 characters; title and lead of every row.
 * - `newest`: the newest NEWEST_EPISODES_READ_FIRST episodes of the locale, read in full.
 * - `index`: the rows the trigram index finds, by LIKE on the words of 3+ characters (shorter ones
 *   are checked on the rows found), in a materialised step that names no other column, so that no
 *   other index (such as the one on locale) can stand in for it.
 */
export function episodeSearchQuery(
  locale: Locale,
  words: string[],
  limit: number,
  by: 'titles and leads' | 'newest' | 'index',
): SQL {
  const newestFirst = sql`order by e.published_at desc nulls first, e.id`
  const published = sql`l._locale = ${locale} and l._status = 'published'`
  if (by === 'titles and leads') {
    return sql`
      select e.id from episodes e join episodes_locales l on l._parent_id = e.id
      where ${published} and ${joinAnd(words.map((word) => sql`strpos(l.search_title_lead, ${word}) > 0`))}
      ${newestFirst} limit ${limit}`
  }
  const contains = joinAnd(
    words.map((word) =>
      [...word].length >= INDEXED_WORD_LENGTH
        ? sql`search_text like ${containsPattern(word)}`
        : sql`strpos(search_text, ${word}) > 0`,
    ),
  )
  if (by === 'newest') {
    return sql`
      with newest as materialized (
        select e.id, e.published_at, l.id as row_id from episodes e join episodes_locales l on l._parent_id = e.id
        where ${published} ${newestFirst} limit ${NEWEST_EPISODES_READ_FIRST}
      )
      select e.id from newest e join episodes_locales on episodes_locales.id = e.row_id
      where ${contains} ${newestFirst} limit ${limit}`
  }
  return sql`
    with matching as materialized (select _parent_id, _locale, _status from episodes_locales where ${contains})
    select e.id from matching l join episodes e on e.id = l._parent_id
    where ${published} ${newestFirst} limit ${limit}`
}

/**
 * A word of 3+ characters is looked up in the trigram index; but a common word (再生医療 in a column
 * about regenerative medicine) is in most transcripts, and the index then hands back nearly every
 * row, each of whose transcripts must be read again to confirm the match. Since only the newest
 * `limit` matches are shown, the newest episodes are read first: when they hold `limit` matches,
 * those are the answer (every episode not read is older). Otherwise the word is rare enough for
 * the index to find few rows.
 */
async function matchingEpisodeIds(
  database: PostgresAdapter['drizzle'],
  locale: Locale,
  words: string[],
  limit: number,
) {
  const ids = (rows: { id: unknown }[]) => rows.map((row) => Number(row.id))
  if (!usesTrigramIndex(words)) {
    return ids(
      (await database.execute<{ id: number }>(episodeSearchQuery(locale, words, limit, 'titles and leads'))).rows,
    )
  }
  const newest = ids((await database.execute<{ id: number }>(episodeSearchQuery(locale, words, limit, 'newest'))).rows)
  if (newest.length >= limit) return newest
  const { rows } = await database.transaction(async (transaction) => {
    // The planner counts a row's transcript as free to read (it lies apart, TOASTed), so it would
    // rather read every transcript than use the index; this one statement may not.
    await transaction.execute(sql`set local enable_seqscan = off`)
    return transaction.execute<{ id: number }>(episodeSearchQuery(locale, words, limit, 'index'))
  })
  return ids(rows)
}

/**
 * The glossary is a few thousand short texts per locale, kept normalised (term and definition, and
 * each alias): each published term's texts are put together and read in one pass, without an index.
 */
async function matchingTermIds(database: PostgresAdapter['drizzle'], locale: Locale, words: string[], limit: number) {
  const { rows } = await database.execute<{ id: number }>(sql`
    select g.id from glossary_terms g
    join glossary_terms_locales l on l._parent_id = g.id and l._locale = ${locale}
    left join (
      select _parent_id, string_agg(search_text, E'\n') as search_text from glossary_terms_aliases
      where _locale = ${locale} group by _parent_id
    ) a on a._parent_id = g.id
    where g._status = 'published' and ${joinAnd(
      words.map((word) => sql`strpos(l.search_text || E'\n' || coalesce(a.search_text, ''), ${word}) > 0`),
    )}
    order by g.reading nulls last, g.id
    limit ${limit}`)
  return rows.map((row) => Number(row.id))
}

const inOrderOf = <T extends { id: number }>(ids: number[], docs: T[]) =>
  ids.flatMap((id) => docs.filter((doc) => doc.id === id))

export async function searchContent(locale: Locale, rawQuery: string, limit = 20): Promise<SearchHit[]> {
  const words = searchWords(rawQuery)
  if (words.length === 0) return []
  const payload = await readerPayload()
  const database = (payload.db as unknown as PostgresAdapter).drizzle
  // Raw SQL bypasses the Local API calls that readerPayload() sends to the replicas: put it there too.
  const [episodeIds, termIds] = await readingFromReplicas(() =>
    Promise.all([matchingEpisodeIds(database, locale, words, limit), matchingTermIds(database, locale, words, limit)]),
  )
  // At most `limit` ids are asked for, so no page count is needed (pagination: false skips its query).
  const common = {
    overrideAccess: false,
    draft: false,
    locale,
    fallbackLocale: false as const,
    depth: 0,
    pagination: false,
  }
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
