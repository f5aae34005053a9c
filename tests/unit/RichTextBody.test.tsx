// @vitest-environment happy-dom
/**
 * An episode body as readers get it: glossary terms linked on the server and rendered as links
 * whose short definition is their accessible description, never inside headings, links or code.
 */
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { RichTextBody } from '@/components/RichTextBody'
import { linkGlossaryTerms, type GlossaryLinkTarget } from '@/lib/glossary/linking'

afterEach(cleanup)

const terms: GlossaryLinkTarget[] = [
  { slug: 'stem-cell', surfaces: ['幹細胞'], shortDefinition: 'さまざまな細胞に変化しうる細胞。' },
  { slug: 'mesenchymal-stem-cell', surfaces: ['間葉系幹細胞'], shortDefinition: '骨や脂肪に変化しうる幹細胞。' },
  { slug: 'exosome', surfaces: ['エクソソーム'], shortDefinition: '細胞が出す小さな粒子。' },
  { slug: 'cytokine', surfaces: ['サイトカイン'], shortDefinition: '細胞どうしの情報を伝えるたんぱく質。' },
]

const text = (value: string, format = 0) => ({
  type: 'text',
  text: value,
  format,
  version: 1,
  detail: 0,
  mode: 'normal',
  style: '',
})
const block = (type: string, children: object[], extra: object = {}) => ({
  type,
  children,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  ...extra,
})

function body(...children: object[]) {
  return { root: block('root', children) }
}

function renderLinked(value: object) {
  render(<RichTextBody value={linkGlossaryTerms(value, terms, 'ja')} className="episode-body" locale="ja" />)
}

describe('glossary terms in a rendered episode body', () => {
  it('become links to their page described by their short definition, once each, longest first', () => {
    renderLinked(body(block('paragraph', [text('間葉系幹細胞は幹細胞の一種で、幹細胞治療に使われます。')])))
    const links = screen.getAllByRole('link')
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/ja/glossary/mesenchymal-stem-cell',
      '/ja/glossary/stem-cell',
    ])
    expect(screen.getByRole('link', { name: '幹細胞' }).getAttribute('aria-describedby')).toBe('glossary-tip-stem-cell')
    expect(document.getElementById('glossary-tip-stem-cell')?.textContent).toBe('さまざまな細胞に変化しうる細胞。')
  })

  it('are left alone inside headings, links and code, and linked in the text after them', () => {
    renderLinked(
      body(
        block('heading', [text('エクソソームとは')], { tag: 'h2' }),
        block('paragraph', [
          block('link', [text('サイトカインの解説')], { fields: { url: 'https://example.org/', linkType: 'custom' } }),
          text('と'),
          text('幹細胞', 16),
          text('。エクソソームとサイトカインと幹細胞。'),
        ]),
      ),
    )
    const heading = screen.getByRole('heading', { level: 2 })
    expect(within(heading).queryByRole('link')).toBeNull()
    expect(screen.getByRole('link', { name: 'サイトカインの解説' }).getAttribute('href')).toBe('https://example.org/')
    expect(screen.getByText('幹細胞', { selector: 'code' })).toBeTruthy()
    const glossaryLinks = screen
      .getAllByRole('link')
      .filter((link) => link.getAttribute('href')?.startsWith('/ja/glossary/'))
    expect(glossaryLinks.map((link) => link.textContent)).toEqual(['エクソソーム', 'サイトカイン', '幹細胞'])
  })

  it('show a term’s reading as ruby over its link, kept out of the link’s name, and nothing over the others', () => {
    const withReadings = terms.map((term) =>
      term.slug === 'stem-cell' ? { ...term, reading: 'かんさいぼう' } : { ...term, reading: 'さいとかいん' },
    )
    render(
      <RichTextBody
        value={linkGlossaryTerms(
          body(block('paragraph', [text('幹細胞とサイトカイン。幹細胞。')])),
          withReadings,
          'ja',
        )}
        className="episode-body"
        locale="ja"
      />,
    )
    const link = screen.getByRole('link', { name: '幹細胞' })
    expect(link.querySelector('ruby > rt')?.textContent).toBe('かんさいぼう')
    for (const hidden of link.querySelectorAll('rt, rp')) expect(hidden.getAttribute('aria-hidden')).toBe('true')
    expect(link.getAttribute('aria-describedby')).toBe('glossary-tip-stem-cell')
    // サイトカイン is katakana already; the second 幹細胞 is not linked.
    expect(document.querySelectorAll('ruby')).toHaveLength(1)
    expect(screen.getByRole('link', { name: 'サイトカイン' }).querySelector('ruby')).toBeNull()
  })
})
