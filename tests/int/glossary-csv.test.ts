/**
 * The glossary in bulk over Payload's REST handlers on a real database: a generated file of 500
 * terms imported as drafts (or published), previewed again with no changes, exported and imported
 * back unchanged; generated bad rows of every class, each reported with its line and column and
 * nothing written; a save the collection refuses half-way through an import rolls back every
 * term before it; and who may use each endpoint, for every role.
 */
import { parse } from 'csv-parse/sync'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { glossaryCsvColumns, type GlossaryCsvColumn } from '@/lib/glossary/csv/columns'

import { rest, testPayload } from '../helpers/payload'
import { seededRandom } from '../helpers/seeded-random'
import { ensureUser, tokenFor, type Actor } from '../helpers/users'

type Cells = Record<GlossaryCsvColumn, string>
interface Problem {
  line: number
  field: GlossaryCsvColumn | null
  message: string
}

const everyone: (Actor | 'consultation')[] = ['anonymous', 'admin', 'editor', 'glossary', 'consultation']
const categorySlugs = ['stem-cells', 'exosomes', 'prp']
const TERM_COUNT = 500

let payload: Payload
let staff: string

beforeAll(async () => {
  payload = await testPayload()
  await ensureUser(payload, 'admin')
  staff = (await tokenFor(payload, 'glossary'))!
  for (const slug of categorySlugs) {
    await payload.create({
      collection: 'therapy-categories',
      locale: 'ja',
      data: { name: slug, slug, introduces: '細胞', _status: 'published' },
    })
  }
  // A category still in draft: terms may name it too.
  await payload.create({
    collection: 'therapy-categories',
    locale: 'ja',
    data: { name: '準備中', slug: 'in-preparation', introduces: '未定', _status: 'draft' },
  })
})

// ---------------------------------------------------------------------------------------------
// Generated files

const hiragana = 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわん'
// No 再・生・治: random pairs such as 神経再生 read as promises, which the claims guard refuses to publish.
const kanji = '幹細胞医療血小板培養組織移植免疫線維芽軟骨神経'
const awkward = ['、', ',', '"', '=', '+', '-', '@', "'", '\n', ' ']

function pick<T>(random: () => number, items: ArrayLike<T>): T {
  return items[Math.floor(random() * items.length)]
}
function word(random: () => number, alphabet: string, length: number): string {
  return Array.from({ length }, () => pick(random, alphabet)).join('')
}
/** Text that starts, sometimes, with what a spreadsheet reads as a formula, and holds CSV's own characters. */
function awkwardText(random: () => number, base: string): string {
  const start = random() < 0.2 ? pick(random, ['=', '+', '-', '@', "'"]) : ''
  const middle = random() < 0.5 ? pick(random, awkward) : ''
  return `${start}${base}${middle}${base.slice(0, 2)}`.trim()
}

function generatedTerms(seed: number, count = TERM_COUNT): Cells[] {
  const random = seededRandom(seed)
  return Array.from({ length: count }, (_, index) => {
    const english = random() < 0.8
    return {
      slug: `term-${seed}-${index}`,
      status: '',
      term_ja: awkwardText(random, word(random, kanji, 2 + Math.floor(random() * 4))),
      term_en: english ? awkwardText(random, `Term ${index}`) : '',
      reading: word(random, hiragana, 3 + Math.floor(random() * 6)),
      aliases_ja: Array.from({ length: Math.floor(random() * 3) }, () => word(random, kanji, 3)).join('|'),
      aliases_en: english && random() < 0.5 ? `alias ${index}|another ${index}` : '',
      short_definition_ja: awkwardText(random, word(random, kanji, 10 + Math.floor(random() * 40))),
      short_definition_en: english ? awkwardText(random, `A definition of term ${index}, "quoted"`) : '',
      categories: categorySlugs.filter(() => random() < 0.3).join('|'),
    }
  })
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}
/** Written as a staff member would from a spreadsheet: the formula characters as they are, quoted where CSV needs it. */
function csvOf(rows: Cells[], columns: readonly string[] = glossaryCsvColumns): string {
  const lines = [
    columns.join(','),
    ...rows.map((row) => columns.map((c) => csvField(row[c as GlossaryCsvColumn] ?? '')).join(',')),
  ]
  return `${lines.join('\r\n')}\r\n`
}

