/**
 * The glossary's CSV file without a database: line numbers as a person counts them in an editor
 * (quoted cells with line breaks, empty lines, CRLF and LF mixed), the reversible formula guard,
 * and generated terms with every awkward character going through export and back unchanged.
 */
import { describe, expect, it } from 'vitest'

import { guardFormulaReversibly, unguardFormula } from '@/lib/csv/formula-guard'
import { glossaryCsvColumns } from '@/lib/glossary/csv/columns'
import { glossaryToCsv } from '@/lib/glossary/csv/export'
import type { StoredTerm } from '@/lib/glossary/csv/plan'
import { readGlossaryCsv } from '@/lib/glossary/csv/read-file'
import { termFromRow } from '@/lib/glossary/csv/term-row'

import { seededRandom } from '../helpers/seeded-random'

const header = glossaryCsvColumns.join(',')
const bytes = (text: string) => new TextEncoder().encode(text)
const row = (slug: string, termJa: string) => `${slug},draft,${termJa},,かな,,,説明,,`

describe('reading the file', () => {
  it('gives each record the line it starts on, past multi-line cells and empty lines', () => {
    const text = [
      header,
      row('a', '一'),
      '',
      `b,draft,"二\r\n行目",,かな,,,説明,,`,
      row('c', '三'),
      '',
      '',
      row('d', '四'),
    ]
      .join('\r\n')
      .replace(`${row('c', '三')}\r\n`, `${row('c', '三')}\n`)
    const { rows, problems } = readGlossaryCsv(bytes(`\uFEFF${text}\r\n`))
    expect(problems).toEqual([])
    expect(rows.map((each) => [each.cells.slug, each.line])).toEqual([
      ['a', 2],
      ['b', 4],
      ['c', 6],
      ['d', 9],
    ])
  })

  it('reports the line of a quote that never closes and of bytes that are not UTF-8', () => {
    const unclosed = readGlossaryCsv(
      bytes([header, row('a', '一'), `b,draft,"二,,かな,,,説明,,`, row('c', '三')].join('\n')),
    )
    expect(unclosed.problems).toMatchObject([{ line: 3, field: null, key: 'column:csvQuoteNotClosed' }])
    const shiftJis = Uint8Array.from([...bytes(`${header}\n${row('a', '一')}\n`), 0x83, 0x41, 0x0a])
    expect(readGlossaryCsv(shiftJis).problems).toMatchObject([{ line: 3, key: 'column:csvNotUtf8' }])
  })

  it('names unknown, doubled and missing columns on line 1', () => {
    const { problems } = readGlossaryCsv(bytes(`${header.replace('reading', 'yomi')},slug\n`))
    expect(problems).toEqual([
      { line: 1, field: null, key: 'column:csvUnknownColumn', variables: { column: 'yomi' } },
      { line: 1, field: 'slug', key: 'column:csvDuplicateColumn', variables: { column: 'slug' } },
      { line: 1, field: 'reading', key: 'column:csvMissingColumn', variables: { column: 'reading' } },
    ])
  })
})

const awkward = [
  '=SUM(A1)',
  '+1',
  '-2',
  '@cmd',
  "'quoted",
  "''=x",
  '\t=tab',
  '＝全角',
  'a,b',
  'say "hi"',
  'two\nlines',
  '普通',
]

function randomText(random: () => number): string {
  const parts = Array.from(
    { length: 1 + Math.floor(random() * 3) },
    () => awkward[Math.floor(random() * awkward.length)],
  )
  return parts.join(random() < 0.5 ? ' ' : '')
}

describe('the formula guard', () => {
  it('gives back exactly the text it guarded, and no cell it writes starts a formula', () => {
    const random = seededRandom(19)
    for (let index = 0; index < 500; index++) {
      const value = randomText(random)
      const guarded = guardFormulaReversibly(value)
      expect(guarded).not.toMatch(/^[=+\-@\t\r＝＋－＠]/)
      expect(unguardFormula(guarded)).toBe(value)
    }
  })
})

describe('export and import', () => {
  it('reads back every generated term as it was exported', () => {
    const random = seededRandom(2)
    const terms: StoredTerm[] = Array.from({ length: 200 }, (_, index) => ({
      id: index + 1,
      slug: `term-${index}`,
      status: random() < 0.5 ? 'draft' : 'published',
      termJa: randomText(random).trim() || '用語',
      termEn: `Term ${index} ${randomText(random)}`.trim(),
      reading: 'ようご',
      aliasesJa: [randomText(random).trim() || '別名'],
      aliasesEn: [],
      definitionJa: randomText(random).trim() || '説明',
      definitionEn: randomText(random).trim() || 'definition',
      categories: ['stem-cells'],
    }))
    const { rows, problems } = readGlossaryCsv(bytes(glossaryToCsv(terms)))
    expect(problems).toEqual([])
    const read = rows.map((each) => termFromRow(each))
    read.forEach((result, index) => {
      if (!result.ok) throw new Error(JSON.stringify(result.problems))
      const { line: _line, slug, ...fields } = result.row
      const { id: _id, status: _status, slug: storedSlug, ...expected } = terms[index]
      expect({ slug, ...fields }).toEqual({ slug: storedSlug, ...expected })
    })
  })
})
