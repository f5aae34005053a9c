/**
 * The JSON-LD builders on realistic documents made from the demo content: required properties
 * present, URLs absolute, durations in ISO 8601, and a publisher that says it is not medical.
 */
import { describe, expect, it } from 'vitest'

import type { Locale } from '@/lib/i18n/locales'
import { categoryPath, episodePath, glossaryPath, glossaryTermPath, homePath, seriesPath } from '@/lib/i18n/paths'
import { richTextFromParagraphs } from '@/tooling/seed/rich-text'
import { author, episodes, glossaryTerms, series as seedSeries, therapyCategories } from '@/tooling/seed/content'
import { breadcrumbList } from '@/lib/seo/structured-data/breadcrumbs'
import { episodePage } from '@/lib/seo/structured-data/episode-page'
import { glossaryTermPage, glossaryTermSet } from '@/lib/seo/structured-data/glossary'
import { isoDuration } from '@/lib/seo/structured-data/iso-duration'
import { seriesPage } from '@/lib/seo/structured-data/series'
import { therapyCategoryPage } from '@/lib/seo/structured-data/therapy-category'
import { website } from '@/lib/seo/structured-data/website'
import type { Episode, GlossaryTerm, Media, Series, TherapyCategory } from '@/payload-types'

const siteUrl = 'https://column.example.jp'
const site = (locale: Locale) => ({ siteUrl, locale })
const timestamps = { createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-20T03:00:00.000Z' }

/** What JSON.stringify keeps: the document a search engine reads. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value))

function seriesDocument(locale: Locale): Series {
  const { slug, title, description, plannedEpisodeCount } = seedSeries
  return { id: 1, slug, title: title[locale], description: description[locale], plannedEpisodeCount, ...timestamps }
}

function categoryDocument(locale: Locale, index: number): TherapyCategory {
  const category = therapyCategories[index]!
  return {
    id: index + 1,
    slug: category.slug,
    name: category.name[locale],
    introduces: category.introduces[locale],
    description: category.description[locale],
    ...timestamps,
  }
}

const audioUpload: Media = {
  id: 7,
  url: '/api/media/file/episode-1.mp3',
  mimeType: 'audio/mpeg',
  filename: 'episode-1.mp3',
  ...timestamps,
}

/** The first demo episode as the page gets it (depth 2), with or without its audio. */
function episodeDocument(locale: Locale, podcast: Episode['podcast'] = {}): Episode {
  const seed = episodes[0]!
  return {
    id: 1,
    slug: seed.slug,
    title: seed.title[locale],
    lead: seed.lead[locale],
    body: richTextFromParagraphs([seed.lead[locale]]) as Episode['body'],
    episodeNumber: seed.number,
    series: seriesDocument(locale),
    therapyCategories: [categoryDocument(locale, 0), categoryDocument(locale, 1)],
    author: { id: 3, displayName: author.name[locale], ...timestamps },
    seo: { description: seed.seoDescription[locale] },
    podcast: { transcript: seed.transcript[locale], durationSeconds: seed.podcastDurationSeconds, ...podcast },
    publishedAt: '2026-11-10T01:00:00.000Z',
    // 23:30 UTC on 14 November is 15 November in Tokyo, the day the page shows.
    lastReviewedAt: '2026-11-14T23:30:00.000Z',
    ...timestamps,
  }
}

function glossaryDocument(locale: Locale, index: number): GlossaryTerm {
  const term = glossaryTerms[index]!
  return {
    id: index + 1,
    slug: term.slug,
    term: term.term[locale],
    reading: term.reading,
    aliases: term.aliases[locale].map((alias) => ({ alias })),
    shortDefinition: term.shortDefinition[locale],
    ...timestamps,
  }
}

describe('ISO 8601 durations', () => {
  it.each([
    [372, 'PT6M12S'],
    [486, 'PT8M6S'],
    [60, 'PT1M'],
    [3725, 'PT1H2M5S'],
    [3600, 'PT1H'],
    [45, 'PT45S'],
    [0, 'PT0S'],
  ])('%i seconds is %s', (seconds, expected) => {
    expect(isoDuration(seconds)).toBe(expected)
  })
})

describe('an episode page', () => {
  it('is a MedicalWebPage with its dates, author, publisher, therapies and series', () => {
    const page = asJson(episodePage(site('ja'), episodeDocument('ja')))
    const url = `${siteUrl}${episodePath('ja', episodes[0]!.slug)}`
    expect(page).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      '@id': url,
      url,
      name: episodes[0]!.title.ja,
      headline: episodes[0]!.title.ja,
      description: episodes[0]!.seoDescription.ja,
      inLanguage: 'ja',
      datePublished: '2026-11-10T01:00:00.000Z',
      dateModified: '2026-11-20T03:00:00.000Z',
      lastReviewed: '2026-11-15',
      author: { '@type': 'Person', name: author.name.ja },
      publisher: { '@type': 'Organization', url: `${siteUrl}/ja` },
      medicalAudience: { '@type': 'Patient' },
      isPartOf: {
        '@type': 'CreativeWorkSeries',
        name: seedSeries.title.ja,
        url: `${siteUrl}${seriesPath('ja', seedSeries.slug)}`,
      },
    })
    expect(page.about).toEqual([
      expect.objectContaining({
        '@type': 'MedicalTherapy',
        name: '幹細胞治療',
        url: `${siteUrl}${categoryPath('ja', 'stem-cell-therapy')}`,
      }),
      expect.objectContaining({
        '@type': 'MedicalTherapy',
        name: 'エクソソーム',
        url: `${siteUrl}${categoryPath('ja', 'exosomes')}`,
      }),
    ])
  })

  it('names the hero image the page shows as its main image, with an absolute URL', () => {
    const heroImage: Media = {
      id: 8,
      url: '/api/media/file/culture-room.jpg',
      mimeType: 'image/jpeg',
      alt: '培養室',
      width: 1600,
      height: 1067,
      ...timestamps,
    }
    const page = asJson(episodePage(site('ja'), { ...episodeDocument('ja'), heroImage }))
    expect(page.primaryImageOfPage).toEqual({
      '@type': 'ImageObject',
      contentUrl: `${siteUrl}/api/media/file/culture-room.jpg`,
    })
    expect(asJson(episodePage(site('ja'), episodeDocument('ja'))).primaryImageOfPage).toBeUndefined()
    // An image of unknown size is not shown on the page (it would shift the layout), so not named either.
    const unsized = { ...heroImage, width: null, height: null }
    expect(
      asJson(episodePage(site('ja'), { ...episodeDocument('ja'), heroImage: unsized })).primaryImageOfPage,
    ).toBeUndefined()
  })

  it('is written by the organisation when the episode names no author', () => {
    const page = asJson(episodePage(site('en'), { ...episodeDocument('en'), author: null }))
    expect(page.author).toEqual(page.publisher)
    expect(page.author['@type']).toBe('Organization')
  })

  it('has no podcast episode when there is only a transcript and no audio', () => {
    const page = asJson(episodePage(site('ja'), episodeDocument('ja')))
    expect(page.hasPart).toBeUndefined()
    expect(JSON.stringify(page)).not.toContain('PodcastEpisode')
  })

  it('carries the uploaded audio as a PodcastEpisode with an absolute URL, its type and duration', () => {
    const page = asJson(episodePage(site('en'), episodeDocument('en', { audio: audioUpload })))
    const pageUrl = `${siteUrl}${episodePath('en', episodes[0]!.slug)}`
    expect(page.hasPart).toMatchObject({
      '@type': 'PodcastEpisode',
      '@id': `${pageUrl}#podcast`,
      name: episodes[0]!.title.en,
      url: pageUrl,
      episodeNumber: 1,
      duration: 'PT6M12S',
      partOfSeries: {
        '@type': 'PodcastSeries',
        name: seedSeries.title.en,
        url: `${siteUrl}${seriesPath('en', seedSeries.slug)}`,
      },
      associatedMedia: {
        '@type': 'AudioObject',
        contentUrl: `${siteUrl}/api/media/file/episode-1.mp3`,
        encodingFormat: 'audio/mpeg',
        duration: 'PT6M12S',
      },
    })
    // The transcript is on the page and in transcript.txt; the JSON-LD would only repeat it.
    expect(JSON.stringify(page)).not.toContain(episodes[0]!.transcript.en.slice(0, 40))
  })

  it('keeps an upload URL that Payload already made absolute, and types an external file by its extension', () => {
    const uploaded = asJson(
      episodePage(
        site('ja'),
        episodeDocument('ja', { audio: { ...audioUpload, url: 'https://cdn.example.jp/a.mp3' } }),
      ),
    )
    expect(uploaded.hasPart.associatedMedia.contentUrl).toBe('https://cdn.example.jp/a.mp3')
    const external = asJson(
      episodePage(site('ja'), episodeDocument('ja', { externalUrl: 'https://audio.example.jp/episode-1.m4a' })),
    )
    expect(external.hasPart.associatedMedia).toMatchObject({
      contentUrl: 'https://audio.example.jp/episode-1.m4a',
      encodingFormat: 'audio/mp4',
    })
  })
})

