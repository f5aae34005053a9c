/**
 * The CSV export of inquiries: RFC 4180 quoting checked by parsing generated files back (with a
 * parser written here from the RFC's grammar), the formula guard, the byte-order mark and CRLF
 * records Excel in Japan expects, and headings in both languages.
 */
import { describe, expect, it } from 'vitest'

import {
  CSV_BYTE_ORDER_MARK,
  csvField,
  guardFormula,
  inquiriesToCsv,
  japanDateTime,
} from '@/lib/consultation/csv-export'
import type { StoredInquiry } from '@/lib/consultation/inquiry'
import { getMessages } from '@/lib/i18n/messages'

/** RFC 4180's grammar: records separated by CRLF, fields by commas, quoted fields with "" for ". */
function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let index = 0
  for (;;) {
    let field = ''
    if (text[index] === '"') {
      index++
      for (;;) {
        const quote = text.indexOf('"', index)
        if (quote === -1) throw new Error('unterminated quoted field')
        field += text.slice(index, quote)
        index = quote + 1
        if (text[index] === '"') {
          field += '"'
          index++
        } else break
      }
    } else {
      const end = text.slice(index).search(/,|\r\n/)
      field = end === -1 ? text.slice(index) : text.slice(index, index + end)
      if (/["\r\n]/.test(field)) throw new Error(`unquoted field with a quote or line break: ${JSON.stringify(field)}`)
      index += field.length
    }
    record.push(field)
    if (text[index] === ',') {
      index++
      continue
    }
    records.push(record)
    record = []
    if (text.startsWith('\r\n', index)) index += 2
    else if (index !== text.length) throw new Error(`unexpected ${JSON.stringify(text[index])} at ${index}`)
    if (index === text.length) return records
  }
}

/** A deterministic generator, so a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state / 2 ** 31
  }
}

const alphabet = [
  'a',
  'あ',
  '漢',
  ',',
  '"',
  '\n',
  '\r',
  '\r\n',
  ' ',
  '=',
  '+',
  '-',
  '@',
  '\t',
  '😀',
  'ש',
  "'",
  ';',
  '0',
]

function randomText(next: () => number): string {
  const length = Math.floor(next() * 12)
  return Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('')
}

function inquiry(overrides: Partial<StoredInquiry> = {}): StoredInquiry {
  return {
    id: 1,
    createdAt: '2026-12-01T02:13:18.000Z',
    name: '山田 花子',
    email: 'hanako@example.jp',
    language: 'ja',
    topic: 3,
    topicLabel: 'エクソソーム',
    message: '相談です。',
    consentedAt: '2026-12-01T02:13:18.000Z',
    status: 'new',
    note: null,
    ...overrides,
  }
}

describe('CSV export of inquiries', () => {
  it('starts with a byte-order mark and ends every record with CRLF', () => {
    const csv = inquiriesToCsv([inquiry()], 'ja')
    expect(csv.startsWith(CSV_BYTE_ORDER_MARK)).toBe(true)
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(parseCsv(csv.slice(1))).toHaveLength(2)
  })

  it('heads its columns in the admin language', () => {
    for (const locale of ['ja', 'en'] as const) {
      const [headings] = parseCsv(inquiriesToCsv([], locale).slice(1))
      const words = getMessages(locale).consultation.csv
      expect(headings).toEqual([
        words.id,
        words.receivedAt,
        words.status,
        words.name,
        words.email,
        words.language,
        words.topic,
        words.message,
        words.note,
        words.consentedAt,
      ])
    }
  })

  it('writes a row as the staff read it: Japan time, the status in words', () => {
    const [, row] = parseCsv(inquiriesToCsv([inquiry({ status: 'answered', note: '電話済み' })], 'ja').slice(1))
    expect(row).toEqual([
      '1',
      '2026-12-01 11:13:18',
      getMessages('ja').consultation.statuses.answered,
      '山田 花子',
      'hanako@example.jp',
      'ja',
      'エクソソーム',
      '相談です。',
      '電話済み',
      '2026-12-01 11:13:18',
    ])
  })

  it('gives back every generated text exactly, after the formula guard (2,000 rows)', () => {
    const next = random(16)
    const inquiries = Array.from({ length: 2000 }, (_, index) =>
      inquiry({ id: index + 1, name: randomText(next), message: randomText(next), note: randomText(next) }),
    )
    const rows = parseCsv(inquiriesToCsv(inquiries, 'en').slice(1)).slice(1)
    expect(rows).toHaveLength(inquiries.length)
    rows.forEach((row, index) => {
      const source = inquiries[index]!
      expect([row[3], row[7], row[8]]).toEqual([
        guardFormula(source.name),
        guardFormula(source.message),
        guardFormula(source.note ?? ''),
      ])
    })
  })

  it('never lets a cell start a formula', () => {
    const starts = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']
    const payloads = starts.flatMap((start) => [`${start}HYPERLINK("https://evil.example","x")`, `${start}1+1`, start])
    for (const payload of payloads) {
      const csv = inquiriesToCsv([inquiry({ name: payload, message: payload, note: payload, email: payload })], 'ja')
      const [, row] = parseCsv(csv.slice(1))
      for (const cell of [row![3], row![4], row![7], row![8]]) {
        expect(cell!.startsWith("'"), JSON.stringify(payload)).toBe(true)
        expect(cell!.slice(1)).toBe(payload)
      }
    }
  })

  it('leaves ordinary text alone and quotes only what needs it', () => {
    expect(csvField(guardFormula('山田'))).toBe('山田')
    expect(csvField(guardFormula("it's"))).toBe("it's")
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('one\ntwo')).toBe('"one\ntwo"')
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"')
    expect(guardFormula(' =1')).toBe(' =1')
  })

  it('writes Japan time across the date line, and leaves a date it cannot read as it is', () => {
    expect(japanDateTime('2026-12-31T15:00:00.000Z')).toBe('2027-01-01 00:00:00')
    expect(japanDateTime('2026-12-31T14:59:59.999Z')).toBe('2026-12-31 23:59:59')
    expect(japanDateTime('not a date')).toBe('not a date')
  })
})
