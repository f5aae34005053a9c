/**
 * "Coming next" reads the jobs queue and an unpublished episode past access control: it must find
 * a scheduled publication of the next episode in the page's locale, and give away nothing of the
 * draft but its number and the scheduled date.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getScheduledNextEpisode } from '@/lib/content/coming-next'
import type { Episode, Series } from '@/payload-types'

import { createSeries, englishEpisodeData, japaneseEpisodeData, publishBilingualEpisode } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

let payload: Payload

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000)
const draftTitle = '未公開の次回の題名'

beforeAll(async () => {
  payload = await testPayload()
})

/** A series with episode 1 published in both languages and episode 2 a draft in both. */
async function seriesWithDraftNext(): Promise<{ series: Series; first: Episode; next: Episode }> {
  const series = await createSeries(payload)
  const first = await publishBilingualEpisode(payload, series, 1)
  const next = await payload.create({
    collection: 'episodes',
    locale: 'ja',
    data: { ...japaneseEpisodeData(series, 2), title: draftTitle, _status: 'draft' },
  })
  await payload.update({ collection: 'episodes', id: next.id, locale: 'en', draft: true, data: englishEpisodeData })
  return { series, first, next }
}

async function schedulePublish(id: number, waitUntil: Date, locale?: 'ja' | 'en') {
  return payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil,
    input: { type: 'publish', ...(locale ? { locale } : {}), doc: { relationTo: 'episodes', value: id } },
  })
}

/** The admin's schedule drawer sends the document id as a string, which the generated type does not allow. */
async function scheduleFromTheAdmin(id: number, waitUntil: Date) {
  return payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil,
    input: { type: 'publish', doc: { relationTo: 'episodes', value: String(id) as unknown as number } },
  })
}

describe('the scheduled next episode', () => {
  it('is the next number and its scheduled date, and nothing of the draft', async () => {
    const { first, next } = await seriesWithDraftNext()
    const waitUntil = inHours(48)
    await scheduleFromTheAdmin(next.id, waitUntil)

    const coming = await getScheduledNextEpisode('ja', first)
    expect(coming).toEqual({ episodeNumber: 2, publishAt: waitUntil.toISOString() })
    const returned = JSON.stringify(coming)
    expect(returned).not.toContain(draftTitle)
    expect(returned).not.toContain(englishEpisodeData.title)
    expect(returned).not.toContain(next.slug!)
    expect(await getScheduledNextEpisode('en', first)).toEqual(coming)
  })

  it('is the earliest of several pending publications', async () => {
    const { first, next } = await seriesWithDraftNext()
    await schedulePublish(next.id, inHours(72))
    const earliest = inHours(24)
    await schedulePublish(next.id, earliest, 'ja')
    await schedulePublish(next.id, inHours(48))

    expect((await getScheduledNextEpisode('ja', first))?.publishAt).toBe(earliest.toISOString())
  })

  it('is absent when nothing is scheduled', async () => {
    const { first } = await seriesWithDraftNext()
    expect(await getScheduledNextEpisode('ja', first)).toBeNull()
  })

  it('is shown only in the locale a publication is scheduled for', async () => {
    const { first, next } = await seriesWithDraftNext()
    const waitUntil = inHours(24)
    await schedulePublish(next.id, waitUntil, 'en')

    expect(await getScheduledNextEpisode('ja', first)).toBeNull()
    expect(await getScheduledNextEpisode('en', first)).toEqual({ episodeNumber: 2, publishAt: waitUntil.toISOString() })
  })

  it('ignores a publication whose time has passed or that has run', async () => {
    const { first, next } = await seriesWithDraftNext()
    await schedulePublish(next.id, new Date(Date.now() - 60_000), 'en')
    const done = await schedulePublish(next.id, inHours(24), 'en')
    await payload.update({ collection: 'payload-jobs', id: done.id, data: { completedAt: new Date().toISOString() } })

    expect(await getScheduledNextEpisode('en', first)).toBeNull()
  })

  it('ignores a scheduled unpublish', async () => {
    const { first, next } = await seriesWithDraftNext()
    await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: inHours(24),
      input: { type: 'unpublish', doc: { relationTo: 'episodes', value: next.id } },
    })
    expect(await getScheduledNextEpisode('ja', first)).toBeNull()
  })

  it('gives way to the next episode once it is published in that locale', async () => {
    const series = await createSeries(payload)
    const first = await publishBilingualEpisode(payload, series, 1)
    const next = await payload.create({
      collection: 'episodes',
      locale: 'ja',
      data: { ...japaneseEpisodeData(series, 2), _status: 'published' },
    })
    await payload.update({ collection: 'episodes', id: next.id, locale: 'en', draft: true, data: englishEpisodeData })
    const waitUntil = inHours(24)
    await schedulePublish(next.id, waitUntil)

    expect(await getScheduledNextEpisode('ja', first)).toBeNull()
    expect(await getScheduledNextEpisode('en', first)).toEqual({ episodeNumber: 2, publishAt: waitUntil.toISOString() })
  })

  it('is absent for the last episode of a series with nothing after it', async () => {
    const { next } = await seriesWithDraftNext()
    await schedulePublish(next.id, inHours(24))
    expect(await getScheduledNextEpisode('ja', next)).toBeNull()
  })
})
