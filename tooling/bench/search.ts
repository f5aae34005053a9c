/**
 * `npm run bench:search [-- --episodes N --terms N --runs N]`: the search's data-layer call
 * (`searchContent`, lib/content/search.ts) on a catalogue of the target size, by query length.
 *
 * A fresh database (`column_bench_…`, on DATABASE_URL's server or the embedded one), migrated, then
 * filled in bulk by SQL (Payload's create would take an hour for this many): N episodes (default
 * 5,000) published in both languages, with synthetic titles, leads and transcripts of about 3,000
 * characters, and 2,000 glossary terms with aliases. Then, per locale and query length 1, 2, 3 and
 * 5, twenty queries cut from the texts (so most find something) and twenty from the vocabulary at
 * random, each run `runs` times: p50 and p95 in milliseconds, and the plan PostgreSQL picks for a
 * 3-character query. Prints figures, asserts nothing; the database is dropped at the end (kept,
 * for a look with psql, with `--keep`).
 */
import type { EventEmitter } from 'node:events'
import { parseArgs } from 'node:util'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import pg from 'pg'

import { readOrCreateDevSecret } from '../dev-secret'
import { createRunDatabase } from '../database/run-database'
import { runMigrations } from '../database/run-migrations'
import { percentile } from './soak-figures'

const { values } = parseArgs({
  options: {
    episodes: { type: 'string', default: '5000' },
    terms: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
  },
})
const episodeCount = Number(values.episodes)
const termCount = Number(values.terms)
const runs = Number(values.runs)
const locales = ['ja', 'en'] as const
type Locale = (typeof locales)[number]

let state = 20261202
const random = () => {
  state = (Math.imul(state, 1103515245) + 12345) >>> 0
  return state / 4294967296
}
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!

// Words of a few kanji or katakana pieces, and English words of a few syllables: enough distinct
// trigrams that a 3- or 5-character query is as selective as in real text, not more.
const kanji = [...'幹細胞間葉系培養上清再生医療免疫線維芽軟骨脂肪血小板治療効果研究臨床試験患者説明同意安全']
const katakana = ['エクソソーム', 'サイトカイン', 'ヒアルロン', 'コラーゲン', 'ペプチド', 'クリニック', 'ガイド']
const japaneseWords = Array.from({ length: 600 }, () =>
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
const englishWords = Array.from({ length: 600 }, () =>
  Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(syllables)).join(''),
).concat(['the', 'and', 'of', 'a', 'to', 'is', 'in', 'that', 'for', 'with'])

function text(locale: Locale, characters: number): string {
  let result = ''
  while (result.length < characters) {
    result += locale === 'ja' ? pick(japaneseWords) + pick(japaneseGlue) : `${pick(englishWords)} `
  }
  return result.trim()
}

async function seed(url: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const batch = 250
    for (let first = 0; first < episodeCount; first += batch) {
      const count = Math.min(batch, episodeCount - first)
      const { rows } = await client.query<{ id: number }>(
        `insert into episodes (slug, episode_number, published_at)
         select 'bench-' || n, n, now() - n * interval '1 hour' from generate_series($1::int, $2::int) n returning id`,
        [first + 1, first + count],
      )
      const row = {
        locale: [] as string[],
        parent: [] as number[],
        title: [] as string[],
        lead: [] as string[],
        transcript: [] as string[],
      }
      for (const { id } of rows) {
        for (const locale of locales) {
          row.locale.push(locale)
          row.parent.push(id)
          row.title.push(text(locale, 20))
          row.lead.push(text(locale, 90))
          row.transcript.push(text(locale, 3000))
        }
      }
      await client.query(
        `insert into episodes_locales (_locale, _parent_id, _status, title, lead, podcast_transcript)
         select l::_locales, p, 'published', t, le, tr
         from unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[]) as u(l, p, t, le, tr)`,
        [row.locale, row.parent, row.title, row.lead, row.transcript],
      )
    }
    const { rows: terms } = await client.query<{ id: number }>(
      `insert into glossary_terms (slug, reading, _status)
       select 'term-' || n, 'よみ' || n, 'published' from generate_series(1, $1::int) n returning id`,
      [termCount],
    )
    for (const locale of locales) {
      await client.query(
        `insert into glossary_terms_locales (_locale, _parent_id, term, short_definition)
         select $1::_locales, p, t, d from unnest($2::int[], $3::text[], $4::text[]) as u(p, t, d)`,
        [locale, terms.map(({ id }) => id), terms.map(() => text(locale, 6)), terms.map(() => text(locale, 60))],
      )
      await client.query(
        `insert into glossary_terms_aliases (_order, _parent_id, _locale, id, alias)
         select 1, p, $1::_locales, md5(random()::text), a from unnest($2::int[], $3::text[]) as u(p, a)`,
        [locale, terms.map(({ id }) => id), terms.map(() => text(locale, 6))],
      )
    }
    await client.query('analyze')
    const { rows: size } = await client.query<{ size: string }>(
      `select pg_size_pretty(pg_total_relation_size('episodes_locales')) as size`,
    )
    return size[0]!.size
  } finally {
    await client.end()
  }
}

