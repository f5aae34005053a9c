import { describe, expect, it } from 'vitest'

import { richTextFromBlocks } from '@/tooling/seed/rich-text'
import { headingId, tableOfContents } from '@/lib/content/table-of-contents'

describe('table of contents', () => {
  it('lists headings and subheadings in order, with their levels', () => {
    const value = richTextFromBlocks([
      { type: 'paragraph', text: '導入' },
      { type: 'heading', text: '幹細胞とは' },
      { type: 'paragraph', text: '本文' },
      { type: 'subheading', text: '種類' },
      { type: 'list', items: ['ES細胞'] },
      { type: 'heading', text: '治療の現状' },
    ])
    expect(tableOfContents(value)).toEqual([
      { id: 'h-1', text: '幹細胞とは', level: 2 },
      { id: 'h-2', text: '種類', level: 3 },
      { id: 'h-3', text: '治療の現状', level: 2 },
    ])
  })

  it('gives headings with the same text different ids', () => {
    const value = richTextFromBlocks([
      { type: 'heading', text: 'まとめ' },
      { type: 'heading', text: 'まとめ' },
    ])
    expect(tableOfContents(value).map((entry) => entry.id)).toEqual(['h-1', 'h-2'])
  })

  it('joins the text of every child of a heading', () => {
    const value = {
      root: {
        children: [
          {
            type: 'heading',
            tag: 'h2',
            children: [{ text: 'iPS' }, { type: 'link', children: [{ text: '細胞' }] }],
          },
        ],
      },
    }
    expect(tableOfContents(value)).toEqual([{ id: 'h-1', text: 'iPS細胞', level: 2 }])
  })

  it('leaves out headings other than h2 and h3 but still counts them, as the renderer does', () => {
    const value = {
      root: {
        children: [
          { type: 'heading', tag: 'h4', children: [{ text: 'small' }] },
          { type: 'heading', tag: 'h2', children: [{ text: 'main' }] },
        ],
      },
    }
    expect(tableOfContents(value)).toEqual([{ id: 'h-2', text: 'main', level: 2 }])
  })

  it('returns no entries for a missing value', () => {
    expect(tableOfContents(null)).toEqual([])
    expect(tableOfContents(undefined)).toEqual([])
  })

  it('makes ASCII ids from the position, whatever the heading says', () => {
    expect(headingId('再生医療の未来', 0)).toBe('h-1')
    expect(headingId('再生医療の未来', 4)).toBe('h-5')
  })
})
