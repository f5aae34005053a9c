/**
 * Page numbers of paged lists, by classes: the URL segment parser over every string shape a URL
 * can carry (generated: each number with its leading zeros, signs, decimals, exponents, spaces,
 * other scripts' digits, huge values, and random strings over an alphabet of all of those), the
 * page window over every (page count, current page, radius) in a range, the /page/1 redirect over
 * every list kind and locale, and the sitemap split over every (entries, part size) in a range.
 */
import { describe, expect, it } from 'vitest'

import { locales } from '@/lib/i18n/locales'
import { categoryPath, episodePath, glossaryPath, glossaryTermPath, homePath, seriesPath } from '@/lib/i18n/paths'
import {
  GAP,
  laterPageNumber,
  MAX_PAGE_NUMBER,
  pageCountOf,
  pageWindow,
  parsePageNumber,
} from '@/lib/paging/page-number'
import { firstPageRedirect, pagedPath, samePageInOtherLocale } from '@/lib/paging/paths'
import { sitemapParts } from '@/lib/seo/sitemap-xml'

/**
 * The oracle, written apart from the parser: a segment names page n exactly when it is the one
 * way JavaScript writes n (so "01", "+1", "1.0", "1e3", " 1" and "١" are not) and n is in range.
 */
function oracle(segment: string): number | undefined {
  const value = Number(segment)
  return Number.isInteger(value) && String(value) === segment && value >= 1 && value <= MAX_PAGE_NUMBER
    ? value
    : undefined
}

/** Other scripts' digits 0–9: Arabic-Indic, Extended Arabic-Indic, Devanagari, full-width, Bengali, Thai. */
const digitScripts = [0x0660, 0x06f0, 0x0966, 0xff10, 0x09e6, 0x0e50]
const inScript = (ascii: string, zero: number) =>
  ascii.replace(/[0-9]/g, (digit) => String.fromCodePoint(zero + Number(digit)))

function shapesOf(n: number): string[] {
  const s = String(n)
  return [
    s,
    `0${s}`,
    `00${s}`,
    `+${s}`,
    `-${s}`,
    `${s}.0`,
    `${s}.5`,
    `.${s}`,
    `${s}.`,
    ` ${s}`,
    `${s} `,
    `${s}\n`,
    `${s}e0`,
    `${s}e3`,
    `0x${s}`,
    `${s}n`,
    `${s}%20`,
    `${s},000`,
    `${s}_0`,
    ...digitScripts.map((zero) => inScript(s, zero)),
  ]
}

/** A deterministic pseudo-random sequence, so a failure names a reproducible case. */
function* randomStrings(count: number, seed = 18): Generator<string> {
  const alphabet = ['0', '1', '2', '5', '9', '+', '-', '.', 'e', 'x', ' ', '٣', '３', '०', 'a', '_', '\u200b']
  let state = seed
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31)
  for (let i = 0; i < count; i++) {
    const length = next() % 9
    yield Array.from({ length }, () => alphabet[next() % alphabet.length]).join('')
  }
}

const numbers = [
  ...Array.from({ length: 1200 }, (_, i) => i),
  MAX_PAGE_NUMBER - 1,
  MAX_PAGE_NUMBER,
  MAX_PAGE_NUMBER + 1,
  10 ** 7,
  2 ** 31,
  2 ** 53 - 1,
  2 ** 53 + 2,
]
const hugeDigitStrings = Array.from({ length: 40 }, (_, i) => '9'.repeat(7 + i))

describe('parsing a page number from its URL segment', () => {
  const cases = [...numbers.flatMap(shapesOf), ...hugeDigitStrings, ...randomStrings(20_000), '', '-', '+', '.']

  it(`accepts exactly the canonical spelling of 1…${MAX_PAGE_NUMBER} (${cases.length} generated segments)`, () => {
    const wrong = cases.filter((segment) => parsePageNumber(segment) !== oracle(segment))
    expect(wrong).toEqual([])
  })

  it('gives each page one URL: an accepted segment is its number written back', () => {
    for (const segment of cases) {
      const page = parsePageNumber(segment)
      if (page !== undefined) expect(String(page)).toBe(segment)
    }
  })

  it('refuses 0, negatives, leading zeros, decimals, huge values and other scripts’ digits for every number', () => {
    for (const n of numbers) {
      const [, leadingZero, twoZeros, plus, minus, ...rest] = shapesOf(n)
      for (const segment of [leadingZero!, twoZeros!, plus!, minus!, ...rest])
        expect(parsePageNumber(segment)).toBeUndefined()
    }
    for (const segment of hugeDigitStrings) expect(parsePageNumber(segment)).toBeUndefined()
    expect(parsePageNumber('0')).toBeUndefined()
    expect(parsePageNumber('')).toBeUndefined()
  })

  it('leaves page 1 to the list’s own URL: a /page/<n> route takes 2 and more only', () => {
    for (const segment of cases) {
      const page = oracle(segment)
      expect(laterPageNumber(segment)).toBe(page !== undefined && page >= 2 ? page : undefined)
    }
  })
})

describe('counting pages', () => {
  it('fills ⌈items ÷ size⌉ pages, and one (empty) page for no items, for every count and size in a range', () => {
    for (let size = 1; size <= 25; size++) {
      for (let items = 0; items <= 200; items++) {
        const pages = pageCountOf(items, size)
        expect(pages).toBeGreaterThanOrEqual(1)
        // Every item has a page, and the last page is not empty unless there are no items at all.
        expect(pages * size).toBeGreaterThanOrEqual(items)
        if (items > 0) expect((pages - 1) * size).toBeLessThan(items)
        else expect(pages).toBe(1)
      }
    }
  })
})

