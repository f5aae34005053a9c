/**
 * A synthetic catalogue of the target size, written by SQL in bulk into a migrated database
 * (Payload's create would take an hour for 5,000 episodes): `bench:search` and `bench:scale`
 * seed with it.
 *
 * - `series` series (published in both languages), each with `ceil(episodes / series)` planned
 *   episodes;
 * - `episodes` episodes published in both languages, dealt round the series in turn and numbered
 *   within each (1, 2, 3, …), each in one of a few therapy categories, with a title, a lead, a
 *   body of a few paragraphs (Lexical) and a transcript of about 3,000 characters;
 * - `terms` glossary terms with an alias per language.
 *
 * Slugs start with `bench-`, so the synthetic content sits beside the demo content without a clash.
 * The texts are made of a fixed vocabulary (below), from a seeded random stream: the same sizes
 * give the same catalogue.
 */
import pg from 'pg'

import { richTextFromParagraphs } from '../seed/rich-text'

export const catalogueLocales = ['ja', 'en'] as const
export type CatalogueLocale = (typeof catalogueLocales)[number]

/** A seeded linear congruential stream in [0, 1): the catalogue and the queries cut from it repeat. */
export function seededStream(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    return state / 4294967296
  }
}

const random = seededStream(20261202)
export const pick = <T>(list: readonly T[], next: () => number = random): T => list[Math.floor(next() * list.length)]!

// Words of a few kanji or katakana pieces, and English words of a few syllables: enough distinct
// trigrams that a 3- or 5-character query is as selective as in real text, not more.
const kanji = [...'幹細胞間葉系培養上清再生医療免疫線維芽軟骨脂肪血小板治療効果研究臨床試験患者説明同意安全']
const katakana = ['エクソソーム', 'サイトカイン', 'ヒアルロン', 'コラーゲン', 'ペプチド', 'クリニック', 'ガイド']
export const japaneseWords = Array.from({ length: 600 }, () =>
  Array.from({ length: 2 + Math.floor(random() * 3) }, () => (random() < 0.2 ? pick(katakana) : pick(kanji))).join(''),
)
const japaneseGlue = ['は', 'の', 'を', 'と', 'に', '、', '。', 'について', 'による', 'です。', 'ます。']
const syllables = [
  'stem',
  'cell',
  'exo',
  'some',
  'ther',
  'apy',
  'plas',
  'ma',
  'clin',
  'ic',
  'tri',
  'al',
  'cyto',
  'kine',
]
export const englishWords = Array.from({ length: 600 }, () =>
  Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(syllables)).join(''),
).concat(['the', 'and', 'of', 'a', 'to', 'is', 'in', 'that', 'for', 'with'])

/** Synthetic text of about `characters` characters in the locale's vocabulary. */
export function syntheticText(locale: CatalogueLocale, characters: number): string {
  let result = ''
  while (result.length < characters) {
    result += locale === 'ja' ? pick(japaneseWords) + pick(japaneseGlue) : `${pick(englishWords)} `
  }
  return result.trim()
}

export interface CatalogueSize {
  episodes: number
  terms: number
  series: number
  /** Therapy categories the episodes are spread over (default 8). */
  categories?: number
}

export interface SeededCatalogue {
  /** Slugs of the synthetic series, in order: series k holds episodes k, k + series, k + 2·series, … */
  seriesSlugs: string[]
  /** `pg_total_relation_size` of episodes_locales, pretty-printed. */
  episodesLocalesSize: string
}

const batch = 250

async function seedSeries(client: pg.Client, count: number, planned: number): Promise<number[]> {
  const { rows } = await client.query<{ id: number }>(
    `insert into series (slug, planned_episode_count, "order", _status)
     select 'bench-series-' || n, $2::int, 100 + n, 'published' from generate_series(1, $1::int) n
     order by n returning id`,
    [count, planned],
  )
  const ids = rows.map(({ id }) => id)
  for (const locale of catalogueLocales) {
    await client.query(
      `insert into series_locales (_locale, _parent_id, title, description)
       select $1::_locales, p, t, d from unnest($2::int[], $3::text[], $4::text[]) as u(p, t, d)`,
      [locale, ids, ids.map(() => syntheticText(locale, 16)), ids.map(() => syntheticText(locale, 120))],
    )
  }
  return ids
}

