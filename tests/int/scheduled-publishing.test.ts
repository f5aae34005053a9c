/**
 * Scheduled publish and unpublish are jobs in Payload's queue: this runs the queue the way the
 * app's every-minute auto-run does, and checks that a job acts at its time and not before.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  createSeries,
  englishEpisodeData,
  japaneseEpisodeData,
  publishBilingualEpisode,
  episodeIsPublicIn,
} from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const englishIsPublic = (id: number) => episodeIsPublicIn(payload, id, 'en')

async function scheduleEnglish(id: number, type: 'publish' | 'unpublish', waitUntil: Date) {
  await payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil,
    input: { type, locale: 'en', doc: { relationTo: 'episodes', value: id } },
  })
}

describe('scheduled publishing of an English translation', () => {
  it('publishes when its time has come, not before', async () => {
    const series = await createSeries(payload)
    const episode = await payload.create({
      collection: 'episodes',
      locale: 'ja',
      data: { ...japaneseEpisodeData(series, 1), _status: 'published' },
    })
    await payload.update({
      collection: 'episodes',
      id: episode.id,
      locale: 'en',
      draft: true,
      data: englishEpisodeData,
    })

    await scheduleEnglish(episode.id, 'publish', new Date(Date.now() + 3_600_000))
    await payload.jobs.run()
    expect(await englishIsPublic(episode.id)).toBe(false)

    await scheduleEnglish(episode.id, 'publish', new Date(Date.now() - 1000))
    await payload.jobs.run()
    expect(await englishIsPublic(episode.id)).toBe(true)
  })

  it('unpublishes only the scheduled locale, at its time', async () => {
    const episode = await publishBilingualEpisode(payload, await createSeries(payload), 1)
    expect(await englishIsPublic(episode.id)).toBe(true)

    await scheduleEnglish(episode.id, 'unpublish', new Date(Date.now() - 1000))
    await payload.jobs.run()
    expect(await englishIsPublic(episode.id)).toBe(false)
    const stored = await payload.findByID({ collection: 'episodes', id: episode.id, locale: 'all', draft: false })
    expect(stored._status).toEqual({ ja: 'published', en: 'draft' })
  })
})
