/** Search over published content in one locale: Japanese substrings, full-width input, no drafts. */
import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  episodeSearchQuery,
  searchContent,
  searchNormalForm,
  searchWords,
  usesTrigramIndex,
  type SearchHit,
} from '@/lib/content/search'
import type { Locale } from '@/lib/i18n/locales'
import { richTextFromParagraphs } from '@/tooling/seed/rich-text'

import { validData } from '../helpers/documents'
import { createSeries } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { seededRandom } from '../helpers/seeded-random'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  const published = await validData(payload, 'glossary-terms')
  await payload.create({
    collection: 'glossary-terms',
    locale: 'ja',
    data: {
      ...published,
      term: '間葉系幹細胞',
      shortDefinition: '骨や脂肪などに変化しうる幹細胞。',
      _status: 'published',
    } as never,
  })
  await payload.update({
    collection: 'glossary-terms',
    where: { slug: { equals: published.slug } },
    locale: 'en',
    data: {
      term: 'Mesenchymal stem cell',
      shortDefinition: 'A stem cell that may become bone or fat.',
      _status: 'published',
    },
  })
  const draft = await validData(payload, 'glossary-terms')
  await payload.create({
    collection: 'glossary-terms',
    locale: 'ja',
    data: { ...draft, term: '未公開の幹細胞メモ', _status: 'draft' } as never,
  })
  seeded.push(
    {
      kind: 'glossary',
      slug: String(published.slug),
      published: {
        ja: ['間葉系幹細胞', '骨や脂肪などに変化しうる幹細胞。'],
        en: ['Mesenchymal stem cell', 'A stem cell that may become bone or fat.'],
      },
      written: [],
    },
    { kind: 'glossary', slug: String(draft.slug), published: {}, written: ['未公開の幹細胞メモ'] },
  )
})

describe('searching the column', () => {
  it('finds a Japanese term by a substring inside a word', async () => {
    const hits = await searchContent('ja', '幹細胞')
    expect(hits.map((hit) => hit.title)).toContain('間葉系幹細胞')
  })

  it('never returns a draft', async () => {
    const hits = await searchContent('ja', '幹細胞')
    expect(hits.map((hit) => hit.title)).not.toContain('未公開の幹細胞メモ')
  })

  it('treats full-width letters like their ASCII forms and ignores case', async () => {
    const hits = await searchContent('en', 'ＭＥＳＥＮＣＨＹＭＡＬ')
    expect(hits.map((hit) => hit.title)).toEqual(['Mesenchymal stem cell'])
  })

  it('searches only the page’s locale', async () => {
    expect(await searchContent('en', '間葉系')).toEqual([])
  })

  it('returns nothing for an empty query', async () => {
    expect(await searchContent('ja', '   ')).toEqual([])
  })
})

/**
 * Generated cases: episodes and terms with texts drawn from a small vocabulary written in full-width
 * and half-width forms, each locale published, a draft, published with a later draft, or absent.
 * Queries of 1 to 6 characters cut from those texts (drafts' too), as typed and in full-width or
 * upper-case form, and of two words. Every answer must be what a plain reading of the published
 * texts in JS gives (`expectedSlugs`).
 */
type Status = 'published' | 'draft' | 'published, then a draft' | 'absent'

interface SeededDocument {
  kind: SearchHit['kind']
  slug: string
  /** What readers may find, by locale; a locale absent or only in draft has none. */
  published: Partial<Record<Locale, string[]>>
  /** Every text written, drafts included: where queries are cut from. */
  written: string[]
}

/** Everything this file puts in the database, the fixtures above included. */
const seeded: SeededDocument[] = []

const random = seededRandom(18_5)
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!

const vocabulary: Record<Locale, string[]> = {
  ja: [
    '幹細胞',
    '間葉系',
    'エクソソーム',
    'ｴｸｿｿｰﾑ',
    'ｶﾞｲﾄﾞ',
    'ガイド',
    'ｉＰＳ細胞',
    'iPS細胞',
    '培養上清',
    '第２相',
    '第2相',
    'ＰＲＰ療法',
    '再生医療',
    'の',
    'は',
    '、',
    '。',
    '_',
  ],
  en: [
    'Stem',
    'cell',
    'cells',
    'EXOSOME',
    'ｅｘｏｓｏｍｅ',
    'therapy',
    'PRP',
    'ＰＲＰ',
    'plasma',
    'Phase 2',
    'phase ２',
    'a_b',
    ' ',
    ' ',
    ', ',
  ],
}
const sentence = (locale: Locale, words: number) =>
  Array.from({ length: words }, () => pick(vocabulary[locale])).join(locale === 'en' ? ' ' : '')

