/**
 * The metadata every reader page builds: OpenGraph and Twitter cards per locale, other locales
 * only where the page is published, and the share image left to the opengraph-image route
 * unless an editor chose one.
 */
import { describe, expect, it } from 'vitest'

import { episodeMetadata } from '@/lib/seo/episode-metadata'
import { pageMetadata } from '@/lib/seo/page-metadata'
import type { Episode, Media, Series, TherapyCategory } from '@/payload-types'
import { episodePath, glossaryPath, pagePath } from '@/lib/i18n/paths'

const series = { id: 1, title: '相談の前に知っておきたい 再生医療のちがい', plannedEpisodeCount: 10 } as Series
const category = (id: number, name: string) => ({ id, name }) as TherapyCategory

const episode = {
  id: 7,
  slug: 'what-kinds-of-regenerative-medicine-are-there',
  title: '再生医療にはどんな種類があるのか',
  lead: '体に入れるものの違いから整理します。',
  episodeNumber: 2,
  series,
  therapyCategories: [category(1, '幹細胞治療'), category(2, 'エクソソーム')],
  publishedAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-20T00:00:00.000Z',
  seo: { description: '検索結果と共有カードに出る説明です。' },
} as Episode

const shareImage = {
  id: 3,
  url: '/api/media/file/card.jpg',
  mimeType: 'image/jpeg',
  width: 2400,
  height: 1600,
  alt: '培養室の写真',
  sizes: { share: { url: '/api/media/file/card-1200x630.jpg', width: 1200, height: 630 } },
} as Media

describe('a page', () => {
  it('gets a website card in its locale, naming only the locales it is published in', () => {
    const metadata = pageMetadata({ locale: 'en', path: pagePath.glossary, title: 'Glossary', description: 'Words.' })
    expect(metadata.openGraph).toMatchObject({
      type: 'website',
      title: 'Glossary',
      url: glossaryPath('en'),
      locale: 'en_US',
      alternateLocale: ['ja_JP'],
      siteName: 'Understanding Regenerative Medicine',
    })
    expect(metadata.twitter).toEqual({ card: 'summary_large_image' })
    const japaneseOnly = pageMetadata({
      locale: 'ja',
      path: pagePath.episode('x'),
      description: '…',
      available: ['ja'],
    })
    expect(japaneseOnly.openGraph?.alternateLocale).toEqual([])
  })

  it('leaves out the images key without images, so the opengraph-image route supplies the card', () => {
    const metadata = pageMetadata({ locale: 'ja', path: '', description: '紹介文' })
    expect(metadata.openGraph).not.toHaveProperty('images')
    expect(metadata).not.toHaveProperty('title')
    expect(metadata.openGraph?.title).toBe('再生医療を知るコラム')
  })
})

describe('an episode', () => {
  it('is an article with its dates, series and therapy categories, described by its SEO text', () => {
    const metadata = episodeMetadata('ja', episode, ['ja', 'en'])
    expect(metadata.title).toBe(episode.title)
    expect(metadata.description).toBe(episode.seo!.description)
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      url: episodePath('ja', episode.slug),
      publishedTime: episode.publishedAt,
      modifiedTime: episode.updatedAt,
      section: series.title,
      tags: ['幹細胞治療', 'エクソソーム'],
      alternateLocale: ['en_US'],
    })
    expect(metadata.openGraph).not.toHaveProperty('images')
  })

  it("shares the editor's image, in its 1200×630 cut, instead of the generated card", () => {
    const metadata = episodeMetadata('ja', { ...episode, seo: { ...episode.seo, image: shareImage } }, ['ja'])
    expect(metadata.openGraph?.images).toEqual([
      { url: '/api/media/file/card-1200x630.jpg', width: 1200, height: 630, alt: '培養室の写真' },
    ])
  })

  it('keeps the generated card when the share image is only an id (not readable) or not an image', () => {
    const unreadable = episodeMetadata('ja', { ...episode, seo: { image: 3 } }, ['ja'])
    expect(unreadable.openGraph).not.toHaveProperty('images')
    const audio = { ...shareImage, mimeType: 'audio/mpeg' } as Media
    const notAnImage = episodeMetadata('ja', { ...episode, seo: { image: audio } }, ['ja'])
    expect(notAnImage.openGraph).not.toHaveProperty('images')
  })
})
