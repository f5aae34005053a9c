/**
 * Translating an episode keeps what both languages share. The admin's English form of a draft
 * never saved in English opens with the shared fields empty (see
 * collections/Episodes/hooks/keepSharedFieldsInTranslations.ts) and autosaves them that way.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createSeries, japaneseEpisodeData } from '../helpers/fixtures'
import { rest, testPayload } from '../helpers/payload'
import { ensureUser, tokenFor } from '../helpers/users'

let payload: Payload
let editorToken: string | undefined

beforeAll(async () => {
  payload = await testPayload()
  await ensureUser(payload, 'editor')
  editorToken = await tokenFor(payload, 'editor')
})

/** As the admin makes one: created empty by autosave, then written in Japanese as drafts. */
async function japaneseDraft() {
  const series = await createSeries(payload)
  const created = await payload.create({
    collection: 'episodes',
    locale: 'ja',
    draft: true,
    data: { _status: 'draft' } as never,
  })
  return payload.update({
    collection: 'episodes',
    id: created.id,
    locale: 'ja',
    draft: true,
    data: { ...japaneseEpisodeData(series, 3), _status: 'draft' },
  })
}

describe('the first save of an English translation', () => {
  it('keeps the slug, series and number when the admin sends them empty', async () => {
    const draft = await japaneseDraft()
    const response = await rest('PATCH', `/episodes/${draft.id}?draft=true&autosave=true`, {
      token: editorToken,
      locale: 'en',
      body: { title: 'What kinds are there?', slug: '', series: null, episodeNumber: null, _status: 'draft' },
    })
    expect(response.status).toBe(200)
    const japanese = await payload.findByID({
      collection: 'episodes',
      id: draft.id,
      locale: 'ja',
      draft: true,
      depth: 0,
    })
    expect({ slug: japanese.slug, series: japanese.series, episodeNumber: japanese.episodeNumber }).toEqual({
      slug: draft.slug,
      series: typeof draft.series === 'object' ? draft.series?.id : draft.series,
      episodeNumber: 3,
    })
  })

  it('still takes a shared field the translator changes', async () => {
    const draft = await japaneseDraft()
    await payload.update({
      collection: 'episodes',
      id: draft.id,
      locale: 'en',
      draft: true,
      data: { episodeNumber: 4 },
    })
    const japanese = await payload.findByID({
      collection: 'episodes',
      id: draft.id,
      locale: 'ja',
      draft: true,
      depth: 0,
    })
    expect(japanese.episodeNumber).toBe(4)
  })
})
