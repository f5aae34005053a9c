/**
 * The admin shows, per episode, how far each language is written: `translationStatus` holds one
 * state per locale (complete, incomplete, missing), computed on every save from the fields
 * publishing requires, for the locale being saved only.
 */
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richTextFromParagraphs } from '@/tooling/seed/rich-text'
import type { Episode, Series } from '@/payload-types'

import { createSeries, englishEpisodeData, japaneseEpisodeData } from '../helpers/fixtures'
import { rest, testPayload } from '../helpers/payload'
import { tokenFor } from '../helpers/users'

let payload: Payload
let editor: string | undefined
let series: Series
let episodeNumber = 0

beforeAll(async () => {
  payload = await testPayload()
  editor = await tokenFor(payload, 'editor')
  series = await createSeries(payload)
})

type Status = Episode['translationStatus']

async function saved(response: Response): Promise<Episode> {
  const body = (await response.json()) as { doc?: Episode; errors?: unknown }
  expect(response.status, JSON.stringify(body.errors)).toBeLessThan(300)
  return body.doc!
}

async function japaneseDraft(): Promise<Episode> {
  return saved(
    await rest('POST', '/episodes?draft=true', {
      body: japaneseEpisodeData(series, ++episodeNumber),
      token: editor,
      locale: 'ja',
    }),
  )
}

async function saveDraft(id: number, locale: 'ja' | 'en', body: Record<string, unknown>): Promise<Episode> {
  return saved(await rest('PATCH', `/episodes/${id}?draft=true`, { body, token: editor, locale }))
}

async function storedStatus(id: number): Promise<Status> {
  return (await payload.findByID({ collection: 'episodes', id, draft: true })).translationStatus
}

describe('translation status', () => {
  it('of a Japanese-only draft is complete in Japanese and missing in English', async () => {
    const episode = await japaneseDraft()
    expect(episode.translationStatus).toEqual({ ja: 'complete', en: 'missing' })
  })

  it('is incomplete for an English draft with only some required fields', async () => {
    const episode = await japaneseDraft()
    const updated = await saveDraft(episode.id, 'en', { title: englishEpisodeData.title })
    expect(updated.translationStatus).toEqual({ ja: 'complete', en: 'incomplete' })
  })

  it('counts a body without text (one empty paragraph) as not filled in', async () => {
    const episode = await japaneseDraft()
    const updated = await saveDraft(episode.id, 'en', { ...englishEpisodeData, body: richTextFromParagraphs(['']) })
    expect(updated.translationStatus?.en).toBe('incomplete')
  })

  it('becomes complete when the English translation is finished', async () => {
    const episode = await japaneseDraft()
    await saveDraft(episode.id, 'en', { title: englishEpisodeData.title })
    const updated = await saveDraft(episode.id, 'en', { lead: englishEpisodeData.lead, body: englishEpisodeData.body })
    expect(updated.translationStatus).toEqual({ ja: 'complete', en: 'complete' })
  })

  it('of English is left as it was when Japanese is edited', async () => {
    const episode = await japaneseDraft()
    await saveDraft(episode.id, 'en', { title: englishEpisodeData.title })
    const updated = await saveDraft(episode.id, 'ja', { lead: '' })
    expect(updated.translationStatus).toEqual({ ja: 'incomplete', en: 'incomplete' })
  })

  it('cannot be set by a client', async () => {
    const response = await rest('POST', '/episodes?draft=true', {
      body: { ...japaneseEpisodeData(series, ++episodeNumber), translationStatus: { ja: 'missing', en: 'complete' } },
      token: editor,
      locale: 'ja',
    })
    expect((await saved(response)).translationStatus).toEqual({ ja: 'complete', en: 'missing' })
  })

  it('is shown in the REST response when the episode is read', async () => {
    const episode = await japaneseDraft()
    const response = await rest('GET', `/episodes/${episode.id}?draft=true`, { token: editor, locale: 'en' })
    expect(response.status).toBe(200)
    expect(((await response.json()) as Episode).translationStatus).toEqual({ ja: 'complete', en: 'missing' })
  })

  it('filters the episode list through REST', async () => {
    const japaneseOnly = await japaneseDraft()
    const bilingual = await japaneseDraft()
    await saveDraft(bilingual.id, 'en', englishEpisodeData)
    const query = new URLSearchParams({
      'where[and][0][series][equals]': String(series.id),
      'where[and][1][translationStatus.en][equals]': 'complete',
      draft: 'true',
      limit: '100',
    })
    const response = await rest('GET', `/episodes?${query}`, { token: editor })
    expect(response.status).toBe(200)
    const ids = ((await response.json()) as { docs: Episode[] }).docs.map((doc) => doc.id)
    expect(ids).toContain(bilingual.id)
    expect(ids).not.toContain(japaneseOnly.id)
  })

  it('is kept by a publication of one locale', async () => {
    const episode = await japaneseDraft()
    await saveDraft(episode.id, 'en', { title: englishEpisodeData.title })
    const published = await saved(
      await rest('PATCH', `/episodes/${episode.id}`, { body: { _status: 'published' }, token: editor, locale: 'ja' }),
    )
    expect(published.translationStatus).toEqual({ ja: 'complete', en: 'incomplete' })
    const stored = await rest('GET', `/episodes/${episode.id}`, { locale: 'ja', token: editor })
    expect(((await stored.json()) as Episode).translationStatus).toEqual({ ja: 'complete', en: 'incomplete' })
  })

  it('is editorial data: readers of the published episode do not get it', async () => {
    const episode = await japaneseDraft()
    await rest('PATCH', `/episodes/${episode.id}`, { body: { _status: 'published' }, token: editor, locale: 'ja' })
    const anonymous = await rest('GET', `/episodes/${episode.id}`, { locale: 'ja' })
    expect(anonymous.status).toBe(200)
    expect((await anonymous.json()) as Episode).not.toHaveProperty('translationStatus')
  })
})

describe('an episode saved before translation status existed', () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  beforeAll(() => client.connect())
  afterAll(() => client.end())

  it('gets the state of every locale on its next save', async () => {
    const episode = await japaneseDraft()
    await saveDraft(episode.id, 'en', englishEpisodeData)
    await client.query('update episodes set translation_status_ja = null, translation_status_en = null where id = $1', [
      episode.id,
    ])
    await client.query(
      'update _episodes_v set version_translation_status_ja = null, version_translation_status_en = null where parent_id = $1',
      [episode.id],
    )
    expect(await storedStatus(episode.id)).toEqual({ ja: null, en: null })
    const updated = await saveDraft(episode.id, 'ja', { lead: '体に入れるものの違いを整理します。' })
    expect(updated.translationStatus).toEqual({ ja: 'complete', en: 'complete' })
  })
})
