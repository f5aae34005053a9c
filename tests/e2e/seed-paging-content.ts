/** Run by global-setup.ts after the demo seed: adds the content of paging-content.ts. */
import config from '@payload-config'
import { getPayload } from 'payload'

import { richTextFromParagraphs } from '@/tooling/seed/rich-text'

import {
  inEnglish,
  pagingCategory,
  pagingDraftSlug,
  pagingEpisodeSlug,
  pagingSeries,
  pagingTerms,
} from './paging-content'

const payload = await getPayload({ config })

const kana = 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ'

try {
  const series = await payload.create({
    collection: 'series',
    locale: 'ja',
    data: {
      slug: pagingSeries.slug,
      title: pagingSeries.title.ja,
      plannedEpisodeCount: pagingSeries.published,
      order: 90,
      _status: 'published',
    },
  })
  await payload.update({
    collection: 'series',
    id: series.id,
    locale: 'en',
    data: { title: pagingSeries.title.en, _status: 'published' },
  })
  const category = await payload.create({
    collection: 'therapy-categories',
    locale: 'ja',
    data: {
      slug: pagingCategory.slug,
      name: pagingCategory.name.ja,
      introduces: 'ページ送りのテスト',
      order: 90,
      _status: 'published',
    },
  })
  await payload.update({
    collection: 'therapy-categories',
    id: category.id,
    locale: 'en',
    data: { name: pagingCategory.name.en, introduces: 'A paging test', _status: 'published' },
  })
  const episode = (number: number, slug: string) => ({
    slug,
    title: `ページ送りの回 ${number}`,
    episodeNumber: number,
    series: series.id,
    therapyCategories: [category.id],
    lead: 'ページ送りのテストのための回です。',
    body: richTextFromParagraphs(['この回はページ送りのテストのためにあります。']),
    // A day apart, so the category's newest-first order is the reverse of the episode order.
    publishedAt: new Date(Date.UTC(2025, 0, number)).toISOString(),
  })
  for (let number = 1; number <= pagingSeries.published; number++) {
    const created = await payload.create({
      collection: 'episodes',
      locale: 'ja',
      data: { ...episode(number, pagingEpisodeSlug(number)), _status: 'published' },
    })
    if (inEnglish(number)) {
      await payload.update({
        collection: 'episodes',
        id: created.id,
        locale: 'en',
        data: {
          title: `Paging episode ${number}`,
          lead: 'An episode for the paging tests.',
          body: richTextFromParagraphs(['This episode is here for the paging tests.']),
          _status: 'published',
        },
      })
    }
  }
  for (let index = 1; index <= pagingSeries.drafts; index++) {
    const number = pagingSeries.published + index
    await payload.create({
      collection: 'episodes',
      locale: 'ja',
      draft: true,
      data: { ...episode(number, pagingDraftSlug(number)), _status: 'draft' },
    })
  }
  const total = pagingTerms.published + pagingTerms.drafts
  for (let index = 0; index < total; index++) {
    const published = index < pagingTerms.published
    const reading = `${kana[index % kana.length]}${kana[(index * 7) % kana.length]}`
    const created = await payload.create({
      collection: 'glossary-terms',
      locale: 'ja',
      draft: !published,
      data: {
        slug: `${pagingTerms.slugPrefix}-${index}`,
        term: `試験用語${index}`,
        reading,
        shortDefinition: 'ページ送りのテストのための用語です。',
        _status: published ? 'published' : 'draft',
      },
    })
    if (published) {
      await payload.update({
        collection: 'glossary-terms',
        id: created.id,
        locale: 'en',
        data: { term: `Paging term ${index}`, shortDefinition: 'A term for the paging tests.', _status: 'published' },
      })
    }
  }
  process.exit(0)
} catch (error) {
  console.error(`Adding the e2e paging content failed: ${(error as Error).stack ?? String(error)}`)
  process.exit(1)
}
