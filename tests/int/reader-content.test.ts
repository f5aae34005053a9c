/**
 * The reader site's data layer (lib/content) returns published content only, in the page's
 * locale without fallback, and always has a site disclaimer to show.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getEpisode, listLatestEpisodes, listSeriesEpisodes, publishedLocalesOf } from '@/lib/content/episodes'
import { summaryMaxLength } from '@/collections/Disclaimers'
import { getSiteDisclaimer } from '@/lib/content/site-disclaimer'
import { getMessages } from '@/lib/i18n/messages'
import { richTextFromParagraphs } from '@/tooling/seed/rich-text'
import type { Episode, Series } from '@/payload-types'

import { createSeries, englishEpisodeData, japaneseEpisodeData, episodesInEveryState } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

let payload: Payload
let series: Series
let bilingual: Episode
let japaneseOnly: Episode
let draft: Episode

beforeAll(async () => {
  payload = await testPayload()
  series = await createSeries(payload)
  ;({ bilingual, japaneseOnly, draft } = await episodesInEveryState(payload, series))
})

describe('episodes for readers', () => {
  it('finds a published episode by slug in its locale', async () => {
    expect((await getEpisode('ja', bilingual.slug!))?.title).toBe(japaneseEpisodeData(1, 1).title)
    expect((await getEpisode('en', bilingual.slug!))?.title).toBe(englishEpisodeData.title)
  })

  it('does not show a Japanese-only episode on the English site, but knows it exists in Japanese', async () => {
    expect(await getEpisode('en', japaneseOnly.slug!)).toBeNull()
    expect(await publishedLocalesOf(japaneseOnly.slug!)).toEqual(['ja'])
  })

  it('never returns a draft', async () => {
    expect(await getEpisode('ja', draft.slug!)).toBeNull()
    expect(await publishedLocalesOf(draft.slug!)).toEqual([])
    const inSeries = await listSeriesEpisodes('ja', series.id)
    expect(inSeries.map((episode) => episode.episodeNumber)).toEqual([1, 2])
    const latest = await listLatestEpisodes('ja', 100)
    expect(latest.map((episode) => episode.id)).not.toContain(draft.id)
  })

  it('lists only the episodes published in English on the English site', async () => {
    const inSeries = await listSeriesEpisodes('en', series.id)
    expect(inSeries.map((episode) => episode.id)).toEqual([bilingual.id])
  })
})

describe('the site disclaimer for readers', () => {
  it('falls back to the built-in text while the CMS has none', async () => {
    await payload.db.deleteMany({ collection: 'disclaimers', where: { kind: { equals: 'site' } } })
    const { builtIn, summary } = getMessages('en').disclaimer
    expect(await getSiteDisclaimer('en')).toEqual({ source: 'built-in', text: builtIn, summary })
  })

  it('shows the active site disclaimer from the CMS in the page locale', async () => {
    const created = await payload.create({
      collection: 'disclaimers',
      locale: 'ja',
      data: {
        kind: 'site',
        versionLabel: 'reader-test',
        text: richTextFromParagraphs(['医師が判断します。']),
        activeFrom: new Date(Date.now() - 60_000).toISOString(),
        _status: 'draft',
      },
    })
    await payload.update({
      collection: 'disclaimers',
      id: created.id,
      locale: 'en',
      data: {
        text: richTextFromParagraphs(['Physicians decide.']),
        summary: 'Physicians decide, in short.',
        _status: 'draft',
      },
    })
    const draftDisclaimer = await getSiteDisclaimer('en')
    expect(draftDisclaimer.source).toBe('built-in')

    await payload.update({ collection: 'disclaimers', id: created.id, locale: 'ja', data: { _status: 'published' } })
    const shown = await getSiteDisclaimer('en')
    expect(shown.source).toBe('cms')
    expect(JSON.stringify(shown.text)).toContain('Physicians decide.')
    // The summary in the locale that has one; the built-in sentence in the one left empty.
    expect(shown.summary).toBe('Physicians decide, in short.')
    expect((await getSiteDisclaimer('ja')).summary).toBe(getMessages('ja').disclaimer.summary)
  })

  it('refuses a summary longer than the top of a phone’s screen holds, naming the field', async () => {
    const response = await payload
      .create({
        collection: 'disclaimers',
        locale: 'en',
        data: {
          kind: 'site',
          versionLabel: 'too-long-summary',
          text: richTextFromParagraphs(['Physicians decide.']),
          summary: 'x'.repeat(summaryMaxLength + 1),
          activeFrom: new Date().toISOString(),
          // Drafts are saved unvalidated (docs/editorial-workflow.md); publishing checks the length.
          _status: 'published',
        },
      })
      .then(
        () => undefined,
        (error: { data?: { errors?: { path: string }[] } }) => error.data?.errors,
      )
    expect(response).toEqual([expect.objectContaining({ path: 'summary' })])
  })

  it('does not show a site disclaimer at a moment before it became active', async () => {
    const aYearAgo = new Date(Date.now() - 365 * 86_400_000)
    expect((await getSiteDisclaimer('ja', aYearAgo)).source).toBe('built-in')
    expect((await getSiteDisclaimer('ja')).source).toBe('cms')
  })
})