describe('the window of page numbers', () => {
  for (const radius of [0, 1, 2, 3]) {
    it(`with radius ${radius}: for every page count up to 60 and every current page`, () => {
      for (let pageCount = 1; pageCount <= 60; pageCount++) {
        for (let current = 1; current <= pageCount; current++) {
          const items = pageWindow(pageCount, current, radius)
          const shown = items.filter((item): item is number => item !== GAP)
          const where = `(${pageCount}, ${current})`
          // First and last pages are shown, at the ends; so are the current page and its neighbours.
          expect(items[0], where).toBe(1)
          expect(items.at(-1), where).toBe(pageCount)
          for (let page = current - radius; page <= current + radius; page++) {
            if (page >= 1 && page <= pageCount) expect(shown, where).toContain(page)
          }
          // Pages in order, each once, all in range.
          for (let i = 1; i < shown.length; i++) expect(shown[i]!, where).toBeGreaterThan(shown[i - 1]!)
          expect(
            shown.every((page) => page >= 1 && page <= pageCount),
            where,
          ).toBe(true)
          // Adjacent numbers are consecutive pages; a gap stands for two pages or more, never one.
          for (let i = 1; i < items.length; i++) {
            const [before, item] = [items[i - 1]!, items[i]!]
            if (item === GAP) {
              expect(before, where).not.toBe(GAP)
              expect((items[i + 1] as number) - (before as number), where).toBeGreaterThanOrEqual(3)
            } else if (before !== GAP) expect(item - before, where).toBe(1)
          }
          // Bounded, however many pages there are.
          expect(items.length, where).toBeLessThanOrEqual(2 * radius + 5)
          // Without gaps, every page is shown.
          if (!items.includes(GAP)) expect(shown, where).toEqual(Array.from({ length: pageCount }, (_, i) => i + 1))
        }
      }
    })
  }
})

describe('the URLs of paged lists', () => {
  const lists = locales.flatMap((locale) => [
    seriesPath(locale, 'a-series'),
    categoryPath(locale, 'cells'),
    glossaryPath(locale),
  ])

  it('keep page 1 at the list’s own URL and put page n at …/page/n', () => {
    for (const list of lists) {
      expect(pagedPath(list, 1)).toBe(list)
      for (let page = 2; page <= 50; page++) expect(pagedPath(list, page)).toBe(`${list}/page/${page}`)
    }
  })

  it('redirect /page/1 of every list kind in every locale to the list, and nothing else', () => {
    for (const list of lists) {
      expect(firstPageRedirect(`${list}/page/1`)).toBe(list)
      expect(firstPageRedirect(`${list}/page/1/`)).toBe(list)
      for (const other of ['01', '2', '10', '1.0', '', '1/x'])
        expect(firstPageRedirect(`${list}/page/${other}`)).toBeUndefined()
      expect(firstPageRedirect(list)).toBeUndefined()
    }
    for (const locale of locales) {
      for (const path of [homePath(locale), episodePath(locale, 'page'), glossaryTermPath(locale, 'page')]) {
        expect(firstPageRedirect(`${path}/page/1`)).toBeUndefined()
      }
    }
    expect(firstPageRedirect('/fr/glossary/page/1')).toBeUndefined()
  })
})

describe('the language switcher’s target', () => {
  const lists = ['/series/a-series', '/categories/cells', '/glossary']

  it('is the list itself from any later page (the other locale’s page n holds other items, or none)', () => {
    for (const list of lists) {
      for (const page of [2, 3, 10, 999_999]) expect(samePageInOtherLocale(pagedPath(list, page))).toBe(list)
      expect(samePageInOtherLocale(list)).toBe(list)
    }
  })

  it('is the same path for every other page', () => {
    for (const path of [
      '',
      '/episodes/page',
      '/glossary/page',
      '/glossary/a-term',
      '/search',
      '/page',
      '/about/page/2',
    ]) {
      expect(samePageInOtherLocale(path)).toBe(path)
    }
  })
})

describe('splitting the sitemap into parts', () => {
  it('keeps every entry once, in order, in parts of at most the size, for every (entries, size) in a range', () => {
    for (let size = 1; size <= 12; size++) {
      for (let count = 0; count <= 60; count++) {
        const entries = Array.from({ length: count }, (_, i) => i)
        const parts = sitemapParts(entries, size)
        expect(parts.flat()).toEqual(entries)
        expect(parts.length).toBe(pageCountOf(count, size))
        expect(parts.every((part) => part.length <= size)).toBe(true)
        // Only the last part may be short; only an empty sitemap has an empty part.
        expect(parts.slice(0, -1).every((part) => part.length === size)).toBe(true)
        if (count > 0) expect(parts.at(-1)!.length).toBeGreaterThan(0)
      }
    }
  })

  it('uses the protocol’s 50,000 URLs by default', () => {
    const parts = sitemapParts(Array.from({ length: 100_001 }, (_, i) => i))
    expect(parts.map((part) => part.length)).toEqual([50_000, 50_000, 1])
  })

  it('refuses a part size below one', () => {
    for (const size of [0, -1, 0.5, Number.NaN]) expect(() => sitemapParts([1], size)).toThrow(RangeError)
  })
})
