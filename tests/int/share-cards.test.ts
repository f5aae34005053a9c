/**
 * The episode share image reads through the published-only data layer: a published episode's
 * card shows its place in the series and its title; a draft, or a locale the episode is not
 * published in, gets the site's card, never the draft's title.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import EpisodeShareImage from '@/app/(frontend)/[locale]/episodes/[slug]/opengraph-image'
import type { Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { episodeCard, siteCard } from '@/lib/seo/share-cards'
import { siteShareImage } from '@/lib/seo/share-image'
import type { Episode, Series } from '@/payload-types'

import {
  createSeries,
  englishEpisodeData,
  japaneseEpisodeData,
  episodesInEveryState,
  unique,
} from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

let payload: Payload
let series: Series
let bilingual: Episode
let japaneseOnly: Episode
let draft: Episode
const draftTitle = '下書きのままの題名は共有画像に出さない'

beforeAll(async () => {
  payload = await testPayload()
  series = await createSeries(payload, { plannedEpisodeCount: 10 })
  ;({ bilingual, japaneseOnly, draft } = await episodesInEveryState(payload, series, {
    firstNumber: 2,
    draft: { title: draftTitle },
  }))
})

async function pixels(response: Response): Promise<Buffer> {
  expect(response.headers.get('content-type')).toBe('image/png')
  return sharp(Buffer.from(await response.arrayBuffer()))
    .removeAlpha()
    .raw()
    .toBuffer()
}

const routeImage = (locale: Locale, slug: string) =>
  EpisodeShareImage({ params: Promise.resolve({ locale, slug }) }).then(pixels)

const siteImage = (locale: Locale) => siteShareImage(siteCard(locale)).then(pixels)

describe('the card of a published episode', () => {
  it('says "第2回(全10回)" and the title in Japanese, "Episode 2 of 10" in English', async () => {
    expect(await episodeCard('ja', bilingual.slug!)).toEqual({
      position: '第2回(全10回)',
      title: japaneseEpisodeData(series, 2).title,
      siteName: getMessages('ja').site.name,
    })
    expect(await episodeCard('en', bilingual.slug!)).toEqual({
      position: 'Episode 2 of 10',
      title: englishEpisodeData.title,
      siteName: getMessages('en').site.name,
    })
  })

  it('is the picture the route draws, not the site card', async () => {
    expect((await routeImage('ja', bilingual.slug!)).equals(await siteImage('ja'))).toBe(false)
  })
})

describe('an episode that is not published in the locale', () => {
  it('has no card of its own: a draft, and a Japanese-only episode in English', async () => {
    expect(await episodeCard('ja', draft.slug!)).toBeNull()
    expect(await episodeCard('en', japaneseOnly.slug!)).toBeNull()
    expect(await episodeCard('ja', 'no-such-episode')).toBeNull()
  })

  it('gets the site card from the route, so a draft title is never drawn', async () => {
    expect((await routeImage('ja', draft.slug!)).equals(await siteImage('ja'))).toBe(true)
    expect((await routeImage('en', japaneseOnly.slug!)).equals(await siteImage('en'))).toBe(true)
  })
})

/** The route's picture at one point, as [r, g, b]. */
async function pixelAt(locale: Locale, slug: string, x: number, y: number): Promise<number[]> {
  const raw = await routeImage(locale, slug)
  const offset = (y * 1200 + x) * 3
  return [...raw.subarray(offset, offset + 3)]
}

describe('the card of a published episode with a hero image', () => {
  const teal = { r: 59, g: 110, b: 143 }
  let withPicture: Episode

  beforeAll(async () => {
    const file = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: teal } })
      .jpeg()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      locale: 'ja',
      data: { alt: '培養室の様子' },
      file: { data: file, mimetype: 'image/jpeg', name: `${unique('share-hero')}.jpg`, size: file.length },
    })
    withPicture = await payload.create({
      collection: 'episodes',
      locale: 'ja',
      data: { ...japaneseEpisodeData(series, 6), heroImage: media.id, _status: 'published' },
    })
  })

  it('carries the hero image, as a JPEG the renderer reads, with its place and title', async () => {
    const card = await episodeCard('ja', withPicture.slug!)
    expect(card).toMatchObject({ position: '第6回(全10回)', title: japaneseEpisodeData(series, 6).title })
    expect(card?.picture).toMatch(/^data:image\/jpeg;base64,/)
    // A card without a hero image has none.
    expect(await episodeCard('ja', bilingual.slug!)).not.toHaveProperty('picture')
  })

  it('draws the hero image on the right, beside the title', async () => {
    const [r, g, b] = await pixelAt('ja', withPicture.slug!, 1160, 100)
    for (const [value, expected] of [
      [r, teal.r],
      [g, teal.g],
      [b, teal.b],
    ]) {
      expect(Math.abs(value! - expected!)).toBeLessThanOrEqual(6)
    }
    // Without one, the same place is the card's light background.
    expect(Math.min(...(await pixelAt('ja', bilingual.slug!, 1160, 100)))).toBeGreaterThan(240)
  })
})
