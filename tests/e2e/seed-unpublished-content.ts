/** Run by global-setup.ts after the demo seed: adds the episodes in unpublished-content.ts. */
import config from '@payload-config'
import { getPayload } from 'payload'
import sharp from 'sharp'

import { series } from '@/tooling/seed/content'
import { richTextFromParagraphs } from '@/tooling/seed/rich-text'

import {
  draftEpisode,
  japaneseOnlyEpisode,
  japaneseOnlyEpisodeHeroImage,
  japaneseOnlyEpisodePodcast,
} from './unpublished-content'

const payload = await getPayload({ config })

try {
  const { docs } = await payload.find({ collection: 'series', where: { slug: { equals: series.slug } }, limit: 1 })
  const seriesId = docs[0]!.id
  const japaneseEpisode = ({ slug, number, title }: typeof draftEpisode) => ({
    slug,
    title,
    episodeNumber: number,
    series: seriesId,
    lead: 'ブラウザのテストのための回です。',
    body: richTextFromParagraphs(['この回はブラウザのテストのためにあります。']),
  })
  await payload.create({ collection: 'episodes', locale: 'ja', draft: true, data: japaneseEpisode(draftEpisode) })
  const { filename, width, height, alt } = japaneseOnlyEpisodeHeroImage
  const picture = await sharp({ create: { width, height, channels: 3, background: '#3b6e8f' } })
    .jpeg()
    .toBuffer()
  const heroImage = await payload.create({
    collection: 'media',
    locale: 'ja',
    data: { alt },
    file: { data: picture, mimetype: 'image/jpeg', name: filename, size: picture.length },
  })
  await payload.create({
    collection: 'episodes',
    locale: 'ja',
    data: {
      ...japaneseEpisode(japaneseOnlyEpisode),
      podcast: japaneseOnlyEpisodePodcast,
      heroImage: heroImage.id,
      _status: 'published',
    },
  })
  process.exit(0)
} catch (error) {
  console.error(`Adding the unpublished e2e episodes failed: ${(error as Error).stack ?? String(error)}`)
  process.exit(1)
}
