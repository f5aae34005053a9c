/**
 * Readings (furigana) over linked glossary terms, on generated bodies against generated
 * glossaries: a term's reading rides on its one link (its first occurrence in the body) and only
 * there; only where the linked text is the term itself written with kanji, never over an alias or a
 * kana-only term; never without a reading; never on the English site. Adding readings changes
 * nothing about what is linked: with them taken out, the result is the reference linker's.
 */
import { describe, expect, it } from 'vitest'

import {
  hasRubyReadings,
  linkGlossaryTerms,
  type GlossaryLinkTarget,
  type GlossaryTermNode,
} from '@/lib/glossary/linking'
import type { Locale } from '@/lib/i18n/locales'
import { linkGlossaryTermsByReference } from '@/tooling/glossary/reference-linker'
import { seededRandom } from '../helpers/seeded-random'

const random = seededRandom(20261203)
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1))
const times = <T>(count: number, make: (index: number) => T) => Array.from({ length: count }, (_, index) => make(index))

/** Terms as staff write them: in kanji, kanji with Latin letters, katakana only, and English. */
const termPool: { term: string; reading: string; aliases: string[] }[] = [
  { term: '幹細胞', reading: 'かんさいぼう', aliases: ['ステムセル'] },
  { term: '間葉系幹細胞', reading: 'かんようけいかんさいぼう', aliases: ['MSC'] },
  { term: '再生医療', reading: 'さいせいいりょう', aliases: ['再生治療'] },
  { term: '培養上清', reading: 'ばいようじょうせい', aliases: ['培養上清液'] },
  { term: '細胞', reading: 'さいぼう', aliases: [] },
  { term: 'iPS細胞', reading: 'あいぴーえすさいぼう', aliases: ['人工多能性幹細胞'] },
  { term: 'エクソソーム', reading: 'えくそそーむ', aliases: ['エキソソーム'] },
  { term: 'サイトカイン', reading: 'さいとかいん', aliases: [] },
  { term: 'stem cell', reading: 'すてむせる', aliases: ['stem cells'] },
]
const glue = ['は', 'の', '、', '。', 'と', 'を使う', ' ', '']

interface Target extends GlossaryLinkTarget {
  /** What a ruby over this target's term must say, or nothing. */
  expectedReading?: string
}

function generatedGlossary(): Target[] {
  const chosen = [...termPool].sort(() => random() - 0.5).slice(0, between(1, termPool.length))
  return chosen.map(({ term, reading, aliases }, index) => {
    const roll = random()
    // A reading as staff may leave it: missing, blank, or with spaces around it.
    const given = roll < 0.15 ? undefined : roll < 0.2 ? '  ' : roll < 0.3 ? ` ${reading} ` : reading
    const surfaces = [random() < 0.1 ? ` ${term} ` : term, ...aliases.filter(() => random() < 0.7)]
    const hasKanji = /\p{Script=Han}/u.test(term)
    return {
      slug: `term-${index}`,
      surfaces,
      shortDefinition: `definition ${index}`,
      ...(given === undefined ? {} : { reading: given }),
      expectedReading: hasKanji && given?.trim() ? given.trim() : undefined,
    }
  })
}

const textNode = (text: string, format = 0) => ({ type: 'text', text, format, version: 1 })

function generatedBody(targets: Target[]) {
  const words = [...targets.flatMap((target) => target.surfaces.map((surface) => surface.trim())), '薬', '治療']
  const sentence = () => times(between(1, 10), () => pick(words) + pick(glue)).join('')
  const blocks = times(between(1, 6), () => {
    const kind = pick(['paragraph', 'paragraph', 'paragraph', 'heading', 'quote'])
    return { type: kind, version: 1, children: times(between(1, 3), () => textNode(sentence(), pick([0, 0, 1]))) }
  })
  return { root: { type: 'root', version: 1, children: blocks } }
}

type Node = { type: string; text?: string; reading?: string; slug?: string; children?: Node[] }

function linkedTerms(value: unknown): GlossaryTermNode[] {
  const visit = (node: Node): Node[] => (node.type === 'glossaryTerm' ? [node] : (node.children ?? []).flatMap(visit))
  return visit((value as { root: Node }).root) as unknown as GlossaryTermNode[]
}

