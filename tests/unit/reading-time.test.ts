import { describe, expect, it } from 'vitest'

import { plainTextOfRichText, readingMinutes } from '@/lib/reading-time'
import { richTextFromBlocks } from '@/tooling/seed/rich-text'

describe('reading time', () => {
  it('counts Japanese characters at 500 a minute, rounding up', () => {
    expect(readingMinutes('再'.repeat(500), 'ja')).toBe(1)
    expect(readingMinutes('再'.repeat(501), 'ja')).toBe(2)
  })

  it('ignores whitespace when counting Japanese characters', () => {
    expect(readingMinutes(`${'再'.repeat(500)} \n\t　 `.repeat(2), 'ja')).toBe(2)
    expect(readingMinutes(`${'再'.repeat(250)}\n`.repeat(3), 'ja')).toBe(2)
  })

  it('counts English words at 200 a minute, rounding up', () => {
    expect(readingMinutes(Array(200).fill('cell').join(' '), 'en')).toBe(1)
    expect(readingMinutes(Array(401).fill('cell').join('\n  '), 'en')).toBe(3)
  })

  it('does not count English characters as if they were Japanese', () => {
    expect(readingMinutes('regenerative '.repeat(100), 'en')).toBe(1)
    expect(readingMinutes('regenerative '.repeat(100), 'ja')).toBe(3)
  })

  it('never reports less than one minute, even for empty text', () => {
    expect(readingMinutes('', 'ja')).toBe(1)
    expect(readingMinutes('   ', 'en')).toBe(1)
  })
})

describe('plain text of a rich-text value', () => {
  it('puts each block on its own line, in document order', () => {
    const value = richTextFromBlocks([
      { type: 'heading', text: '幹細胞とは' },
      { type: 'paragraph', text: '体の中にある細胞です。' },
      { type: 'list', items: ['自己複製', '分化'] },
      { type: 'quote', text: '引用' },
    ])
    expect(plainTextOfRichText(value)).toBe('幹細胞とは\n体の中にある細胞です。\n自己複製\n分化\n引用')
  })

  it('keeps the words of adjacent English paragraphs apart', () => {
    const value = richTextFromBlocks([
      { type: 'paragraph', text: 'first' },
      { type: 'paragraph', text: 'second' },
    ])
    expect(plainTextOfRichText(value).split(/\s+/)).toEqual(['first', 'second'])
  })

  it('returns an empty string for a missing value', () => {
    expect(plainTextOfRichText(null)).toBe('')
    expect(plainTextOfRichText(undefined)).toBe('')
    expect(plainTextOfRichText({})).toBe('')
  })
})
