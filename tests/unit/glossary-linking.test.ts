import { describe, expect, it } from 'vitest'

import { linkGlossaryTerms, type GlossaryLinkTarget } from '@/lib/glossary/linking'
import { richTextFromBlocks, type PlainBlock } from '@/tooling/seed/rich-text'

const japaneseTerms: GlossaryLinkTarget[] = [
  { slug: 'stem-cell', surfaces: ['幹細胞'], shortDefinition: 'さまざまな細胞に変化しうる細胞。' },
  { slug: 'mesenchymal-stem-cell', surfaces: ['間葉系幹細胞', 'MSC'], shortDefinition: '骨や脂肪に変化しうる幹細胞。' },
  { slug: 'exosome', surfaces: ['エクソソーム'], shortDefinition: '細胞が出す小さな粒子。' },
]

type Node = { type: string; text?: string; slug?: string; children?: Node[] }

/** The text of each block, with linked terms written as [text→slug]. */
function render(value: unknown): string[] {
  const inline = (node: Node): string =>
    node.type === 'glossaryTerm'
      ? `[${node.text}→${node.slug}]`
      : (node.text ?? (node.children ?? []).map(inline).join(''))
  return ((value as { root: { children: Node[] } }).root.children ?? []).map(inline)
}

const link = (blocks: PlainBlock[], terms = japaneseTerms, locale: 'ja' | 'en' = 'ja') =>
  render(linkGlossaryTerms(richTextFromBlocks(blocks), terms, locale))

describe('linking glossary terms in an episode body', () => {
  it('links a Japanese term inside text without spaces', () => {
    expect(link([{ type: 'paragraph', text: 'これはエクソソームの話です。' }])).toEqual([
      'これは[エクソソーム→exosome]の話です。',
    ])
  })

  it('links only the first occurrence of each term in the whole body', () => {
    expect(
      link([
        { type: 'paragraph', text: 'エクソソームとエクソソーム。' },
        { type: 'paragraph', text: 'またエクソソーム。' },
      ]),
    ).toEqual(['[エクソソーム→exosome]とエクソソーム。', 'またエクソソーム。'])
  })

  it('prefers the longest term starting at the same place', () => {
    expect(link([{ type: 'paragraph', text: '間葉系幹細胞は幹細胞の一種です。' }])).toEqual([
      '[間葉系幹細胞→mesenchymal-stem-cell]は[幹細胞→stem-cell]の一種です。',
    ])
  })

  it('links an alias to its term', () => {
    expect(link([{ type: 'paragraph', text: 'MSCとは何か。' }])).toEqual(['[MSC→mesenchymal-stem-cell]とは何か。'])
  })

  it('leaves headings alone and links the term in the text after them', () => {
    expect(
      link([
        { type: 'heading', text: 'エクソソームとは' },
        { type: 'paragraph', text: 'エクソソームは粒子です。' },
      ]),
    ).toEqual(['エクソソームとは', '[エクソソーム→exosome]は粒子です。'])
  })

  it('links terms inside list items and quotes', () => {
    expect(
      link([
        { type: 'list', items: ['幹細胞を使う'] },
        { type: 'quote', text: 'エクソソームという言葉' },
      ]),
    ).toEqual(['[幹細胞→stem-cell]を使う', '[エクソソーム→exosome]という言葉'])
  })

  it('matches English terms as whole words, ignoring case', () => {
    const english: GlossaryLinkTarget[] = [
      { slug: 'exosome', surfaces: ['exosome', 'exosomes'], shortDefinition: 'A particle.' },
    ]
    expect(link([{ type: 'paragraph', text: 'Nanoexosome aside, Exosomes carry messages.' }], english, 'en')).toEqual([
      'Nanoexosome aside, [Exosomes→exosome] carry messages.',
    ])
  })

  it('leaves the body unchanged when there are no terms', () => {
    const body = richTextFromBlocks([{ type: 'paragraph', text: 'エクソソーム' }])
    expect(linkGlossaryTerms(body, [], 'ja')).toBe(body)
  })
})
