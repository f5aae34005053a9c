// @vitest-environment happy-dom
/**
 * Every block a page can hold, drawn empty and filled (generated over blocks/index.ts, so a new
 * block type without a case here fails), and the structured data of pages by kind.
 */
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { pageBlockTypes } from '@/blocks'
import { pageKinds } from '@/collections/Pages'
import { PageBlocks } from '@/components/blocks/PageBlocks'
import type { ReadyBlock } from '@/lib/content/page-blocks'
import { locales, type Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { faqPage, organisationPage } from '@/lib/seo/structured-data/page'
import { richTextFromParagraphs } from '@/tooling/seed/rich-text'

afterEach(cleanup)

type BlockType = ReadyBlock['blockType']
type Case = {
  empty: ReadyBlock
  filled: ReadyBlock
  /** What the filled block shows: checked against the rendered HTML. */
  expectFilled: (html: HTMLElement, locale: Locale) => void
  /** Whether the empty block draws nothing at all (a list with nothing in it, a link with nowhere to go). */
  emptyDrawsNothing: boolean
}

const episode = {
  id: 7,
  slug: 'msc-basics',
  title: 'MSC の基本',
  episodeNumber: 1,
  lead: 'Lead text',
  publishedAt: null,
  updatedAt: '2026-11-01T00:00:00.000Z',
}
const term = {
  id: 3,
  slug: 'exosome',
  term: 'Exosome',
  reading: 'えくそそーむ',
  shortDefinition: 'Small vesicles',
  updatedAt: '2026-11-01T00:00:00.000Z',
}

const cases: Record<BlockType, Case> = {
  richText: {
    empty: { blockType: 'richText', id: 'a', content: richTextFromParagraphs([]) },
    filled: { blockType: 'richText', id: 'a', content: richTextFromParagraphs(['First paragraph.', 'Second.']) },
    expectFilled: (html) => expect(html.querySelectorAll('p')).toHaveLength(2),
    emptyDrawsNothing: false,
  },
  episodeList: {
    empty: { blockType: 'episodeList', id: 'b', episodes: [] },
    filled: { blockType: 'episodeList', id: 'b', heading: 'Read next', episodes: [episode] },
    expectFilled: (html, locale) => {
      expect(html.querySelector('h2')?.textContent).toBe('Read next')
      expect(html.querySelector('a')?.getAttribute('href')).toBe(`/${locale}/episodes/msc-basics`)
      expect(html.textContent).toContain('Lead text')
    },
    emptyDrawsNothing: true,
  },
  glossarySelection: {
    empty: { blockType: 'glossarySelection', id: 'c', heading: 'Terms', terms: [] },
    filled: { blockType: 'glossarySelection', id: 'c', terms: [term] },
    expectFilled: (html, locale) => {
      expect(html.querySelector('h2')?.textContent).toBe(getMessages(locale).nav.glossary)
      expect(html.querySelector('dt a')?.getAttribute('href')).toBe(`/${locale}/glossary/exosome`)
      expect(html.querySelector('dd')?.textContent).toBe('Small vesicles')
    },
    emptyDrawsNothing: true,
  },
  callToAction: {
    empty: { blockType: 'callToAction', id: 'd', heading: 'Ask us', link: null },
    filled: {
      blockType: 'callToAction',
      id: 'd',
      heading: 'Ask us',
      body: 'We answer in your language.',
      link: { href: '/en/consultation', label: 'Consult' },
    },
    expectFilled: (html) => {
      expect(html.querySelector('h2')?.textContent).toBe('Ask us')
      expect(html.querySelector('a')?.getAttribute('href')).toBe('/en/consultation')
      expect(html.querySelector('a')?.textContent).toBe('Consult')
    },
    emptyDrawsNothing: true,
  },
  faq: {
    empty: { blockType: 'faq', id: 'e', items: [] },
    filled: {
      blockType: 'faq',
      id: 'e',
      items: [
        { question: 'Is it covered by insurance?', answer: 'Usually not.\n\nAsk the clinic.' },
        { question: 'How long?', answer: 'It depends.' },
      ],
    },
    expectFilled: (html, locale) => {
      expect(html.querySelector('h2')?.textContent).toBe(getMessages(locale).page.faq)
      expect([...html.querySelectorAll('details summary')].map((summary) => summary.textContent)).toEqual([
        'Is it covered by insurance?',
        'How long?',
      ])
      expect(html.querySelectorAll('details')[0]!.querySelectorAll('p')).toHaveLength(2)
    },
    emptyDrawsNothing: true,
  },
  consultationForm: {
    empty: { blockType: 'consultationForm', id: 'f', topics: [] },
    filled: {
      blockType: 'consultationForm',
      id: 'f',
      intro: 'Tell us what you would like to know.',
      topics: [{ id: 4, name: 'Exosomes' }],
      privacyPolicyPath: '/ja/privacy',
    },
    expectFilled: (html) => {
      expect(html.querySelector('section#consultation > p')?.textContent).toBe('Tell us what you would like to know.')
      // The topics and the consent's link come from the prepared block, not from a query here.
      expect([...html.querySelectorAll('form option')].map((option) => option.textContent)).toContain('Exosomes')
      expect(html.querySelector('form a[href="/ja/privacy"]')).not.toBeNull()
    },
    emptyDrawsNothing: false,
  },
}

describe('every block type has a case here', () => {
  it('the cases are exactly the block types of blocks/index.ts', () => {
    expect(Object.keys(cases).sort()).toEqual([...pageBlockTypes].sort())
  })
})

const matrix = locales.flatMap((locale) =>
  (Object.keys(cases) as BlockType[]).flatMap((type) =>
    (['empty', 'filled'] as const).map((state) => [type, state, locale] as const),
  ),
)

describe('a page block drawn by PageBlocks', () => {
  it.each(matrix)('%s, %s, in %s', (type, state, locale) => {
    const testCase = cases[type]
    const { container } = render(<PageBlocks blocks={[testCase[state]]} locale={locale} />)
    if (state === 'empty' && testCase.emptyDrawsNothing) {
      expect(container.innerHTML).toBe('')
      return
    }
    if (state === 'filled') testCase.expectFilled(container, locale)
    // Never a link to nowhere.
    for (const link of container.querySelectorAll('a')) expect(link.getAttribute('href')).toMatch(/^\/(ja|en)\//)
  })

  it('draws blocks in the editors’ order', () => {
    const blocks = (Object.keys(cases) as BlockType[]).map((type) => cases[type].filled)
    const { container } = render(<PageBlocks blocks={blocks.toReversed()} locale="en" />)
    const sections = [...container.querySelectorAll('section')].map((section) => section.className)
    expect(sections[0]).toContain('page-consultation')
    expect(sections.at(-1)).toContain('page-episodes')
  })

  it('tells the consultation form it was sent', () => {
    const { container } = render(<PageBlocks blocks={[cases.consultationForm.filled]} locale="ja" consultationSent />)
    expect(container.textContent).toContain(getMessages('ja').consultation.form.sentHeading)
    expect(container.querySelector('form')).toBeNull()
  })
})

const site = (locale: Locale) => ({ siteUrl: 'https://column.example', locale })

describe('structured data of a page', () => {
  const expectedType = { about: 'AboutPage', consultation: 'ContactPage' } as Record<string, string>
  it.each(pageKinds.flatMap((kind) => locales.map((locale) => [kind, locale] as const)))(
    'a %s page in %s',
    (kind, locale) => {
      const data = organisationPage(site(locale), {
        title: 'Title',
        slug: 'some-page',
        kind,
        summary: 'Summary',
        updatedAt: '2026-11-01T00:00:00.000Z',
      }) as unknown as Record<string, unknown>
      expect(data['@type']).toBe(expectedType[kind] ?? 'WebPage')
      expect(data.url).toBe(`https://column.example/${locale}/some-page`)
      expect(data.inLanguage).toBe(locale)
      expect(data.description).toBe('Summary')
    },
  )

  it('FAQPage has every question with its answer, and is absent without questions', () => {
    const data = faqPage(site('ja'), 'faq-page', [{ question: 'Q1', answer: 'A1' }]) as unknown as {
      mainEntity: { name: string; acceptedAnswer: { text: string } }[]
    }
    expect(data.mainEntity).toEqual([
      { '@type': 'Question', name: 'Q1', acceptedAnswer: { '@type': 'Answer', text: 'A1' } },
    ])
    expect(faqPage(site('ja'), 'faq-page', [])).toBeNull()
  })
})