describe('the publisher', () => {
  it.each([
    ['ja', /医療機関ではない/],
    ['en', /non-medical organisation.*no medical advice/],
  ] as const)('describes itself in %s as non-medical, giving no medical advice', (locale, expected) => {
    const page = asJson(website(site(locale)))
    expect(page).toMatchObject({ '@context': 'https://schema.org', '@type': 'WebSite', url: `${siteUrl}/${locale}` })
    expect(page.publisher['@type']).toBe('Organization')
    expect(page.publisher['@id']).toBe(`${siteUrl}/#organisation`)
    expect(page.publisher.description).toMatch(expected)
  })
})

describe('the glossary', () => {
  it('index is a DefinedTermSet holding every term with its short definition and page', () => {
    const terms = glossaryTerms.slice(0, 3).map((_, index) => glossaryDocument('ja', index))
    const set = asJson(glossaryTermSet(site('ja'), terms))
    expect(set).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'DefinedTermSet',
      '@id': `${siteUrl}${glossaryPath('ja')}`,
      url: `${siteUrl}${glossaryPath('ja')}`,
      inLanguage: 'ja',
      publisher: { '@type': 'Organization' },
    })
    expect(set.hasDefinedTerm).toHaveLength(3)
    expect(set.hasDefinedTerm[0]).toMatchObject({
      '@type': 'DefinedTerm',
      name: '再生医療',
      description: glossaryTerms[0]!.shortDefinition.ja,
      url: `${siteUrl}${glossaryTermPath('ja', 'regenerative-medicine')}`,
      termCode: 'regenerative-medicine',
      inDefinedTermSet: `${siteUrl}${glossaryPath('ja')}`,
    })
  })

  it('term page is a DefinedTerm in the glossary, named also by its aliases', () => {
    const term = asJson(glossaryTermPage(site('en'), glossaryDocument('en', 0)))
    expect(term).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'DefinedTerm',
      name: 'Regenerative medicine',
      alternateName: ['regenerative therapy'],
      description: glossaryTerms[0]!.shortDefinition.en,
      url: `${siteUrl}${glossaryTermPath('en', 'regenerative-medicine')}`,
      inDefinedTermSet: {
        '@type': 'DefinedTermSet',
        '@id': `${siteUrl}${glossaryPath('en')}`,
        url: `${siteUrl}${glossaryPath('en')}`,
      },
    })
  })

  it('gives a Japanese term its kana reading as another name', () => {
    expect(asJson(glossaryTermPage(site('ja'), glossaryDocument('ja', 0))).alternateName).toEqual(['さいせいいりょう'])
  })
})

