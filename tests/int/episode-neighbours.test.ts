/**
 * An episode page's previous and next links: the episodes published in the page's locale just
 * before and after it by number in its series, found without reading the whole series. Generated
 * series (numbers with gaps, each episode published in both languages, in Japanese only, or a
 * draft) are checked against the series' full published list.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getEpisode, getNeighbours, listSeriesEpisodes } from '@/lib/content/episodes'
import type { Series } from '@/payload-types'

import { createSeries, englishEpisodeData, japaneseEpisodeData } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { seededRandom } from '../helpers/seeded-random'

type State = 'bilingual' | 'japanese only' | 'draft'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

/** A series of `count` episodes with distinct numbers in shuffled order of creation, in random states. */
async function generatedSeries(seed: number, count: number): Promise<{ series: Series; slugs: string[] }> {
  const random = seededRandom(seed)
  const series = await createSeries(payload)
  const numbers = new Set<number>()
  while (numbers.size < count) numbers.add(1 + Math.floor(random() * count * 3))
  const states: State[] = ['bilingual', 'japanese only', 'draft']
  const slugs: string[] = []
  for (const episodeNumber of numbers) {
    const state = states[Math.floor(random() * states.length)]!
    const episode = await payload.create({
      collection: 'episodes',
      locale: 'ja',
      data: { ...japaneseEpisodeData(series, episodeNumber), _status: state === 'draft' ? 'draft' : 'published' },
    })
    if (state === 'bilingual') {
      await payload.update({
        collection: 'episodes',
        id: episode.id,
        locale: 'en',
        data: { ...englishEpisodeData, _status: 'published' },
      })
    }
    slugs.push(episode.slug)
  }
  return { series, slugs }
}

describe("an episode's neighbours in its series", () => {
  it.each([1, 2, 3])(
    'are the published episodes just before and after it by number (generated series %i)',
    { timeout: 120_000 },
    async (seed) => {
      const { series, slugs } = await generatedSeries(seed, 9)
      for (const locale of ['ja', 'en'] as const) {
        const published = await listSeriesEpisodes(locale, series.id)
        expect(published.map((episode) => episode.episodeNumber)).toEqual(
          published.map((episode) => episode.episodeNumber).sort((a, b) => a - b),
        )
        for (const slug of slugs) {
          const episode = await getEpisode(locale, slug)
          if (!episode) continue
          const index = published.findIndex((each) => each.id === episode.id)
          const { previous, next } = await getNeighbours(locale, episode)
          expect([previous?.id, next?.id], `${locale} ${slug} number ${episode.episodeNumber}`).toEqual([
            published[index - 1]?.id,
            published[index + 1]?.id,
          ])
        }
      }
    },
  )
})
