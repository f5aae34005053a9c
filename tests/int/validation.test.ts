/**
 * Bad input gets a 400 with a message on the field, in the language of the request, and
 * nothing is written. Drafts may be incomplete; publishing may not.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { SHORT_DEFINITION_MAX_LENGTH } from '@/collections/GlossaryTerms'

import { validData } from '../helpers/documents'
import { createSeries, englishEpisodeData, japaneseEpisodeData, unique } from '../helpers/fixtures'
import { rest, testPayload } from '../helpers/payload'
import { ensureUser, tokenFor } from '../helpers/users'

let payload: Payload
let editor: string | undefined
let glossaryStaff: string | undefined

beforeAll(async () => {
  payload = await testPayload()
  await ensureUser(payload, 'admin')
  editor = await tokenFor(payload, 'editor')
  glossaryStaff = await tokenFor(payload, 'glossary')
})

type FieldError = { path: string; message: string }

async function fieldErrors(response: Response): Promise<FieldError[]> {
  const body = (await response.json()) as { errors?: { data?: { errors?: FieldError[] } }[] }
  return body.errors?.flatMap((error) => error.data?.errors ?? []) ?? []
}

function messageFor(errors: FieldError[], path: string): string | undefined {
  return errors.find((error) => error.path === path)?.message
}

async function countBySlug(collection: 'episodes' | 'glossary-terms', slug: string) {
  return (await payload.count({ collection, where: { slug: { equals: slug } } })).totalDocs
}

describe('slugs', () => {
  it.each([
    ['en', /lowercase ASCII letters and digits joined by hyphens/],
    ['ja', /半角英小文字・数字をハイフンでつないだ形/],
  ])('refuses a malformed slug, even on a draft, with a message in %s', async (language, message) => {
    const data = await validData(payload, 'episodes')
    const response = await rest('POST', '/episodes?draft=true', {
      body: { ...data, slug: 'Regenerative Medicine!' },
      token: editor,
      acceptLanguage: language,
    })
    expect(response.status).toBe(400)
    expect(messageFor(await fieldErrors(response), 'slug')).toMatch(message)
    expect(await countBySlug('episodes', 'Regenerative Medicine!')).toBe(0)
  })

  it('makes the slug from the English title when it is left empty', async () => {
    const series = await createSeries(payload)
    const created = await payload.create({
      collection: 'episodes',
      locale: 'en',
      draft: true,
      data: { ...japaneseEpisodeData(series, 1), ...englishEpisodeData, slug: undefined },
    })
    expect(created.slug).toBe('what-kinds-of-regenerative-medicine-are-there')
  })

  it('refuses a slug that another episode already has', async () => {
    const data = await validData(payload, 'episodes')
    await payload.create({ collection: 'episodes', locale: 'ja', data: { ...data, _status: 'published' } as never })
    const again = await validData(payload, 'episodes')
    const response = await rest('POST', '/episodes', {
      body: { ...again, slug: data.slug, _status: 'published' },
      token: editor,
      acceptLanguage: 'en',
    })
    expect(response.status).toBe(400)
    expect(messageFor(await fieldErrors(response), 'slug')).toMatch(/already in use/)
    expect(await countBySlug('episodes', data.slug as string)).toBe(1)
  })
})

describe('episode numbers', () => {
  it.each([
    ['a draft', '?draft=true'],
    ['a published episode', ''],
  ])('are unique within a series, for %s', async (_, query) => {
    const series = await createSeries(payload)
    await payload.create({
      collection: 'episodes',
      locale: 'ja',
      data: { ...japaneseEpisodeData(series, 2), _status: 'published' },
    })
    const duplicate = { ...japaneseEpisodeData(series, 2), _status: query ? 'draft' : 'published' }
    const response = await rest('POST', `/episodes${query}`, { body: duplicate, token: editor, acceptLanguage: 'ja' })
    expect(response.status).toBe(400)
    expect(messageFor(await fieldErrors(response), 'episodeNumber')).toBe(
      'このシリーズには、すでにこの番号の回があります。',
    )
    expect(await countBySlug('episodes', duplicate.slug)).toBe(0)
  })

  it('may repeat across series', async () => {
    const [first, second] = [await createSeries(payload), await createSeries(payload)]
    await payload.create({
      collection: 'episodes',
      locale: 'ja',
      data: { ...japaneseEpisodeData(first, 3), _status: 'published' },
    })
    const response = await rest('POST', '/episodes', {
      body: { ...japaneseEpisodeData(second, 3), _status: 'published' },
      token: editor,
    })
    expect(response.status).toBe(201)
  })

  it('must be positive', async () => {
    const series = await createSeries(payload)
    const response = await rest('POST', '/episodes', {
      body: { ...japaneseEpisodeData(series, 0), _status: 'published' },
      token: editor,
    })
    expect(response.status).toBe(400)
    expect(messageFor(await fieldErrors(response), 'episodeNumber')).toBeDefined()
  })
})

describe('drafts and publishing', () => {
  it('saves a draft with the required fields empty', async () => {
    const response = await rest('POST', '/episodes?draft=true', { body: { title: '書きかけ' }, token: editor })
    expect(response.status).toBe(201)
  })

  it('refuses to publish with the required fields empty, naming each of them', async () => {
    const slug = unique('incomplete')
    const response = await rest('POST', '/episodes', {
      body: { title: '書きかけ', slug, _status: 'published' },
      token: editor,
      acceptLanguage: 'en',
    })
    expect(response.status).toBe(400)
    const paths = (await fieldErrors(response)).map((error) => error.path)
    expect(paths).toEqual(expect.arrayContaining(['series', 'episodeNumber', 'lead', 'body']))
    expect(await countBySlug('episodes', slug)).toBe(0)
  })

  it('refuses to publish a locale whose required fields are empty', async () => {
    const series = await createSeries(payload)
    const episode = await payload.create({
      collection: 'episodes',
      locale: 'ja',
      data: { ...japaneseEpisodeData(series, 1), _status: 'published' },
    })
    const response = await rest('PATCH', `/episodes/${episode.id}?locale=en`, {
      body: { title: 'Only a title so far', _status: 'published' },
      token: editor,
      acceptLanguage: 'en',
    })
    expect(response.status).toBe(400)
    const paths = (await fieldErrors(response)).map((error) => error.path)
    expect(paths).toEqual(expect.arrayContaining(['lead', 'body']))
    const english = await payload.findByID({
      collection: 'episodes',
      id: episode.id,
      locale: 'en',
      fallbackLocale: false,
    })
    expect(english.title ?? null).toBeNull()
  })
})

describe('publishing all locales at once', () => {
  // The admin's "publish in all locales" validates only the locale being edited (payload#14672).
  it.each([
    ['en', 'English cannot be published until its required fields are filled in: Lead and Body.'],
    ['ja', '英語は、必須項目(リード文、本文)が入力されるまで公開できません。'],
  ])('is refused while a translation is incomplete, naming it and its empty fields (%s)', async (language, message) => {
    const series = await createSeries(payload)
    const episode = await payload.create({
      collection: 'episodes',
      locale: 'ja',
      draft: true,
      data: japaneseEpisodeData(series, 1),
    })
    await payload.update({
      collection: 'episodes',
      id: episode.id,
      locale: 'en',
      draft: true,
      data: { title: 'Only a title so far' },
    })
    const response = await rest('PATCH', `/episodes/${episode.id}?publishAllLocales=true`, {
      body: { _status: 'published' },
      token: editor,
      locale: 'ja',
      acceptLanguage: language,
    })
    expect(response.status).toBe(400)
    expect(messageFor(await fieldErrors(response), 'translationStatus.en')).toContain(message)
    for (const locale of ['ja', 'en']) {
      expect((await rest('GET', `/episodes/${episode.id}`, { locale })).status).toBe(404)
    }
  })

  it('is refused on creation too when only one language is written', async () => {
    const slug = unique('publish-all')
    const series = await createSeries(payload)
    const response = await rest('POST', '/episodes?publishAllLocales=true', {
      body: { ...japaneseEpisodeData(series, 1), slug, _status: 'published' },
      token: editor,
      locale: 'ja',
      acceptLanguage: 'en',
    })
    expect(response.status).toBe(400)
    expect(messageFor(await fieldErrors(response), 'translationStatus.en')).toMatch(/^English cannot be published/)
    expect(await countBySlug('episodes', slug)).toBe(0)
  })

  it('publishes every locale when each one is complete', async () => {
    const series = await createSeries(payload)
    const episode = await payload.create({
      collection: 'episodes',
      locale: 'ja',
      draft: true,
      data: japaneseEpisodeData(series, 1),
    })
    await payload.update({
      collection: 'episodes',
      id: episode.id,
      locale: 'en',
      draft: true,
      data: englishEpisodeData,
    })
    const response = await rest('PATCH', `/episodes/${episode.id}?publishAllLocales=true`, {
      body: { _status: 'published' },
      token: editor,
      locale: 'ja',
    })
    expect(response.status).toBe(200)
    const english = await rest('GET', `/episodes/${episode.id}`, { locale: 'en' })
    expect(((await english.json()) as { title: string }).title).toBe(englishEpisodeData.title)
  })

  it('still publishes Japanese alone while English is incomplete', async () => {
    const series = await createSeries(payload)
    const episode = await payload.create({
      collection: 'episodes',
      locale: 'ja',
      draft: true,
      data: japaneseEpisodeData(series, 1),
    })
    await payload.update({
      collection: 'episodes',
      id: episode.id,
      locale: 'en',
      draft: true,
      data: { title: 'Only a title so far' },
    })
    const response = await rest('PATCH', `/episodes/${episode.id}?publishSpecificLocale=ja`, {
      body: { _status: 'published' },
      token: editor,
      locale: 'ja',
    })
    expect(response.status).toBe(200)
    expect((await rest('GET', `/episodes/${episode.id}`, { locale: 'ja' })).status).toBe(200)
    expect((await rest('GET', `/episodes/${episode.id}`, { locale: 'en' })).status).toBe(404)
  })
})

describe('glossary terms', () => {
  it(`refuses a tooltip definition over ${SHORT_DEFINITION_MAX_LENGTH} characters`, async () => {
    const data = await validData(payload, 'glossary-terms')
    const response = await rest('POST', '/glossary-terms', {
      body: { ...data, shortDefinition: 'あ'.repeat(SHORT_DEFINITION_MAX_LENGTH + 1), _status: 'published' },
      token: glossaryStaff,
    })
    expect(response.status).toBe(400)
    expect(messageFor(await fieldErrors(response), 'shortDefinition')).toBeDefined()
    expect(await countBySlug('glossary-terms', data.slug as string)).toBe(0)
  })

  it('accepts a tooltip definition of exactly the limit', async () => {
    const data = await validData(payload, 'glossary-terms')
    const response = await rest('POST', '/glossary-terms', {
      body: { ...data, shortDefinition: 'あ'.repeat(SHORT_DEFINITION_MAX_LENGTH), _status: 'published' },
      token: glossaryStaff,
    })
    expect(response.status).toBe(201)
  })

  it('refuses a reading that is not kana', async () => {
    const data = await validData(payload, 'glossary-terms')
    const response = await rest('POST', '/glossary-terms', {
      body: { ...data, reading: '幹細胞', _status: 'published' },
      token: glossaryStaff,
      acceptLanguage: 'en',
    })
    expect(response.status).toBe(400)
    expect(messageFor(await fieldErrors(response), 'reading')).toMatch(/hiragana or katakana/)
  })
})

describe('relationships', () => {
  it('refuses a series that does not exist', async () => {
    const data = await validData(payload, 'episodes')
    const response = await rest('POST', '/episodes', {
      body: { ...data, series: 987654, _status: 'published' },
      token: editor,
    })
    expect(response.status).toBe(400)
    expect(messageFor(await fieldErrors(response), 'series')).toBeDefined()
    expect(await countBySlug('episodes', data.slug as string)).toBe(0)
  })

  it('refuses a site disclaimer among an episode’s extra (topic) disclaimers', async () => {
    const site = await payload.create({
      collection: 'disclaimers',
      data: { ...(await validData(payload, 'disclaimers')), kind: 'site', _status: 'draft' } as never,
    })
    const data = await validData(payload, 'episodes')
    const response = await rest('POST', '/episodes', {
      body: { ...data, extraDisclaimers: [site.id], _status: 'published' },
      token: editor,
    })
    expect(response.status).toBe(400)
    expect(messageFor(await fieldErrors(response), 'extraDisclaimers')).toBeDefined()
  })
})
