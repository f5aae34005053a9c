/**
 * The Aho–Corasick linker gives exactly what the old per-surface search gave (kept as the oracle in
 * tooling/glossary/reference-linker.ts), on generated bodies against generated glossaries: nested
 * and overlapping Japanese terms (幹細胞 inside 間葉系幹細胞), English case variants and terms at word
 * boundaries, aliases shared by two terms, surfaces with spaces around them, text split over
 * several nodes, code, links and headings, and the few characters whose lower case changes length.
 */
import { describe, expect, it } from 'vitest'

import { linkGlossaryTerms, type GlossaryLinkTarget } from '@/lib/glossary/linking'
import type { Locale } from '@/lib/i18n/locales'
import { linkGlossaryTermsByReference } from '@/tooling/glossary/reference-linker'
import { seededRandom } from '../helpers/seeded-random'

const random = seededRandom(20261202)
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1))
const times = <T>(count: number, make: (index: number) => T) => Array.from({ length: count }, (_, index) => make(index))

// Pieces that nest and overlap when put together: 幹細胞 ⊂ 間葉系幹細胞, 細胞 ⊂ 幹細胞, 系幹 across both.
const japanesePieces = [
  '幹細胞',
  '間葉系',
  '細胞',
  '幹',
  '系',
  'エクソソーム',
  'ソーム',
  '培養',
  '上清',
  'iPS',
  'MSC',
  'ｶﾞ',
]
const japaneseGlue = ['は', 'の', '、', '。', ' ', 'と', '']
// Words that are prefixes of each other, punctuation inside terms, and İ/Σ whose lower case differs.
// A term may start with a non-letter right after another term ends (cell.net), and Σ lower-cases to
// ς or σ depending on the letters before it (cell.Σ).
const englishPieces = [
  'stem',
  'cell',
  'cells',
  'exo',
  'some',
  'exosome',
  'msc',
  'iPS',
  'C++',
  '.net',
  'x-ray',
  'İ',
  'Σ',
  'σ',
  'ς',
  '2',
]
const englishGlue = [' ', ' ', ', ', '. ', '.', '-', '', '(', ')']

const caseVariant = (text: string) =>
  [...text].map((character) => (random() < 0.3 ? character.toUpperCase() : character)).join('')

function generatedText(locale: Locale, pieces: number): string {
  const words = locale === 'ja' ? japanesePieces : englishPieces
  const glue = locale === 'ja' ? japaneseGlue : englishGlue
  return times(pieces, () => caseVariant(pick(words)) + pick(glue)).join('')
}

function generatedSurface(locale: Locale): string {
  const words = locale === 'ja' ? japanesePieces : englishPieces
  const joiner = locale === 'ja' ? '' : pick([' ', '', '-'])
  const surface = times(random() < 0.6 ? 1 : between(2, 3), () => pick(words)).join(joiner)
  const variant = locale === 'en' && random() < 0.5 ? caseVariant(surface) : surface
  return random() < 0.1 ? ` ${variant} ` : random() < 0.03 ? '  ' : variant
}

function generatedGlossary(locale: Locale): GlossaryLinkTarget[] {
  const targets = times(between(1, 12), (index) => ({
    slug: `term-${index}`,
    surfaces: times(between(1, 3), () => generatedSurface(locale)),
    shortDefinition: `definition ${index}`,
  }))
  // Now and then two terms share an alias, or a slug is listed twice.
  if (targets.length > 1 && random() < 0.2) targets[1].surfaces.push(targets[0].surfaces[0])
  if (targets.length > 2 && random() < 0.1) targets[2].slug = targets[0].slug
  return targets
}

type Node = Record<string, unknown>

const textNode = (text: string, format = 0): Node => ({ type: 'text', text, format, version: 1 })

function generatedInline(locale: Locale): Node[] {
  return times(between(1, 4), () => {
    const roll = random()
    if (roll < 0.1) return textNode(generatedText(locale, 2), 16) // inline code
    if (roll < 0.2) return { type: 'link', version: 1, children: [textNode(generatedText(locale, 2))] }
    if (roll < 0.25) return textNode('')
    return textNode(generatedText(locale, between(1, 8)), pick([0, 0, 1, 2]))
  })
}

function generatedBody(locale: Locale) {
  const blocks = times(between(1, 6), (): Node => {
    const kind = pick(['paragraph', 'paragraph', 'heading', 'quote', 'list', 'code'])
    if (kind === 'list')
      return {
        type: 'list',
        version: 1,
        children: times(between(1, 3), () => ({ type: 'listitem', version: 1, children: generatedInline(locale) })),
      }
    return { type: kind, version: 1, children: generatedInline(locale) }
  })
  return { root: { type: 'root', version: 1, children: blocks } }
}

describe('the Aho–Corasick glossary linker', () => {
  for (const locale of ['ja', 'en'] as const) {
    it(`links exactly what the old linker linked, on 2,000 generated ${locale} bodies and glossaries`, () => {
      let linkedSomething = 0
      for (let index = 0; index < 2000; index++) {
        const targets = generatedGlossary(locale)
        const body = generatedBody(locale)
        const expected = linkGlossaryTermsByReference(body, targets, locale)
        const actual = linkGlossaryTerms(body, targets, locale)
        expect(actual, JSON.stringify({ targets, body })).toEqual(expected)
        if (JSON.stringify(expected).includes('glossaryTerm')) linkedSomething++
      }
      // The cases are worth something only if most of them link terms.
      expect(linkedSomething).toBeGreaterThan(1000)
    })
  }

  it('gives the same result when the same glossary is used again (the automaton is kept)', () => {
    const targets = generatedGlossary('ja')
    const body = generatedBody('ja')
    const first = linkGlossaryTerms(body, targets, 'ja')
    const again = linkGlossaryTerms(body, structuredClone(targets), 'ja')
    expect(again).toEqual(first)
    expect(again).toEqual(linkGlossaryTermsByReference(body, targets, 'ja'))
  })
})