/** The linked body without readings: what the linker gave before readings existed. */
function withoutReadings(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, field: unknown) => (key === 'reading' ? undefined : field))
}

const asLinkTargets = (targets: Target[]): GlossaryLinkTarget[] =>
  targets.map(({ expectedReading: _expected, ...target }) => target)

describe('readings over linked glossary terms', () => {
  it('ride on the first, only, link of a kanji term with a reading, on 1,000 generated Japanese bodies', () => {
    let withRuby = 0
    let termsWithoutRuby = 0
    for (let index = 0; index < 1000; index++) {
      const targets = generatedGlossary()
      const body = generatedBody(targets)
      const linked = linkGlossaryTerms(body, asLinkTargets(targets), 'ja')
      const context = JSON.stringify({ targets, body })
      expect(withoutReadings(linked), context).toEqual(
        withoutReadings(linkGlossaryTermsByReference(body, asLinkTargets(targets), 'ja')),
      )
      const terms = linkedTerms(linked)
      // Each term is linked once, so its reading shows once: over its first occurrence.
      expect(new Set(terms.map((term) => term.slug)).size, context).toBe(terms.length)
      for (const term of terms) {
        const target = targets.find((candidate) => candidate.slug === term.slug)!
        const isTheTerm = term.text === target.surfaces[0]!.trim()
        expect(term.reading, context).toBe(isTheTerm ? target.expectedReading : undefined)
        if (term.reading) withRuby++
        else termsWithoutRuby++
      }
      expect(hasRubyReadings(linked), context).toBe(terms.some((term) => term.reading))
    }
    // The cases are worth something only if both kinds are common.
    expect(withRuby).toBeGreaterThan(500)
    expect(termsWithoutRuby).toBeGreaterThan(500)
  })

  it('never appear on the English site, even when the glossary hands readings over', () => {
    let linkedSomething = 0
    for (let index = 0; index < 500; index++) {
      const targets = generatedGlossary()
      const linked = linkGlossaryTerms(generatedBody(targets), asLinkTargets(targets), 'en' as Locale)
      expect(linkedTerms(linked).filter((term) => term.reading)).toEqual([])
      expect(hasRubyReadings(linked)).toBe(false)
      if (linkedTerms(linked).length > 0) linkedSomething++
    }
    expect(linkedSomething).toBeGreaterThan(250)
  })

  it('leave later occurrences of a term plain text, and a term without a reading plain link', () => {
    const targets: GlossaryLinkTarget[] = [
      { slug: 'stem-cell', surfaces: ['幹細胞'], shortDefinition: '細胞。', reading: 'かんさいぼう' },
      { slug: 'cytokine', surfaces: ['サイトカイン'], shortDefinition: 'たんぱく質。', reading: 'さいとかいん' },
      { slug: 'medium', surfaces: ['培養上清'], shortDefinition: '液。' },
    ]
    const body = {
      root: {
        type: 'root',
        version: 1,
        children: [
          { type: 'paragraph', version: 1, children: [textNode('幹細胞と培養上清とサイトカイン。幹細胞。')] },
          { type: 'paragraph', version: 1, children: [textNode('また幹細胞。')] },
        ],
      },
    }
    const linked = linkGlossaryTerms(body, targets, 'ja') as unknown as { root: Node }
    expect(linked.root.children![0]!.children).toEqual([
      expect.objectContaining({ type: 'glossaryTerm', text: '幹細胞', reading: 'かんさいぼう' }),
      expect.objectContaining({ type: 'text', text: 'と' }),
      expect.not.objectContaining({ reading: expect.anything() }),
      expect.objectContaining({ type: 'text', text: 'と' }),
      expect.not.objectContaining({ reading: expect.anything() }),
      expect.objectContaining({ type: 'text', text: '。幹細胞。' }),
    ])
    expect(linked.root.children![1]!.children).toEqual([
      expect.objectContaining({ type: 'text', text: 'また幹細胞。' }),
    ])
  })
})