/** The line each row starts on, counting the line breaks inside quoted cells. */
function startLines(csv: string): number[] {
  const lines: number[] = []
  let line = 2
  for (const row of csv.split('\r\n').slice(1, -1)) {
    lines.push(line)
    line += 1 + (row.match(/\n/g)?.length ?? 0)
  }
  return lines
}

function upload(csv: string | Uint8Array, publish = false): FormData {
  const form = new FormData()
  form.set('file', new Blob([csv as BlobPart], { type: 'text/csv' }), 'glossary.csv')
  if (publish) form.set('publish', 'true')
  return form
}

async function post(
  action: 'preview' | 'import',
  csv: string | Uint8Array,
  options: { publish?: boolean; token?: string; acceptLanguage?: string } = {},
) {
  const response = await rest('POST', `/glossary-terms/csv/${action}`, {
    formData: upload(csv, options.publish),
    token: options.token ?? staff,
    acceptLanguage: options.acceptLanguage,
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { errors?: Problem[] } }
}

async function exported(token = staff): Promise<{ text: string; rows: Cells[] }> {
  const response = await rest('GET', '/glossary-terms/csv', { token })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/)
  const bytes = new Uint8Array(await response.arrayBuffer())
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = new TextDecoder().decode(bytes)
  const rows = parse(text, { bom: true, columns: true }) as Cells[]
  return { text, rows }
}

async function storedCount(): Promise<number> {
  return (await payload.count({ collection: 'glossary-terms', overrideAccess: true })).totalDocs
}

/** The apostrophe the export puts before a formula (or before an apostrophe), taken off again. */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r＝＋－＠']/.test(cell) ? cell.slice(1) : cell
}

// ---------------------------------------------------------------------------------------------

describe('who may use the CSV endpoints', () => {
  const expected: Record<string, number> = { anonymous: 401, editor: 403, consultation: 403, admin: 200, glossary: 200 }
  for (const actor of everyone) {
    it(`${actor}: export, preview and import answer ${expected[actor]}`, async () => {
      const token = await tokenFor(payload, actor as Actor)
      const headerOnly = csvOf([])
      const statuses = [
        (await rest('GET', '/glossary-terms/csv', { token })).status,
        (await post('preview', headerOnly, { token: token ?? '' })).status,
        (await post('import', headerOnly, { token: token ?? '' })).status,
      ]
      expect(statuses).toEqual([expected[actor], expected[actor], expected[actor]])
    })
  }
})

