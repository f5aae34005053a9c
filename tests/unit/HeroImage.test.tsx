// @vitest-environment happy-dom
/**
 * An episode's hero image as readers get it: through next/image's attributes, with a loader that
 * names for every width the file Payload made of that width (never next/image's optimizer), the
 * upload's width and height so nothing shifts, and its alternative text on the episode's page.
 */
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { HeroImage } from '@/components/HeroImage'
import { candidateFor, heroImageOf, type ImageCandidate } from '@/lib/content/hero-image'
import type { Media } from '@/payload-types'

import { seededRandom } from '../helpers/seeded-random'

afterEach(cleanup)

const timestamps = { createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-20T03:00:00.000Z' }
const file = (name: string) => `https://column.example.jp/api/media/file/${name}`

const photograph: Media = {
  id: 4,
  url: file('culture-room.jpg'),
  mimeType: 'image/jpeg',
  width: 2400,
  height: 1600,
  alt: '培養室で作業する技術者',
  sizes: {
    thumbnail: { url: file('culture-room-400x267.webp'), width: 400, height: 267 },
    card: { url: file('culture-room-800x533.webp'), width: 800, height: 533 },
    hero: { url: file('culture-room-1600x1067.webp'), width: 1600, height: 1067 },
    share: { url: file('culture-room-1200x630.jpg'), width: 1200, height: 630 },
  },
  ...timestamps,
}

/** The srcset's entries: each file with the width it is described by. */
function srcsetOf(image: HTMLElement): { url: string; width: number }[] {
  return (image.getAttribute('srcset') ?? '').split(', ').map((entry) => {
    const [url, descriptor] = entry.split(' ')
    return { url: url!, width: Number(descriptor!.replace(/w$/, '')) }
  })
}

describe('an episode’s hero image on its page', () => {
  it('has its alternative text, the upload’s width and height, and the column’s sizes', () => {
    render(<HeroImage image={heroImageOf({ heroImage: photograph })!} />)
    const image = screen.getByRole('img', { name: '培養室で作業する技術者' })
    expect([image.getAttribute('width'), image.getAttribute('height')]).toEqual(['2400', '1600'])
    expect(image.getAttribute('sizes')).toBe('(min-width: 44rem) 42rem, calc(100vw - 2rem)')
    expect(image.className).toBe('hero-image')
  })

  it('is fetched first and at once: it is the largest thing in the first screen', () => {
    render(<HeroImage image={heroImageOf({ heroImage: photograph })!} />)
    const image = screen.getByRole('img')
    expect(image.getAttribute('fetchpriority')).toBe('high')
    expect(image.getAttribute('loading')).toBe('eager')
  })

  it('lists only files Payload made, each for the widths it is the best file for, never the optimizer', () => {
    const source = heroImageOf({ heroImage: photograph })!
    render(<HeroImage image={source} />)
    const image = screen.getByRole('img')
    const entries = srcsetOf(image)
    expect(entries.length).toBeGreaterThan(1)
    const files = new Set(source.candidates.map((candidate) => candidate.url))
    for (const { url, width } of entries) {
      expect(files.has(url), url).toBe(true)
      expect(url).toBe(candidateFor(source.candidates, width))
    }
    expect(image.getAttribute('src')).not.toContain('/_next/image')
    expect(files.has(image.getAttribute('src')!)).toBe(true)
  })

  it('carries no style attribute, which the pages’ Content-Security-Policy would refuse', () => {
    render(<HeroImage image={heroImageOf({ heroImage: photograph })!} />)
    expect(screen.getByRole('img').hasAttribute('style')).toBe(false)
  })

  it('is decoration (empty alternative text) where the image has no text in the page’s locale', () => {
    render(<HeroImage image={heroImageOf({ heroImage: { ...photograph, alt: null } })!} />)
    expect(screen.queryByRole('img')).toBeNull()
    expect(document.querySelector('img.hero-image')?.getAttribute('alt')).toBe('')
  })
})

describe('an episode’s picture on a card', () => {
  it('is the card’s width, fetched lazily, and decoration beside the title that names it', () => {
    render(<HeroImage image={heroImageOf({ heroImage: photograph })!} variant="card" />)
    const image = document.querySelector('img.episode-thumbnail')!
    expect(image.getAttribute('alt')).toBe('')
    expect(image.getAttribute('loading')).toBe('lazy')
    expect(image.hasAttribute('fetchpriority')).toBe(false)
    expect(image.getAttribute('sizes')).toBe('6rem')
    expect([image.getAttribute('width'), image.getAttribute('height')]).toEqual(['2400', '1600'])
  })
})

describe('the file for a width', () => {
  it('offers only the sizes Payload made: none wider than a small upload, and never the share crop', () => {
    const small: Media = {
      ...photograph,
      width: 600,
      height: 400,
      sizes: {
        thumbnail: { url: file('small-400x267.webp'), width: 400, height: 267 },
        card: {},
        hero: {},
        share: photograph.sizes!.share,
      },
    }
    expect(heroImageOf({ heroImage: small })?.candidates).toEqual([
      { url: file('small-400x267.webp'), width: 400 },
      { url: file('culture-room.jpg'), width: 600 },
    ])
  })

  it('is the narrowest file at least that wide, or the widest there is (generated cases)', () => {
    const random = seededRandom(19)
    for (let round = 0; round < 200; round++) {
      const widths = [
        ...new Set(Array.from({ length: 1 + Math.floor(random() * 4) }, () => 1 + Math.floor(random() * 3000))),
      ]
      const candidates: ImageCandidate[] = widths.sort((a, b) => a - b).map((width) => ({ url: `w${width}`, width }))
      const asked = 1 + Math.floor(random() * 4000)
      const picked = candidates.find((candidate) => candidate.url === candidateFor(candidates, asked))!
      const widest = candidates[candidates.length - 1]!
      if (asked > widest.width) expect(picked).toBe(widest)
      else {
        expect(picked.width).toBeGreaterThanOrEqual(asked)
        // No narrower file would have done.
        expect(candidates.filter((candidate) => candidate.width >= asked && candidate.width < picked.width)).toEqual([])
      }
    }
  })

  it('is nothing when there is none, when only its id is known, when it is not an image, or has no size', () => {
    expect(heroImageOf({ heroImage: null })).toBeUndefined()
    expect(heroImageOf({ heroImage: 4 })).toBeUndefined()
    const audio: Media = { ...photograph, mimeType: 'audio/mpeg', url: file('episode.mp3') }
    expect(heroImageOf({ heroImage: audio })).toBeUndefined()
    expect(heroImageOf({ heroImage: { ...photograph, width: null } })).toBeUndefined()
  })
})