const statuses: Status[] = ['published', 'draft', 'published, then a draft', 'absent']

let episodeNumber = 500

async function seedEpisode(series: number, ja: Status, en: Status) {
  const document: SeededDocument = {
    kind: 'episode',
    slug: `search-episode-${episodeNumber}`,
    published: {},
    written: [],
  }
  let id: number | undefined
  for (const [locale, status] of [
    ['ja', ja],
    ['en', en],
  ] as const) {
    if (status === 'absent') continue
    const fields = [sentence(locale, 3), sentence(locale, 6), sentence(locale, 20)]
    const data = {
      title: fields[0],
      lead: fields[1],
      podcast: { transcript: fields[2] },
      body: richTextFromParagraphs([fields[1]]),
    }
    const publish = status !== 'draft'
    if (id === undefined) {
      const created = await payload.create({
        collection: 'episodes',
        locale,
        data: {
          ...data,
          slug: document.slug,
          series,
          episodeNumber: ++episodeNumber,
          _status: publish ? 'published' : 'draft',
        },
      })
      id = created.id
    } else {
      await payload.update({
        collection: 'episodes',
        id,
        locale,
        data: { ...data, _status: publish ? 'published' : 'draft' },
      })
    }
    document.written.push(...fields)
    if (publish) document.published[locale] = fields
    if (status === 'published, then a draft') {
      const draftFields = [sentence(locale, 3), sentence(locale, 6), sentence(locale, 20)]
      await payload.update({
        collection: 'episodes',
        id,
        locale,
        draft: true,
        data: {
          title: draftFields[0],
          lead: draftFields[1],
          podcast: { transcript: draftFields[2] },
          _status: 'draft',
        },
      })
      document.written.push(...draftFields)
    }
  }
  seeded.push(document)
}

async function seedTerm(status: Exclude<Status, 'absent'>, withEnglish: boolean) {
  const base = await validData(payload, 'glossary-terms')
  const document: SeededDocument = { kind: 'glossary', slug: String(base.slug), published: {}, written: [] }
  const texts = (locale: Locale) => [sentence(locale, 2), sentence(locale, 5), sentence(locale, 2), sentence(locale, 2)]
  const data = ([term, shortDefinition, ...aliases]: string[]) => ({
    term,
    shortDefinition,
    aliases: aliases.map((alias) => ({ alias })),
  })
  const ja = texts('ja')
  const created = await payload.create({
    collection: 'glossary-terms',
    locale: 'ja',
    data: { ...base, ...data(ja), _status: status === 'draft' ? 'draft' : 'published' } as never,
  })
  document.written.push(...ja)
  const en = withEnglish ? texts('en') : undefined
  if (en) {
    await payload.update({ collection: 'glossary-terms', id: created.id, locale: 'en', data: data(en) })
    document.written.push(...en)
  }
  if (status !== 'draft') {
    document.published.ja = ja
    if (en) document.published.en = en
  }
  if (status === 'published, then a draft') {
    const later = texts('ja')
    await payload.update({
      collection: 'glossary-terms',
      id: created.id,
      locale: 'ja',
      draft: true,
      data: { ...data(later), _status: 'draft' },
    })
    document.written.push(...later)
  }
  seeded.push(document)
}

/** What a reader should find: every word of the query in a published text of the locale. */
function expectedSlugs(locale: Locale, query: string): string[] {
  const words = searchWords(query)
  if (words.length === 0) return []
  const indexed = usesTrigramIndex(words)
  return seeded
    .filter(({ kind, published }) => {
      const fields = published[locale]
      if (!fields) return false
      // Without a word of three characters, episodes are searched by title and lead alone.
      const searched = kind === 'episode' && !indexed ? fields.slice(0, 2) : fields
      const text = searchNormalForm(searched.join('\n'))
      return words.every((word) => text.includes(word))
    })
    .map(({ kind, slug }) => `${kind}:${slug}`)
    .sort()
}

