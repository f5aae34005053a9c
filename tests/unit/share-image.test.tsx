/**
 * The share images (OpenGraph and Twitter cards) are 1200×630 PNGs whose Japanese text is really
 * drawn with the bundled font: with no glyph for a character, next/og would draw nothing (or
 * fetch a font from the internet, which these tests cannot reach).
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { getMessages } from '@/lib/i18n/messages'
import { locales } from '@/lib/i18n/locales'
import { episodes, series } from '@/tooling/seed/content'
import { boldFontFile, regularFontFile } from '@/lib/seo/share-image-fonts'
import { episodePictureSize, episodeShareImage, shareImageSize, siteShareImage } from '@/lib/seo/share-image'

import { charactersMissingFrom } from '../helpers/font-coverage'

const siteName = getMessages('ja').site.name

async function png(response: Response): Promise<Buffer> {
  expect(response.headers.get('content-type')).toBe('image/png')
  return Buffer.from(await response.arrayBuffer())
}

/** Width and height from the PNG's own header (the IHDR chunk), not from a decoder's guess. */
function pngHeaderSize(image: Buffer) {
  expect(image.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  expect(image.toString('latin1', 12, 16)).toBe('IHDR')
  return { width: image.readUInt32BE(16), height: image.readUInt32BE(20) }
}

// Where the episode card draws its title: below the "第2回(全10回)" line, above the site name.
const titleArea = { left: 100, top: 150, width: 1020, height: 280 }

async function titleAreaPixels(image: Buffer): Promise<Buffer> {
  return sharp(image).extract(titleArea).removeAlpha().raw().toBuffer()
}

/** Pixels of the title area dark enough to be text (the background is near white). */
function darkPixelCount(rgb: Buffer): number {
  let dark = 0
  for (let index = 0; index < rgb.length; index += 3) {
    if (rgb[index]! < 110 && rgb[index + 1]! < 110 && rgb[index + 2]! < 110) dark++
  }
  return dark
}

const episodeCard = (title: string) => episodeShareImage({ position: '第2回(全10回)', title, siteName })

describe('the episode share image', () => {
  it('is a non-empty 1200×630 PNG for a Japanese title', async () => {
    const image = await png(await episodeCard(episodes[1]!.title.ja))
    expect(pngHeaderSize(image)).toEqual(shareImageSize)
    const metadata = await sharp(image).metadata()
    expect({ format: metadata.format, width: metadata.width, height: metadata.height }).toEqual({
      format: 'png',
      ...shareImageSize,
    })
    expect(image.length).toBeGreaterThan(10_000)
  })

  it('draws the Japanese title: dark text where it stands, and other characters draw other pixels', async () => {
    const blank = await titleAreaPixels(await png(await episodeCard('')))
    const stemCells = await titleAreaPixels(await png(await episodeCard('幹細胞と培養上清の違いを知る')))
    const consultation = await titleAreaPixels(await png(await episodeCard('相談の前に確かめたいことは')))
    expect(darkPixelCount(blank)).toBe(0)
    expect(darkPixelCount(stemCells)).toBeGreaterThan(10_000)
    expect(darkPixelCount(consultation)).toBeGreaterThan(10_000)
    expect(stemCells.equals(consultation)).toBe(false)
  })
})

describe('the episode share image with a hero image', () => {
  // Pixels of the picture panel (the right 472 of 1200) and of the title beside it.
  const panel = { left: 760, top: 40, width: 400, height: 550 }
  const titleBeside = { left: 100, top: 150, width: 560, height: 280 }
  const region = (image: Buffer, area: typeof panel) => sharp(image).extract(area).removeAlpha().raw().toBuffer()
  const reddishPixelCount = (rgb: Buffer) => {
    let reddish = 0
    for (let index = 0; index < rgb.length; index += 3) {
      if (rgb[index]! > 170 && rgb[index + 1]! < 40 && rgb[index + 2]! < 40) reddish++
    }
    return reddish
  }

  it('shows the picture on the right and the title, still drawn, on the left', async () => {
    const red = await sharp({ create: { ...episodePictureSize, channels: 3, background: '#c00000' } })
      .jpeg()
      .toBuffer()
    const picture = `data:image/jpeg;base64,${red.toString('base64')}`
    const title = '幹細胞と培養上清の違いを知る'
    const withPicture = await png(await episodeShareImage({ position: '第2回(全10回)', title, siteName, picture }))
    expect(pngHeaderSize(withPicture)).toEqual(shareImageSize)
    expect(reddishPixelCount(await region(withPicture, panel))).toBe(panel.width * panel.height)
    expect(darkPixelCount(await region(withPicture, titleBeside))).toBeGreaterThan(5_000)
    // Without one, the same place is the card's background.
    const without = await png(await episodeCard(title))
    expect(reddishPixelCount(await region(without, panel))).toBe(0)
  })
})

describe('the site share image', () => {
  it.each(locales)('is a non-empty 1200×630 PNG in %s', async (locale) => {
    const { name, tagline } = getMessages(locale).site
    const image = await png(await siteShareImage({ siteName: name, tagline }))
    expect(pngHeaderSize(image)).toEqual(shareImageSize)
    expect(image.length).toBeGreaterThan(10_000)
  })
})

describe('the bundled font', () => {
  it.each([regularFontFile, boldFontFile])(
    '%s has a glyph for every character the seeded cards and the interface put on them',
    async (file) => {
      const font = await readFile(path.join(process.cwd(), file))
      const text = [
        ...episodes.flatMap((episode) => [episode.title.ja, episode.title.en]),
        series.title.ja,
        series.title.en,
        ...locales.flatMap((locale) => {
          const messages = getMessages(locale)
          return [messages.site.name, messages.site.tagline, messages.episode.position, '0123456789']
        }),
      ].join('')
      expect(charactersMissingFrom(font, text)).toEqual([])
      // The check can fail: a character outside the font's repertoire is reported.
      expect(charactersMissingFrom(font, '幹\u{1D11E}')).toEqual(['\u{1D11E}'])
    },
  )
})