describe('bad rows', () => {
  type Breakage = (row: Cells, random: () => number, rows: Cells[]) => GlossaryCsvColumn | null
  /** Each class of mistake, applied to one row, and the column it must be reported on. */
  const breakages: Record<string, Breakage> = {
    'missing Japanese term': (row) => ((row.term_ja = ''), 'term_ja'),
    'missing reading': (row) => ((row.reading = ''), 'reading'),
    'missing Japanese definition': (row) => ((row.short_definition_ja = ' '), 'short_definition_ja'),
    'reading not in kana': (row) => ((row.reading = '幹細胞'), 'reading'),
    'unknown category': (row) => ((row.categories = 'stem-cells|no-such-category'), 'categories'),
    'category that is not a slug': (row) => ((row.categories = 'Stem Cells'), 'categories'),
    'definition too long': (row, random) => (
      (row.short_definition_ja = word(random, kanji, 161)),
      'short_definition_ja'
    ),
    'English definition too long': (row) => (
      (row.term_en ||= 'Term'),
      (row.short_definition_en = 'x'.repeat(161)),
      'short_definition_en'
    ),
    'bad slug': (row, random) => (
      (row.slug = pick(random, ['Bad Slug', '-leading', 'trailing-', 'ä-umlaut', 'a--b'])),
      'slug'
    ),
    'slug twice in the file': (row, _random, rows) => ((row.slug = rows[0].slug), 'slug'),
    'English term without its definition': (row) => (
      (row.term_en = 'Term'),
      (row.short_definition_en = ''),
      'short_definition_en'
    ),
    'English definition without its term': (row) => ((row.term_en = ''), (row.short_definition_en = 'Def'), 'term_en'),
    'unknown status': (row) => ((row.status = 'live'), 'status'),
  }

  it('reports each generated bad row with its line and column, and writes nothing', async () => {
    const random = seededRandom(7)
    const rows = generatedTerms(7)
    const broken = new Map<number, { kind: string; field: GlossaryCsvColumn | null }>()
    const kinds = Object.keys(breakages)
    // Every class at least three times, at random rows (never the first: its slug is the duplicate's).
    while (broken.size < kinds.length * 3) {
      const index = 1 + Math.floor(random() * (rows.length - 1))
      if (broken.has(index)) continue
      const kind = kinds[broken.size % kinds.length]
      broken.set(index, { kind, field: breakages[kind](rows[index], random, rows) })
    }
    const csv = csvOf(rows)
    const lines = startLines(csv)
    const before = await storedCount()
    for (const action of ['preview', 'import'] as const) {
      const { status, body } = await post(action, csv, { acceptLanguage: 'en' })
      expect(status).toBe(400)
      const reported = body.errors!.map(({ line, field }) => ({ line, field }))
      const wanted = [...broken.entries()]
        .sort(([a], [b]) => a - b)
        .map(([index, { field }]) => ({ line: lines[index], field }))
      expect(reported).toEqual(wanted)
      for (const error of body.errors!) expect(error.message).toMatch(/[a-z]/)
    }
    expect(await storedCount()).toBe(before)
  })

  it('reports a row with too few cells, a wrong header, bytes that are not UTF-8 and a quote left open', async () => {
    const rows = generatedTerms(8, 5)
    const csv = csvOf(rows)
    const short = csv.replace(/\r\n[^\r\n]*\r\n$/, '\r\nterm-x,draft,用語\r\n')
    const cases: [string | Uint8Array, Partial<Problem>[]][] = [
      [short, [{ line: startLines(short)[4], field: null }]],
      [
        csv.replace('short_definition_ja', 'definition_ja'),
        [
          { line: 1, field: null },
          { line: 1, field: 'short_definition_ja' },
        ],
      ],
      [
        Uint8Array.from([
          ...new TextEncoder().encode(csvOf(rows.slice(0, 2))),
          ...[0x97, 0x70, 0x8c, 0xea, 0x0d, 0x0a],
        ]),
        [{ line: 4, field: null }],
      ],
      [csvOf(rows.slice(0, 2)) + 'term-y,draft,"用語,,かな,,,説明,,\r\n', [{ line: 4, field: null }]],
    ]
    const before = await storedCount()
    for (const [file, problems] of cases) {
      for (const action of ['preview', 'import'] as const) {
        const { status, body } = await post(action, file, { acceptLanguage: 'ja' })
        expect(status).toBe(400)
        expect(body.errors).toMatchObject(problems)
        for (const error of body.errors!) expect(error.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/)
      }
    }
    expect(await storedCount()).toBe(before)
  })

  it('rolls back the whole import when the collection refuses a save half-way (a promise, published)', async () => {
    const rows = generatedTerms(9, 20)
    rows[12].short_definition_ja = 'この治療は副作用がなく、必ず改善します。'
    const before = await storedCount()
    const preview = await post('preview', csvOf(rows), { publish: true })
    expect(preview.status).toBe(200)
    const { status, body } = await post('import', csvOf(rows), { publish: true })
    expect(status).toBe(400)
    expect(body.errors).toMatchObject([{ line: startLines(csvOf(rows))[12] }])
    expect(await storedCount()).toBe(before)
  })
})