const fullWidth = (text: string) =>
  text.replace(/[!-~]/g, (character) => String.fromCharCode(character.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000')

function generatedQueries(locale: Locale): string[] {
  const texts = seeded.flatMap(({ written, published }) => [...written, ...(published[locale] ?? [])])
  const queries: string[] = []
  for (let length = 1; length <= 6; length++) {
    for (let count = 0; count < 4; count++) {
      const text = pick(texts.filter((candidate) => [...candidate].length >= length))
      const characters = [...text]
      const start = Math.floor(random() * (characters.length - length + 1))
      const query = characters.slice(start, start + length).join('')
      queries.push(query, fullWidth(query), query.toUpperCase())
    }
  }
  for (let count = 0; count < 6; count++) queries.push(`${pick(vocabulary[locale])} ${pick(vocabulary[locale])}`)
  // LIKE's own characters must be taken literally: unescaped, 幹_胞 would find 幹細胞 and s%m stem.
  queries.push('存在しない語', 'absent words', '%', '_', '幹_胞', '再%療', 's%m', 'e_l')
  return queries
}

describe('search answers, generated', () => {
  beforeAll(async () => {
    const series = (await createSeries(payload)).id
    for (const ja of statuses)
      for (const en of statuses) if (ja !== 'absent' || en !== 'absent') await seedEpisode(series, ja, en)
    for (const status of ['published', 'draft', 'published, then a draft'] as const) {
      await seedTerm(status, true)
      await seedTerm(status, false)
    }
  }, 120_000)

  for (const locale of ['ja', 'en'] as const) {
    it(`finds exactly the published ${locale} documents that contain every word, for queries of 1–6 characters in full-width, half-width and upper case`, async () => {
      const queries = generatedQueries(locale)
      let withHits = 0
      for (const query of queries) {
        const hits = await searchContent(locale, query, 1000)
        const found = hits.map((hit) => `${hit.kind}:${hit.slug}`).sort()
        expect(found, `${locale} “${query}”`).toEqual(expectedSlugs(locale, query))
        if (found.length > 0) withHits++
      }
      // Most queries are cut from published text, so most must find something.
      expect(withHits).toBeGreaterThan(queries.length / 2)
    })
  }

  it('lists episodes newest first and stops at the limit, with words of any length', async () => {
    // With a limit the newest episodes fill, a 3+ character word is answered from them alone.
    for (const query of ['の', '幹細胞', 'ＰＲＰ']) {
      const all = (await searchContent('ja', query, 1000)).filter((hit) => hit.kind === 'episode')
      const two = (await searchContent('ja', query, 2)).filter((hit) => hit.kind === 'episode')
      expect(all.length, query).toBeGreaterThan(2)
      expect(two, query).toEqual(all.slice(0, 2))
      const { docs } = await payload.find({
        collection: 'episodes',
        locale: 'ja',
        where: { slug: { in: all.map((hit) => hit.slug) } },
        sort: ['-publishedAt', 'id'],
        pagination: false,
        depth: 0,
      })
      expect(
        all.map((hit) => hit.slug),
        query,
      ).toEqual(docs.map((doc) => doc.slug))
    }
  })
})

describe('the trigram index', () => {
  /**
   * The plan of the search's own SQL, under the settings the search gives it (no sequential scan
   * when a word has 3+ characters: lib/content/search.ts says why). On the test's few dozen rows the
   * planner would otherwise read the table's page or two, which says nothing about the index.
   */
  async function plan(locale: Locale, query: string): Promise<string> {
    const words = searchWords(query)
    const { drizzle } = payload.db as unknown as PostgresAdapter
    return drizzle.transaction(async (transaction) => {
      if (usesTrigramIndex(words)) await transaction.execute(sql`set local enable_seqscan = off`)
      const { rows } = await transaction.execute(
        sql`explain ${episodeSearchQuery(locale, words, 20, usesTrigramIndex(words) ? 'index' : 'titles and leads')}`,
      )
      return rows.map((row) => String(Object.values(row)[0])).join('\n')
    })
  }

  it('serves words of three characters or more, Japanese or English', async () => {
    for (const [locale, query] of [
      ['ja', '幹細胞'],
      ['ja', 'エクソソーム の'],
      ['en', 'ＥＸＯＳＯＭＥ'],
      ['en', 'therapy'],
    ] as const) {
      expect(await plan(locale, query), query).toContain('episodes_locales_search_text_trgm_idx')
    }
  })

  it('is not used for words of one or two characters, which it cannot narrow', async () => {
    for (const [locale, query] of [
      ['ja', '細胞'],
      ['ja', 'の'],
      ['en', 'pr'],
    ] as const) {
      expect(await plan(locale, query), query).not.toContain('episodes_locales_search_text_trgm_idx')
    }
  })
})