describe('the series and category pages', () => {
  it('series is a CreativeWorkSeries listing the published episodes it is given, in order', () => {
    const summaries = episodes.slice(0, 2).map((seed, index) => ({
      id: index + 1,
      slug: seed.slug,
      title: seed.title.en,
      episodeNumber: seed.number,
      lead: seed.lead.en,
      publishedAt: '2026-11-10T01:00:00.000Z',
      updatedAt: '2026-11-10T01:00:00.000Z',
    }))
    const page = asJson(seriesPage(site('en'), seriesDocument('en'), summaries))
    expect(page).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'CreativeWorkSeries',
      name: seedSeries.title.en,
      url: `${siteUrl}${seriesPath('en', seedSeries.slug)}`,
      publisher: { '@type': 'Organization' },
    })
    expect(page.hasPart.map((part: { url: string; position: number }) => [part.position, part.url])).toEqual([
      [1, `${siteUrl}${episodePath('en', episodes[0]!.slug)}`],
      [2, `${siteUrl}${episodePath('en', episodes[1]!.slug)}`],
    ])
  })

  it('category is a MedicalWebPage about the therapy', () => {
    const page = asJson(therapyCategoryPage(site('ja'), categoryDocument('ja', 2)))
    expect(page).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      url: `${siteUrl}${categoryPath('ja', 'conditioned-medium')}`,
      about: {
        '@type': 'MedicalTherapy',
        name: '培養上清',
        url: `${siteUrl}${categoryPath('ja', 'conditioned-medium')}`,
      },
    })
  })
})

describe('breadcrumbs', () => {
  it('list the visible crumbs in order with absolute URLs, the current page without one', () => {
    const list = asJson(
      breadcrumbList(`${siteUrl}/`, [
        { name: 'コラムトップ', href: homePath('ja') },
        { name: '用語集', href: glossaryPath('ja') },
        { name: '幹細胞' },
      ]),
    )
    expect(list).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'コラムトップ', item: `${siteUrl}${homePath('ja')}` },
        { '@type': 'ListItem', position: 2, name: '用語集', item: `${siteUrl}${glossaryPath('ja')}` },
        { '@type': 'ListItem', position: 3, name: '幹細胞' },
      ],
    })
  })
})
