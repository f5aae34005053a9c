import { describe, expect, it } from 'vitest'

import { highlight, normaliseQuery, type Segment } from '@/lib/content/search-highlight'

const matched = (segments: Segment[]) => segments.filter((s) => s.match).map((s) => s.text)
const joined = (segments: Segment[]) => segments.map((s) => s.text).join('')

describe('highlighting search matches', () => {
  it('finds a Japanese substring without any spaces around it', () => {
    expect(highlight('間葉系幹細胞とは', '幹細胞')).toEqual([
      { text: '間葉系', match: false },
      { text: '幹細胞', match: true },
      { text: 'とは', match: false },
    ])
  })

  it('matches Latin text regardless of case', () => {
    expect(matched(highlight('Exosomes and exosome', 'EXO'))).toEqual(['Exo', 'exo'])
  })

  it('matches a full-width query against half-width text and the other way round', () => {
    expect(matched(highlight('Exosomes', 'ＥＸＯ'))).toEqual(['Exo'])
    expect(matched(highlight('第２相試験', '2'))).toEqual(['２'])
  })

  it('highlights every occurrence of every space-separated term', () => {
    const segments = highlight('幹細胞と培養上清、幹細胞治療', '幹細胞\u3000培養 ')
    expect(matched(segments)).toEqual(['幹細胞', '培養', '幹細胞'])
  })

  it('merges overlapping terms into one highlighted segment', () => {
    expect(matched(highlight('間葉系幹細胞', '葉系幹 幹細'))).toEqual(['葉系幹細'])
  })

  it('keeps the original characters when normalisation changes their length', () => {
    const text = 'ｶﾞｰｾﾞと㍻の記録'
    const segments = highlight(text, 'ガーゼ 平成')
    expect(joined(segments)).toBe(text)
    expect(matched(segments)).toEqual(['ｶﾞｰｾﾞ', '㍻'])
  })

  it('returns the whole text as one plain segment for a blank query', () => {
    expect(highlight('幹細胞', ' \u3000 ')).toEqual([{ text: '幹細胞', match: false }])
  })
})

describe('normalising the raw search query', () => {
  it('trims and collapses whitespace, including ideographic spaces', () => {
    expect(normaliseQuery('  幹細胞\u3000\u3000培養  ')).toEqual({ query: '幹細胞 培養', tooLong: false })
  })

  it('takes the first value of a repeated parameter and treats a missing one as empty', () => {
    expect(normaliseQuery(['exosome', 'stem']).query).toBe('exosome')
    expect(normaliseQuery(undefined)).toEqual({ query: '', tooLong: false })
  })

  it('reports and truncates a query longer than the limit', () => {
    expect(normaliseQuery('abcdef', 4)).toEqual({ query: 'abcd', tooLong: true })
    expect(normaliseQuery('abcd', 4)).toEqual({ query: 'abcd', tooLong: false })
  })
})
