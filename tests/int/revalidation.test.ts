/**
 * What a change revalidates in the reader site's cache: observed through the tags the hooks
 * hand to Next.js (lib/cache/revalidate.ts), never through timings. Published changes
 * revalidate exactly their tags; drafts and autosaves revalidate nothing.
 */
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import * as revalidation from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'

import { validData } from '../helpers/documents'
import { createSeries, englishEpisodeData, japaneseEpisodeData, unique } from '../helpers/fixtures'
import { rest, testPayload } from '../helpers/payload'
import { ensureUser, tokenFor } from '../helpers/users'

let payload: Payload
let editorToken: string | undefined
// Called through: outside Next.js it revalidates nothing, and only the tags it is given matter here.
const revalidateTags = vi.spyOn(revalidation, 'revalidateTags')

beforeAll(async () => {
  payload = await testPayload()
  await ensureUser(payload, 'editor')
  editorToken = await tokenFor(payload, 'editor')
})

afterEach(() => {
  revalidateTags.mockClear()
})

/** The tags revalidated while `change` ran, as one sorted list. */
async function tagsOf(change: () => Promise<unknown>): Promise<string[]> {
  revalidateTags.mockClear()
  await change()
  return [...new Set(revalidateTags.mock.calls.flatMap(([tags]) => tags))].sort()
}

async function draftEpisode() {
  return payload.create({
    collection: 'episodes',
    locale: 'ja',
    draft: true,
    data: { ...japaneseEpisodeData(await createSeries(payload), 1), _status: 'draft' },
  })
}

describe('an episode', () => {
  it('revalidates nothing while it is only a draft, through the REST API as an editor', async () => {
    const series = await createSeries(payload)
    const tags = await tagsOf(async () => {
      const created = await rest('POST', '/episodes?draft=true', {
        token: editorToken,
        locale: 'ja',
        body: { ...japaneseEpisodeData(series, 1), _status: 'draft' },
      })
      expect(created.status).toBe(201)
    })
    expect(tags).toEqual([])
  })

  it('revalidates its page and the episode lists when published, and nothing else', async () => {
    const episode = await draftEpisode()
    const tags = await tagsOf(async () => {
      const published = await rest('PATCH', `/episodes/${episode.id}`, {
        token: editorToken,
        locale: 'ja',
        body: { _status: 'published' },
      })
      expect(published.status).toBe(200)
    })
    expect(tags).toEqual([cacheTags.episode(episode.slug), cacheTags.episodes].sort())
  })

  it('revalidates nothing for a draft save or an autosave of a published episode', async () => {
    const episode = await draftEpisode()
    await payload.update({ collection: 'episodes', id: episode.id, locale: 'ja', data: { _status: 'published' } })
    const draftSave = await tagsOf(() =>
      payload.update({
        collection: 'episodes',
        id: episode.id,
        locale: 'ja',
        draft: true,
        data: { title: '書きかけの題名' },
      }),
    )
    const autosave = await tagsOf(() =>
      payload.update({
        collection: 'episodes',
        id: episode.id,
        locale: 'ja',
        draft: true,
        autosave: true,
        data: { title: '自動保存された題名' },
      }),
    )
    expect({ draftSave, autosave }).toEqual({ draftSave: [], autosave: [] })
  })

  it('revalidates the old and the new address when a published slug changes', async () => {
    const episode = await draftEpisode()
    await payload.update({ collection: 'episodes', id: episode.id, locale: 'ja', data: { _status: 'published' } })
    const newSlug = unique('renamed')
    const tags = await tagsOf(() =>
      payload.update({
        collection: 'episodes',
        id: episode.id,
        locale: 'ja',
        data: { slug: newSlug, _status: 'published' },
      }),
    )
    expect(tags).toEqual([cacheTags.episode(episode.slug), cacheTags.episode(newSlug), cacheTags.episodes].sort())
  })

  it('revalidates when a translation is published, when unpublished, and when deleted', async () => {
    const episode = await draftEpisode()
    await payload.update({ collection: 'episodes', id: episode.id, locale: 'ja', data: { _status: 'published' } })
    const expected = [cacheTags.episode(episode.slug), cacheTags.episodes].sort()
    const english = await tagsOf(() =>
      payload.update({
        collection: 'episodes',
        id: episode.id,
        locale: 'en',
        data: { ...englishEpisodeData, _status: 'published' },
      }),
    )
    const unpublished = await tagsOf(() =>
      payload.update({ collection: 'episodes', id: episode.id, locale: 'ja', data: { _status: 'draft' } }),
    )
    const deleted = await tagsOf(() => payload.delete({ collection: 'episodes', id: episode.id }))
    expect({ english, unpublished, deleted }).toEqual({ english: expected, unpublished: expected, deleted: expected })
  })
})

describe('a glossary term', () => {
  it('revalidates the glossary and its own page when published, nothing while drafted', async () => {
    const data = (await validData(payload, 'glossary-terms')) as { slug: string }
    const term = await payload.create({
      collection: 'glossary-terms',
      locale: 'ja',
      draft: true,
      data: { ...data, _status: 'draft' },
    })
    const drafted = await tagsOf(() =>
      payload.update({
        collection: 'glossary-terms',
        id: term.id,
        locale: 'ja',
        draft: true,
        data: { shortDefinition: '書きかけ。' },
      }),
    )
    const published = await tagsOf(() =>
      payload.update({ collection: 'glossary-terms', id: term.id, locale: 'ja', data: { _status: 'published' } }),
    )
    expect({ drafted, published }).toEqual({
      drafted: [],
      published: [cacheTags.glossary, cacheTags.glossaryTerm(data.slug)].sort(),
    })
  })
})

describe('the other published content', () => {
  it.each([
    ['series', cacheTags.series],
    ['therapy-categories', cacheTags.categories],
    ['disclaimers', cacheTags.disclaimers],
  ] as const)('a %s document revalidates its tag when published', async (collection, tag) => {
    const data = await validData(payload, collection)
    const tags = await tagsOf(() =>
      payload.create({ collection, locale: 'ja', data: { ...data, _status: 'published' } as never }),
    )
    expect(tags).toEqual([tag])
  })

  it('an author revalidates the episode pages and the lists (feed entries name authors)', async () => {
    const data = await validData(payload, 'authors')
    const tags = await tagsOf(() => payload.create({ collection: 'authors', locale: 'ja', data: data as never }))
    expect(tags).toEqual([cacheTags.episodePages, cacheTags.episodes].sort())
  })

  it('the site settings revalidate the consult call to action', async () => {
    const tags = await tagsOf(() =>
      payload.updateGlobal({
        slug: 'site-settings',
        locale: 'ja',
        data: {
          consultCallToAction: { heading: 'ご相談ください', label: '相談する' },
        },
      }),
    )
    expect(tags).toEqual([cacheTags.siteSettings])
  })

  it.each([
    ['header', { links: [{ destination: 'glossary' }] }],
    ['footer', { organisationName: '運営事務局' }],
  ] as const)('the %s global revalidates the navigation of every page', async (slug, data) => {
    const tags = await tagsOf(() => payload.updateGlobal({ slug, locale: 'ja', data: data as never }))
    expect(tags).toEqual([cacheTags.navigation])
  })
})