async function main(): Promise<number> {
  const database = await createRunDatabase({ prefix: 'column_bench' })
  try {
    process.env.DATABASE_URL = database.url
    process.env.PAYLOAD_SECRET ??= readOrCreateDevSecret().secret
    process.env.LOG_LEVEL ??= 'error'
    const migration = await runMigrations({ ...process.env }, { quiet: true })
    if (migration.exitCode !== 0) throw new Error(`migrations failed:\n${migration.output}`)
    const started = Date.now()
    const size = await seed(database.url)
    console.log(
      `Seeded ${episodeCount} episodes × ${locales.length} locales and ${termCount} terms in ${((Date.now() - started) / 1000).toFixed(0)} s (episodes_locales with its indexes: ${size})`,
    )

    const { searchContent, episodeSearchQuery, searchWords, usesTrigramIndex } =
      await import('../../lib/content/search')
    const { readerPayload } = await import('../../lib/content/payload-client')
    const { sql } = await import('@payloadcms/db-postgres')
    const payload = await readerPayload()

    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    const { rows: samples } = await client.query<{ _locale: Locale; title: string; podcast_transcript: string }>(
      `select _locale, title, podcast_transcript from episodes_locales order by random() limit 200`,
    )
    await client.end()

    const cut = (source: string, length: number) => {
      const characters = [...source.replace(/\s+/g, '')]
      const start = Math.floor(random() * Math.max(1, characters.length - length))
      return characters.slice(start, start + length).join('')
    }

    console.log(`\nsearchContent(locale, query), ${runs} runs per query, milliseconds:`)
    console.log('locale  length  queries   p50     p95     max    found (median)')
    for (const locale of locales) {
      const texts = samples.filter((sample) => sample._locale === locale)
      const vocabulary = locale === 'ja' ? japaneseWords : englishWords
      for (const length of [1, 2, 3, 5]) {
        const queries = [
          ...Array.from({ length: 20 }, () => cut(pick(texts)[pick(['title', 'podcast_transcript'] as const)], length)),
          ...Array.from({ length: 20 }, () => cut(pick(vocabulary) + pick(vocabulary), length)),
        ]
        await searchContent(locale, queries[0]!) // warm-up: Payload's first query of a kind
        const times: number[] = []
        const found: number[] = []
        for (const query of queries) {
          for (let run = 0; run < runs; run++) {
            const start = process.hrtime.bigint()
            const hits = await searchContent(locale, query)
            times.push(Number(process.hrtime.bigint() - start) / 1e6)
            if (run === 0) found.push(hits.length)
          }
        }
        times.sort((a, b) => a - b)
        found.sort((a, b) => a - b)
        const figure = (value: number) => value.toFixed(1).padStart(7)
        console.log(
          `${locale.padEnd(8)}${String(length).padEnd(8)}${String(queries.length).padEnd(8)}${figure(percentile(times, 0.5))} ${figure(percentile(times, 0.95))} ${figure(times.at(-1)!)}    ${percentile(found, 0.5)}`,
        )
      }
    }

    const { drizzle } = payload.db as unknown as PostgresAdapter
    for (const query of ['幹細胞', '細胞']) {
      const words = searchWords(query)
      // As the search runs it: no sequential scan when a word has 3+ characters (lib/content/search.ts).
      const rows = await drizzle.transaction(async (transaction) => {
        if (usesTrigramIndex(words)) await transaction.execute(sql`set local enable_seqscan = off`)
        const explained = await transaction.execute<Record<string, unknown>>(
          sql`explain analyze ${episodeSearchQuery('ja', words, 20, usesTrigramIndex(words) ? 'index' : 'titles and leads')}`,
        )
        return explained.rows
      })
      console.log(`\nPlan for “${query}” (ja):\n${rows.map((row) => `  ${String(Object.values(row)[0])}`).join('\n')}`)
    }
    // Dropping the database ends the pool's connections, which the pool would report as an error.
    ;(payload.db as { pool?: EventEmitter }).pool?.on('error', () => {})
    await payload.destroy()
    return 0
  } finally {
    if (values.keep) console.log(`\nKept the database: ${database.url}`)
    else
      await database
        .drop()
        .catch((error: unknown) => console.error(`could not drop ${database.name}: ${String(error)}`))
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
