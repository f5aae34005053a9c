// @vitest-environment happy-dom
/**
 * An episode's hero image as readers get it: the uploaded image with its alternative text, and
 * the same-shaped sizes Payload made of it as the candidates the browser picks from.
 */
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { HeroImage } from '@/components/HeroImage'
import { heroImageOf } from '@/lib/content/hero-image'
import type { Media } from '@/payload-types'

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
    thumbnail: { url: file('culture-room-400x267.jpg'), width: 400, height: 267 },
    card: { url: file('culture-room-800x533.jpg'), width: 800, height: 533 },
    hero: { url: file('culture-room-1600x1067.jpg'), width: 1600, height: 1067 },
    share: { url: file('culture-room-1200x630.jpg'), width: 1200, height: 630 },
  },
  ...timestamps,
}

describe('an episode’s hero image', () => {
  it('is shown with its alternative text, its proportions and the widths Payload made of it', () => {
    render(<HeroImage image={heroImageOf({ heroImage: photograph })!} />)
    const image = screen.getByRole('img', { name: '培養室で作業する技術者' })
    expect(image.getAttribute('src')).toBe(file('culture-room.jpg'))
    expect([image.getAttribute('width'), image.getAttribute('height')]).toEqual(['2400', '1600'])
    expect(image.getAttribute('srcset')).toBe(
      [
        `${file('culture-room-400x267.jpg')} 400w`,
        `${file('culture-room-800x533.jpg')} 800w`,
        `${file('culture-room-1600x1067.jpg')} 1600w`,
        `${file('culture-room.jpg')} 2400w`,
      ].join(', '),
    )
    expect(image.getAttribute('sizes')).toBe('(min-width: 44rem) 42rem, calc(100vw - 2rem)')
  })

  it('offers only the sizes Payload made: none wider than a small upload, and never the share crop', () => {
    const small: Media = {
      ...photograph,
      width: 600,
      height: 400,
      sizes: {
        thumbnail: { url: file('small-400x267.jpg'), width: 400, height: 267 },
        card: {},
        hero: {},
        share: photograph.sizes!.share,
      },
    }
    expect(heroImageOf({ heroImage: small })?.candidates).toEqual([
      { url: file('small-400x267.jpg'), width: 400 },
      { url: file('culture-room.jpg'), width: 600 },
    ])
  })

  it('is decoration (empty alternative text) where the image has no text in the page’s locale', () => {
    render(<HeroImage image={heroImageOf({ heroImage: { ...photograph, alt: null } })!} />)
    expect(screen.queryByRole('img')).toBeNull()
    expect(document.querySelector('img.hero-image')?.getAttribute('alt')).toBe('')
  })

  it('is nothing when there is none, when only its id is known, or when the upload is not an image', () => {
    expect(heroImageOf({ heroImage: null })).toBeUndefined()
    expect(heroImageOf({ heroImage: 4 })).toBeUndefined()
    const audio: Media = { ...photograph, mimeType: 'audio/mpeg', url: file('episode.mp3') }
    expect(heroImageOf({ heroImage: audio })).toBeUndefined()
  })
})
