/**
 * `npm run bench:search [-- --episodes N --terms N --series N --runs N]`: the search's data-layer call
 * (`searchContent`, lib/content/search.ts) on a catalogue of the target size, by query length.
 *
 * A fresh database (`column_bench_…`, on DATABASE_URL's server or the embedded one), migrated, then
 * filled in bulk by SQL with the synthetic catalogue (tooling/bench/synthetic-catalogue.ts): N
 * episodes (default 5,000) published in both languages in 50 series, with synthetic titles, leads,
 * bodies and transcripts of about 3,000 characters, and 2,000 glossary terms with aliases. Then, per locale and query length 1, 2, 3 and
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
import {
  catalogueLocales as locales,
  englishWords,
  japaneseWords,
  pick as pickFrom,
  seededStream,
  seedSyntheticCatalogue,
  type CatalogueLocale as Locale,
} from './synthetic-catalogue'

const { values } = parseArgs({
  options: {
    episodes: { type: 'string', default: '5000' },
    terms: { type: 'string', default: '2000' },
    series: { type: 'string', default: '50' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
  },
})
const episodeCount = Number(values.episodes)
const termCount = Number(values.terms)
const seriesCount = Number(values.series)
const runs = Number(values.runs)

// Queries are cut from the catalogue's texts and vocabulary with a stream of their own.
const random = seededStream(7)
const pick = <T>(list: readonly T[]) => pickFrom(list, random)

async function main(): Promise<number> {
  const database = await createRunDatabase({ prefix: 'column_bench' })
  try {
    process.env.DATABASE_URL = database.url
    process.env.PAYLOAD_SECRET ??= readOrCreateDevSecret().secret
    process.env.LOG_LEVEL ??= 'error'
    const migration = await runMigrations({ ...process.env }, { quiet: true })
    if (migration.exitCode !== 0) throw new Error(`migrations failed:\n${migration.output}`)
    const started = Date.now()
    const { episodesLocalesSize: size } = await seedSyntheticCatalogue(database.url, {
      episodes: episodeCount,
      terms: termCount,
      series: seriesCount,
    })
    console.log(
      `Seeded ${episodeCount} episodes × ${locales.length} locales in ${seriesCount} series and ${termCount} terms in ${((Date.now() - started) / 1000).toFixed(0)} s (episodes_locales with its indexes: ${size})`,
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
