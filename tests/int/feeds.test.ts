/**
 * The Atom and podcast feeds and the plain-text transcripts, built from real Payload data on
 * PostgreSQL and read back with a real XML parser: required elements, date formats, enclosure
 * lengths equal to the stored files, and only what is published in the feed's language.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { episodeFeed } from '@/lib/feeds/episode-feed'
import { podcastFeed } from '@/lib/feeds/podcast-feed'
import { transcriptText } from '@/lib/feeds/transcript-text'
import type { Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { categoryPath, episodePath } from '@/lib/i18n/paths'
import { silentMp3 } from '@/tooling/seed/placeholder-audio'
import type { Episode, Media, Series } from '@/payload-types'

import { createSeries, englishEpisodeData, japaneseEpisodeData, unique } from '../helpers/fixtures'
import { rest, testPayload } from '../helpers/payload'

let payload: Payload
let laterSeries: Series
let firstSeries: Series
let audio: Media
let bilingual: Episode
let japaneseOnly: Episode
let draft: Episode
let externalOnly: Episode

/** Characters a feed must escape, twice over for `]]>`. */
const trickyTitle = { ja: '幹細胞 <培養> & "上清" ]]> と ]]> の違い', en: 'Cells <in culture> & "medium" ]]> or ]]>' }
const categoryName = { ja: '幹細胞 & <エクソソーム>', en: 'Stem cells & <exosomes>' }
const transcript = { ja: 'こんにちは。今回は違いを整理します。', en: 'Hello. This time we sort out the differences.' }

async function uploadAudio(): Promise<Media> {
  const data = silentMp3(3)
  const name = `${unique('feed-audio')}.mp3`
  return payload.create({
    collection: 'media',
    data: { alt: 'test audio' },
    file: { data, mimetype: 'audio/mpeg', name, size: data.length },
  })
}

async function createLocalized<T extends 'therapy-categories' | 'authors'>(
  collection: T,
  ja: Record<string, unknown>,
  en: Record<string, unknown>,
) {
  const created = await payload.create({ collection, locale: 'ja', data: ja as never })
  await payload.update({ collection, id: created.id, locale: 'en', data: en as never })
  return created
}

async function publishedEpisode(series: Series, number: number, extra: Partial<Episode>, english?: Partial<Episode>) {
  const episode = await payload.create({
    collection: 'episodes',
    locale: 'ja',
    data: { ...japaneseEpisodeData(series, number), ...extra, _status: 'published' },
  })
  if (english) {
    await payload.update({
      collection: 'episodes',
      id: episode.id,
      locale: 'en',
      data: { ...englishEpisodeData, ...english, _status: 'published' },
    })
  }
  return episode
}

beforeAll(async () => {
  payload = await testPayload()
  // Created first but ordered second: its season is 2.
  laterSeries = await createSeries(payload, { order: 20 })
  firstSeries = await createSeries(payload, { order: 10 })
  audio = await uploadAudio()
  const category = await createLocalized(
    'therapy-categories',
    { name: categoryName.ja, slug: unique('category'), introduces: '細胞', _status: 'published' },
    { name: categoryName.en, introduces: 'Cells', _status: 'published' },
  )
  const author = await createLocalized('authors', { displayName: '浅見 遥' }, { displayName: 'Haruka Asami' })
  bilingual = await publishedEpisode(
    laterSeries,
    3,
    {
      title: trickyTitle.ja,
      author: author.id,
      therapyCategories: [category.id],
      podcast: { audio: audio.id, durationSeconds: 372, transcript: transcript.ja },
    },
    { title: trickyTitle.en, podcast: { transcript: transcript.en } },
  )
  japaneseOnly = await publishedEpisode(firstSeries, 1, { podcast: { audio: audio.id, durationSeconds: 95 } })
  draft = await payload.create({
    collection: 'episodes',
    locale: 'ja',
    data: { ...japaneseEpisodeData(firstSeries, 2), podcast: { audio: audio.id }, _status: 'draft' },
  })
  externalOnly = await publishedEpisode(
    firstSeries,
    4,
    { podcast: { externalUrl: 'https://audio.example/episode-4.mp3', durationSeconds: 60 } },
    {},
  )
})

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false })

/** Elements that may repeat, always as arrays. */
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

type Attributes = Record<string, string>
type RssItem = Record<string, string | Attributes | Attributes[] | string[] | undefined> & {
  title: string
  guid: Attributes
  enclosure: Attributes
  'podcast:transcript'?: Attributes
}

