/**
 * Proof that Payload's per-locale status (experimental localizeStatus) works on PostgreSQL with
 * our migrations: Japanese can be published before English, and an unpublished locale is never
 * shown as if it were, through REST, GraphQL or the Local API with access enforced.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Episode } from '@/payload-types'

import { createSeries, englishEpisodeData, japaneseEpisodeData } from '../helpers/fixtures'
import { graphql, rest, testPayload } from '../helpers/payload'

let payload: Payload
let episode: Episode

async function publicTitles(locale: 'ja' | 'en'): Promise<Record<string, string | undefined>> {
  const viaRest = await rest('GET', `/episodes/${episode.id}`, { locale })
  const restTitle = viaRest.status === 200 ? ((await viaRest.json()) as Episode).title : undefined
  const viaGraphql = await graphql<{ Episode: { title: string } | null }>(
    `{ Episode(id: ${episode.id}, locale: ${locale}) { title } }`,
  )
  const { docs } = await payload.find({
    collection: 'episodes',
    locale,
    overrideAccess: false,
    where: { id: { equals: episode.id } },
  })
  return { rest: restTitle, graphql: viaGraphql.data?.Episode?.title, localApi: docs[0]?.title }
}

beforeAll(async () => {
  payload = await testPayload()
  const series = await createSeries(payload)
  episode = await payload.create({
    collection: 'episodes',
    locale: 'ja',
    data: { ...japaneseEpisodeData(series, 1), _status: 'published' },
  })
})

describe('an episode published in Japanese only', () => {
  it('is public in Japanese', async () => {
    const title = japaneseEpisodeData(1, 1).title
    expect(await publicTitles('ja')).toEqual({ rest: title, graphql: title, localApi: title })
  })

  it('is not public in English, not even through fallback to the Japanese text', async () => {
    expect(await publicTitles('en')).toEqual({ rest: undefined, graphql: undefined, localApi: undefined })
  })

  it('records a status per locale', async () => {
    const stored = await payload.findByID({ collection: 'episodes', id: episode.id, locale: 'all', draft: false })
    expect(stored._status).toEqual({ ja: 'published' })
  })
})

describe('publishing the English translation later', () => {
  beforeAll(async () => {
    await payload.update({
      collection: 'episodes',
      id: episode.id,
      locale: 'en',
      data: { ...englishEpisodeData, _status: 'published' },
    })
  })

  it('makes it public in English too', async () => {
    const title = englishEpisodeData.title
    expect(await publicTitles('en')).toEqual({ rest: title, graphql: title, localApi: title })
  })

  it('leaves the Japanese publication as it was', async () => {
    expect((await publicTitles('ja')).rest).toBe(japaneseEpisodeData(1, 1).title)
  })

  it('keeps a later English draft out of public view until it is published', async () => {
    await payload.update({
      collection: 'episodes',
      id: episode.id,
      locale: 'en',
      draft: true,
      data: { title: 'A revised title, not yet published' },
    })
    expect((await publicTitles('en')).rest).toBe(englishEpisodeData.title)
  })
})