describe('500 terms', () => {
  const source = generatedTerms(19)
  const csv = csvOf(source)

  it(
    'previews 500 creates, imports them as drafts, and previews nothing to do afterwards',
    { timeout: 600_000 },
    async () => {
      const before = await storedCount()
      const preview = await post('preview', csv)
      expect(preview.status).toBe(200)
      expect(preview.body.counts).toEqual({ create: TERM_COUNT, change: 0, unchanged: 0 })
      expect(await storedCount()).toBe(before)

      const imported = await post('import', csv)
      expect(imported.body.errors ?? []).toEqual([])
      expect(imported.body.counts).toEqual({ create: TERM_COUNT, change: 0, unchanged: 0 })
      const published = await payload.count({
        collection: 'glossary-terms',
        where: { _status: { equals: 'published' } },
        overrideAccess: true,
      })
      expect(await storedCount()).toBe(before + TERM_COUNT)
      expect(published.totalDocs).toBe(0)

      const again = await post('preview', csv)
      expect(again.body.counts).toEqual({ create: 0, change: 0, unchanged: TERM_COUNT })
    },
  )

  it(
    'exports every term as imported, guarded against formulas, and the export imports back with no changes',
    { timeout: 600_000 },
    async () => {
      const { text, rows } = await exported()
      expect(rows).toHaveLength(TERM_COUNT)
      const bySlug = new Map(rows.map((row) => [row.slug, row]))
      for (const expected of source) {
        const row = bySlug.get(expected.slug)!
        expect(row.status).toBe('draft')
        for (const column of glossaryCsvColumns) {
          if (column === 'status') continue
          expect(row[column].startsWith('=') || row[column].startsWith('+') || row[column].startsWith('@')).toBe(false)
          expect(unguard(row[column])).toBe(expected[column])
        }
      }
      const preview = await post('preview', text)
      expect(preview.body.counts).toEqual({ create: 0, change: 0, unchanged: TERM_COUNT })
    },
  )

  it('changes only what the file changes, as drafts over what is published', { timeout: 600_000 }, async () => {
    // Published first, through the flag (the flag itself on a file of its own: below).
    const publishAll = await post('import', (await exported()).text, { publish: true })
    expect(publishAll.body.errors ?? []).toEqual([])
    expect(publishAll.body.counts).toEqual({ create: 0, change: TERM_COUNT, unchanged: 0 })
    const edited = source.map((row) => ({ ...row }))
    edited[3].term_en = 'Changed term'
    edited[3].short_definition_en = 'Changed definition'
    edited[250].aliases_ja = '新しい別名'
    edited[499].categories = 'in-preparation'
    const changed = await post('preview', csvOf(edited))
    expect(changed.body.counts).toEqual({ create: 0, change: 3, unchanged: TERM_COUNT - 3 })
    expect(changed.body.changes).toEqual([
      {
        line: startLines(csvOf(edited))[3],
        slug: edited[3].slug,
        term: edited[3].term_ja,
        fields: ['term_en', 'short_definition_en'],
      },
      {
        line: startLines(csvOf(edited))[250],
        slug: edited[250].slug,
        term: edited[250].term_ja,
        fields: ['aliases_ja'],
      },
      {
        line: startLines(csvOf(edited))[499],
        slug: edited[499].slug,
        term: edited[499].term_ja,
        fields: ['categories'],
      },
    ])
    expect((await post('import', csvOf(edited))).body.errors ?? []).toEqual([])
    const { rows } = await exported()
    const row = rows.find((each) => each.slug === edited[3].slug)!
    // Saved as a draft over the published term: the reader still gets the published text.
    expect([row.status, row.term_en]).toEqual(['draft', 'Changed term'])
    const live = await payload.find({
      collection: 'glossary-terms',
      where: { slug: { equals: edited[3].slug } },
      locale: 'en',
      overrideAccess: false,
    })
    expect(live.docs[0]?.term).toBe(source[3].term_en || source[3].term_ja)
    expect((await post('preview', csvOf(edited))).body.counts).toEqual({ create: 0, change: 0, unchanged: TERM_COUNT })
  })

  it(
    'publishes the terms of a file when asked, and then has nothing left to publish',
    { timeout: 600_000 },
    async () => {
      const file = csvOf(generatedTerms(21, 20))
      const preview = await post('preview', file, { publish: true })
      expect(preview.body.counts).toEqual({ create: 20, change: 0, unchanged: 0 })
      const imported = await post('import', file, { publish: true })
      expect(imported.body.errors ?? []).toEqual([])
      const published = await payload.count({
        collection: 'glossary-terms',
        where: { slug: { like: 'term-21-' }, _status: { equals: 'published' } },
        overrideAccess: true,
      })
      expect(published.totalDocs).toBe(20)
      expect((await post('preview', file, { publish: true })).body.counts).toEqual({
        create: 0,
        change: 0,
        unchanged: 20,
      })
    },
  )
})
