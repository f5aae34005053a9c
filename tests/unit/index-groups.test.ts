import { describe, expect, it } from 'vitest'

import { groupAlphabetically, groupByGojuonRow, type IndexableTerm } from '@/lib/glossary/index-groups'

const ja = (term: string, reading?: string | null): IndexableTerm => ({ term, reading })
const en = (term: string): IndexableTerm => ({ term, reading: null })
const rows = (groups: { row: string; terms: IndexableTerm[] }[]) =>
  Object.fromEntries(groups.map((g) => [g.row, g.terms.map((t) => t.term)]))

describe('grouping Japanese terms by gojūon row', () => {
  it('files a kanji term under the row of its reading, sending voiced kana to the base row', () => {
    const groups = groupByGojuonRow([ja('幹細胞', 'かんさいぼう'), ja('外来検査', 'がいらいけんさ')])
    expect(rows(groups)).toEqual({ か: ['外来検査', '幹細胞'] })
  })

  it('reads katakana as hiragana', () => {
    expect(rows(groupByGojuonRow([ja('エクソソーム', 'エクソソーム')]))).toEqual({ あ: ['エクソソーム'] })
  })

  it('sends semi-voiced and voiced は-row kana to は', () => {
    const groups = groupByGojuonRow([ja('培養条件', 'ばいようじょうせい'), ja('パッチ', 'ぱっち')])
    expect(groups.map((g) => g.row)).toEqual(['は'])
  })

  it('reads half-width katakana after width normalisation', () => {
    expect(rows(groupByGojuonRow([ja('iPS', 'ｱｲﾋﾟｰｴｽ')]))).toEqual({ あ: ['iPS'] })
  })

  it('files small kana with their full-size row and skips a leading long-vowel mark', () => {
    const groups = groupByGojuonRow([ja('ゃ', 'ゃ'), ja('ー', 'ーかい')])
    expect(rows(groups)).toEqual({ か: ['ー'], や: ['ゃ'] })
  })

  it('puts terms without a kana reading into a final その他 row', () => {
    const groups = groupByGojuonRow([ja('PRP', null), ja('ADSC', 'ADSC'), ja('わ', 'わ'), ja('アイ', 'あい')])
    expect(groups.map((g) => g.row)).toEqual(['あ', 'わ', 'その他'])
    expect(groups.at(-1)!.terms.map((t) => t.term)).toEqual(['ADSC', 'PRP'])
  })

  it('orders rows in gojūon order and omits empty rows', () => {
    const groups = groupByGojuonRow([ja('ら', 'らいぶ'), ja('さ', 'さいぼう'), ja('あ', 'あき'), ja('ま', 'まく')])
    expect(groups.map((g) => g.row)).toEqual(['あ', 'さ', 'ま', 'ら'])
  })

  it('returns the same term objects it was given', () => {
    const term = { ...ja('幹細胞', 'かんさいぼう'), id: 7 }
    expect(groupByGojuonRow([term])[0].terms[0]).toBe(term)
  })
})

describe('grouping English terms alphabetically', () => {
  it('files a term under its uppercased first letter, ignoring diacritics', () => {
    expect(rows(groupAlphabetically([en('exosome'), en('Émile'), en('Embryo')]))).toEqual({
      E: ['Embryo', 'Émile', 'exosome'],
    })
  })

  it('puts terms not starting with a letter into a final # row', () => {
    const groups = groupAlphabetically([en('3D culture'), en('stem cell'), en('adipose')])
    expect(groups.map((g) => g.row)).toEqual(['A', 'S', '#'])
  })

  it('sorts within a row ignoring case', () => {
    expect(rows(groupAlphabetically([en('cytokine'), en('Cell'), en('cartilage')]))).toEqual({
      C: ['cartilage', 'Cell', 'cytokine'],
    })
  })
})