async function seedCategories(client: pg.Client, count: number): Promise<number[]> {
  const { rows } = await client.query<{ id: number }>(
    `insert into therapy_categories (slug, "order", _status)
     select 'bench-category-' || n, 100 + n, 'published' from generate_series(1, $1::int) n
     order by n returning id`,
    [count],
  )
  const ids = rows.map(({ id }) => id)
  for (const locale of catalogueLocales) {
    await client.query(
      `insert into therapy_categories_locales (_locale, _parent_id, name, introduces, description)
       select $1::_locales, p, n, i, d from unnest($2::int[], $3::text[], $4::text[], $5::text[]) as u(p, n, i, d)`,
      [
        locale,
        ids,
        ids.map(() => syntheticText(locale, 8)),
        ids.map(() => syntheticText(locale, 60)),
        ids.map(() => syntheticText(locale, 200)),
      ],
    )
  }
  return ids
}

async function seedEpisodes(client: pg.Client, count: number, seriesIds: number[], categoryIds: number[]) {
  for (let first = 0; first < count; first += batch) {
    const size = Math.min(batch, count - first)
    // Episode n is number ceil(n / S) of series ((n - 1) mod S) + 1: every series numbered from 1.
    const { rows } = await client.query<{ id: number; n: number }>(
      `insert into episodes (slug, series_id, episode_number, published_at)
       select 'bench-' || n, ($3::int[])[((n - 1) % cardinality($3::int[])) + 1],
              ((n - 1) / cardinality($3::int[])) + 1, now() - n * interval '1 hour'
       from generate_series($1::int, $2::int) n returning id, episode_number::int as n`,
      [first + 1, first + size, seriesIds],
    )
    const row = {
      locale: [] as string[],
      parent: [] as number[],
      title: [] as string[],
      lead: [] as string[],
      body: [] as string[],
      transcript: [] as string[],
    }
    for (const { id } of rows) {
      for (const locale of catalogueLocales) {
        row.locale.push(locale)
        row.parent.push(id)
        row.title.push(syntheticText(locale, 20))
        row.lead.push(syntheticText(locale, 90))
        const paragraphs = Array.from({ length: 4 }, () => syntheticText(locale, 400))
        row.body.push(JSON.stringify(richTextFromParagraphs(paragraphs)))
        row.transcript.push(syntheticText(locale, 3000))
      }
    }
    await client.query(
      `insert into episodes_locales (_locale, _parent_id, _status, title, lead, body, podcast_transcript)
       select l::_locales, p, 'published', t, le, b::jsonb, tr
       from unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[]) as u(l, p, t, le, b, tr)`,
      [row.locale, row.parent, row.title, row.lead, row.body, row.transcript],
    )
    await client.query(
      `insert into episodes_rels ("order", parent_id, path, therapy_categories_id)
       select 1, p, 'therapyCategories', c from unnest($1::int[], $2::int[]) as u(p, c)`,
      [rows.map(({ id }) => id), rows.map(({ id }) => categoryIds[id % categoryIds.length]!)],
    )
  }
}

async function seedTerms(client: pg.Client, count: number) {
  const { rows: terms } = await client.query<{ id: number }>(
    `insert into glossary_terms (slug, reading, _status)
     select 'bench-term-' || n, 'よみ' || n, 'published' from generate_series(1, $1::int) n returning id`,
    [count],
  )
  const ids = terms.map(({ id }) => id)
  for (const locale of catalogueLocales) {
    await client.query(
      `insert into glossary_terms_locales (_locale, _parent_id, term, short_definition)
       select $1::_locales, p, t, d from unnest($2::int[], $3::text[], $4::text[]) as u(p, t, d)`,
      [locale, ids, ids.map(() => syntheticText(locale, 6)), ids.map(() => syntheticText(locale, 60))],
    )
    await client.query(
      `insert into glossary_terms_aliases (_order, _parent_id, _locale, id, alias)
       select 1, p, $1::_locales, md5(random()::text), a from unnest($2::int[], $3::text[]) as u(p, a)`,
      [locale, ids, ids.map(() => syntheticText(locale, 6))],
    )
  }
}

/** Fills the migrated database at `url` with the catalogue, then ANALYZEs it. */
export async function seedSyntheticCatalogue(url: string, size: CatalogueSize): Promise<SeededCatalogue> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const seriesIds = await seedSeries(client, size.series, Math.ceil(size.episodes / size.series))
    const categoryIds = await seedCategories(client, size.categories ?? 8)
    await seedEpisodes(client, size.episodes, seriesIds, categoryIds)
    await seedTerms(client, size.terms)
    await client.query('analyze')
    const { rows } = await client.query<{ size: string }>(
      `select pg_size_pretty(pg_total_relation_size('episodes_locales')) as size`,
    )
    return {
      seriesSlugs: Array.from({ length: size.series }, (_, index) => `bench-series-${index + 1}`),
      episodesLocalesSize: rows[0]!.size,
    }
  } finally {
    await client.end()
  }
}
