/** Run by global-setup.ts after the demo seed: adds the episodes in unpublished-content.ts. */
import config from '@payload-config'
import { getPayload } from 'payload'
import sharp from 'sharp'

import { series } from '@/tooling/seed/content'
import { richTextFromParagraphs } from '@/tooling/seed/rich-text'

import {
  bilingualPage,
  draftEpisode,
  draftPage,
  japaneseOnlyPage,
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
  await seedPages(seriesId, heroImage.id)
  process.exit(0)
} catch (error) {
  console.error(`Adding the unpublished e2e episodes failed: ${(error as Error).stack ?? String(error)}`)
  process.exit(1)
}

/** The pages of unpublished-content.ts: blocks of every kind that needs no other page. */
async function seedPages(seriesId: number, shareImageId: number) {
  const term = (await payload.find({ collection: 'glossary-terms', limit: 1, sort: 'id' })).docs[0]
  const layout = (locale: 'ja' | 'en') => [
    { blockType: 'richText', content: richTextFromParagraphs([bilingualPage.faq[locale].answer]) },
    { blockType: 'episodeList', source: 'series', series: seriesId, limit: 3 },
    ...(term ? [{ blockType: 'glossarySelection', terms: [term.id] }] : []),
    { blockType: 'faq', items: [bilingualPage.faq[locale]] },
  ]
  const page = await payload.create({
    collection: 'pages',
    locale: 'ja',
    data: {
      slug: bilingualPage.slug,
      kind: 'about',
      title: bilingualPage.title.ja,
      seo: { image: shareImageId },
      summary: 'テストのためのページです。',
      layout: layout('ja') as never,
      _status: 'published',
    },
  })
  await payload.update({
    collection: 'pages',
    id: page.id,
    locale: 'en',
    data: {
      title: bilingualPage.title.en,
      summary: 'A page for the tests.',
      layout: layout('en') as never,
      _status: 'published',
    },
  })
  await payload.create({
    collection: 'pages',
    locale: 'ja',
    data: { slug: japaneseOnlyPage.slug, kind: 'general', title: japaneseOnlyPage.title, _status: 'published' },
  })
  await payload.create({
    collection: 'pages',
    locale: 'ja',
    draft: true,
    data: { slug: draftPage.slug, kind: 'general', title: draftPage.title, _status: 'draft' },
  })
}