function parsePodcast(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true)
  const { rss } = parser.parse(xml)
  return { rss, channel: rss.channel, items: asArray<RssItem>(rss.channel.item) }
}

const rfc822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

describe('the podcast feed', () => {
  it('is RSS 2.0 with the channel elements Apple and Podcasting 2.0 directories require', async () => {
    for (const locale of ['ja', 'en'] as const) {
      const { rss, channel } = parsePodcast(await podcastFeed(locale))
      expect(rss['@_version']).toBe('2.0')
      expect(rss['@_xmlns:itunes']).toBe('http://www.itunes.com/dtds/podcast-1.0.dtd')
      expect(rss['@_xmlns:podcast']).toBe('https://podcastindex.org/namespace/1.0')
      expect(channel.title).toBe(getMessages(locale).podcastFeed.title)
      expect(channel.description).toContain(getMessages(locale).disclaimer.builtIn)
      expect(channel.language).toBe(locale)
      expect(channel.link).toMatch(new RegExp(`^https?://[^/]+/${locale}$`))
      expect(channel['atom:link']['@_href']).toMatch(new RegExp(`/${locale}/podcast\\.xml$`))
      expect(channel['itunes:image']['@_href']).toMatch(/^https?:\/\/.+\/podcast-cover\.png$/)
      expect(channel['itunes:author']).toBe(getMessages(locale).site.name)
      expect(channel['itunes:category']['@_text']).toBe('Health & Fitness')
      expect(channel['itunes:category']['itunes:category']['@_text']).toBe('Medicine')
      expect(channel['itunes:explicit']).toBe('false')
      expect(channel['itunes:type']).toBe('episodic')
      expect(channel['podcast:guid']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      // No owner e-mail is invented: we have none to give.
      expect(channel['itunes:owner']).toBeUndefined()
    }
  })

  it('lists only episodes published in its language that have an uploaded audio file', async () => {
    const titles = async (locale: Locale) => parsePodcast(await podcastFeed(locale)).items.map((item) => item.title)
    expect(await titles('ja')).toEqual([japaneseEpisodeData(firstSeries, 1).title, trickyTitle.ja])
    expect(await titles('en')).toEqual([trickyTitle.en])
    const everything = (await podcastFeed('ja')) + (await podcastFeed('en'))
    expect(everything).not.toContain(draft.slug)
    expect(everything).not.toContain(externalOnly.slug)
    expect(everything).not.toContain('audio.example')
  })

  it('describes each episode: guid, RFC 822 date, enclosure, duration, episode, season, transcript', async () => {
    const { items } = parsePodcast(await podcastFeed('ja'))
    const item = items.find((entry) => entry.title === trickyTitle.ja)!
    expect(item.link).toMatch(new RegExp(`${episodePath('ja', bilingual.slug)}$`))
    expect(item.description).toContain(bilingual.lead)
    expect(item.description).toContain(getMessages('ja').disclaimer.builtIn)
    expect(item.guid['@_isPermaLink']).toBe('false')
    expect(item.guid['#text']).toBe(`the-column:ja:episode:${bilingual.id}`)
    expect(item.pubDate).toMatch(rfc822)
    const published = await payload.findByID({ collection: 'episodes', id: bilingual.id, depth: 0 })
    expect(new Date(item.pubDate as string).getTime()).toBe(
      Math.floor(Date.parse(published.publishedAt!) / 1000) * 1000,
    )
    expect(item.category).toBe(categoryName.ja)
    expect(item.enclosure['@_type']).toBe('audio/mpeg')
    expect(item.enclosure['@_url']).toMatch(/^https?:\/\/.+\.mp3$/)
    expect(item['itunes:duration']).toBe('372')
    expect(item['itunes:episode']).toBe('3')
    expect(item['itunes:season']).toBe('2')
    expect(item['itunes:explicit']).toBe('false')
    expect(item['podcast:transcript']).toEqual({
      '@_url': expect.stringMatching(new RegExp(`${episodePath('ja', bilingual.slug)}/transcript\\.txt$`)),
      '@_type': 'text/plain',
      '@_language': 'ja',
    })
    const other = items.find((entry) => entry.title !== trickyTitle.ja)!
    expect(other['itunes:season']).toBe('1')
    // No transcript, no link to one.
    expect(other['podcast:transcript']).toBeUndefined()
  })

  it('gives the enclosure the byte length of the stored file, which the server sends whole', async () => {
    const { items } = parsePodcast(await podcastFeed('en'))
    const enclosure = items[0]!.enclosure
    const staticDir = payload.collections.media.config.upload.staticDir!
    const onDisk = await readFile(path.resolve(staticDir, audio.filename!))
    expect(Number(enclosure['@_length'])).toBe(onDisk.length)
    expect(Number(enclosure['@_length'])).toBe(audio.filesize)
    const served = await rest('GET', `/media/file/${encodeURIComponent(audio.filename!)}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-length')).toBe(String(onDisk.length))
    expect((await served.arrayBuffer()).byteLength).toBe(onDisk.length)
    expect(new URL(enclosure['@_url']!).pathname).toBe(`/api/media/file/${encodeURIComponent(audio.filename!)}`)
  })

  it('keeps a guid per episode and language that survives a change of slug', async () => {
    const guidOf = async () =>
      parsePodcast(await podcastFeed('en')).items.find((item) => item.title === trickyTitle.en)!.guid['#text']
    const before = await guidOf()
    await payload.update({
      collection: 'episodes',
      id: bilingual.id,
      locale: 'ja',
      data: { slug: unique('renamed'), _status: 'published' },
    })
    expect(await guidOf()).toBe(before)
    expect(before).not.toBe(
      parsePodcast(await podcastFeed('ja')).items.find((item) => item.title === trickyTitle.ja)!.guid['#text'],
    )
  })
})

describe('the Atom feed', () => {
  type AtomEntry = {
    title: string
    author: { name: string }
    category?: Attributes | Attributes[]
    updated: string
    published: string
  }

  async function entries(locale: Locale): Promise<AtomEntry[]> {
    const xml = await episodeFeed(locale)
    expect(XMLValidator.validate(xml)).toBe(true)
    const { feed } = parser.parse(xml)
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(feed.updated).toMatch(rfc3339)
    return asArray<AtomEntry>(feed.entry)
  }

  it('gives each entry its therapy categories and its author, in the feed’s language', async () => {
    for (const locale of ['ja', 'en'] as const) {
      const entry = (await entries(locale)).find((each) => each.title === trickyTitle[locale])!
      expect(entry.author.name).toBe(locale === 'ja' ? '浅見 遥' : 'Haruka Asami')
      const [category] = asArray(entry.category)
      expect(category!['@_label']).toBe(categoryName[locale])
      expect(category!['@_term']).toMatch(/^category-/)
      expect(category!['@_scheme']).toMatch(new RegExp(`${categoryPath(locale, '')}$`))
      expect(entry.updated).toMatch(rfc3339)
      expect(entry.published).toMatch(rfc3339)
    }
  })

  it('names the organisation as the author of an episode without one', async () => {
    const entry = (await entries('en')).find((each) => each.title === englishEpisodeData.title)!
    expect(entry.author.name).toBe(getMessages('en').site.name)
  })

  it('lists no draft, and a Japanese-only episode only in Japanese', async () => {
    const japanese = (await entries('ja')).map((entry) => entry.title)
    const english = (await entries('en')).map((entry) => entry.title)
    expect(japanese).toContain(japaneseEpisodeData(firstSeries, 1).title)
    expect(english).not.toContain(japaneseEpisodeData(firstSeries, 1).title)
    expect(english).toHaveLength(2)
    expect(japanese).toHaveLength(3)
    expect(await episodeFeed('ja')).not.toContain(draft.slug)
  })
})

describe('the plain-text transcript', () => {
  it('has the title, the transcript of that language and the disclaimer', async () => {
    const slug = (await payload.findByID({ collection: 'episodes', id: bilingual.id, depth: 0 })).slug
    for (const locale of ['ja', 'en'] as const) {
      const text = await transcriptText(locale, slug)
      expect(text).toContain(trickyTitle[locale])
      expect(text).toContain(transcript[locale])
      expect(text).toContain(getMessages(locale).disclaimer.builtIn)
    }
  })

  it('is missing for a draft, an untranslated language, and an episode without a transcript', async () => {
    expect(await transcriptText('ja', draft.slug)).toBeNull()
    expect(await transcriptText('en', japaneseOnly.slug)).toBeNull()
    expect(await transcriptText('ja', japaneseOnly.slug)).toBeNull()
  })
})
