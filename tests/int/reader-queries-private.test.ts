/**
 * The reader site's data layer (lib/content) over documents in every private state
 * (tests/fixtures/private-content.ts): every query, for every fixture document and both
 * languages, returns nothing an anonymous reader may not see. The same fixtures go through the
 * HTTP doors in tests/e2e/draft-doors.test.ts.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getScheduledNextEpisode } from '@/lib/content/coming-next'
import { getConsultCallToAction } from '@/lib/content/consult-call-to-action'
import {
  getEpisode,
  getNeighbours,
  listAllEpisodes,
  listCategoryEpisodes,
  listCategoryEpisodesPage,
  listLatestEpisodes,
  listRelatedEpisodes,
  listSeriesEpisodes,
  listSeriesEpisodesPage,
  publishedLocalesOf,
} from '@/lib/content/episodes'
import { listFeedEpisodes } from '@/lib/content/feed-episodes'
import {
  getGlossaryTerm,
  listGlossaryLinkTargets,
  listGlossaryTerms,
  listGlossaryTermsPage,
} from '@/lib/content/glossary'
import { searchContent } from '@/lib/content/search'
import { getSeries, listSeries } from '@/lib/content/series'
import { getTherapyCategory, listTherapyCategories } from '@/lib/content/therapy-categories'
import { getSiteDisclaimer } from '@/lib/content/site-disclaimer'
import { sitemapEntries } from '@/lib/content/sitemap'
import { locales } from '@/lib/i18n/locales'

import { audiencePrefix, createPrivateContent, mayRead, type PrivateContent } from '../fixtures/private-content'
import { testPayload } from '../helpers/payload'

let payload: Payload
let content: PrivateContent

beforeAll(async () => {
  payload = await testPayload()
  content = await createPrivateContent(payload)
})

/** Every reader query, with every argument the fixtures give it, named for failure messages. */
function readerQueries(): [string, () => Promise<unknown>][] {
  const ids = (collection: string) =>
    content.documents.filter((doc) => doc.collection === collection).map((doc) => doc.id)
  const slugs = (collection: string) =>
    content.documents.filter((doc) => doc.collection === collection && doc.slug).map((doc) => doc.slug!)
  const probes = Object.values(content.probes)
  return locales
    .flatMap((locale): [string, () => Promise<unknown>][] => [
      [`listAllEpisodes(${locale})`, () => listAllEpisodes(locale)],
      [`listLatestEpisodes(${locale})`, () => listLatestEpisodes(locale, 100)],
      [`listFeedEpisodes(${locale})`, () => listFeedEpisodes(locale)],
      [`listGlossaryTerms(${locale})`, () => listGlossaryTerms(locale)],
      [`listGlossaryTermsPage(${locale}, 1, 1000)`, () => listGlossaryTermsPage(locale, 1, 1000)],
      [`listFeedEpisodes(${locale}, 1000)`, () => listFeedEpisodes(locale, 1000)],
      [`listGlossaryLinkTargets(${locale})`, () => listGlossaryLinkTargets(locale)],
      [`listSeries(${locale})`, () => listSeries(locale)],
      [`listTherapyCategories(${locale})`, () => listTherapyCategories(locale)],
      [`getSiteDisclaimer(${locale})`, () => getSiteDisclaimer(locale)],
      [`getConsultCallToAction(${locale})`, () => getConsultCallToAction(locale)],
      ...ids('series').map((id): [string, () => Promise<unknown>] => [
        `listSeriesEpisodes(${locale}, ${id})`,
        () => listSeriesEpisodes(locale, id),
      ]),
      ...ids('series').map((id): [string, () => Promise<unknown>] => [
        `listSeriesEpisodesPage(${locale}, ${id}, 1, 1000)`,
        () => listSeriesEpisodesPage(locale, id, 1, 1000),
      ]),
      ...ids('therapy-categories').map((id): [string, () => Promise<unknown>] => [
        `listCategoryEpisodes(${locale}, ${id})`,
        () => listCategoryEpisodes(locale, id),
      ]),
      ...ids('therapy-categories').map((id): [string, () => Promise<unknown>] => [
        `listCategoryEpisodesPage(${locale}, ${id}, 1, 1000)`,
        () => listCategoryEpisodesPage(locale, id, 1, 1000),
      ]),
      ...slugs('episodes').map((slug): [string, () => Promise<unknown>] => [
        `getEpisode(${locale}, ${slug}) with its neighbours, related and coming-next episodes`,
        async () => {
          const episode = await getEpisode(locale, slug)
          if (!episode) return [null, await publishedLocalesOf(slug)]
          return [
            episode,
            await publishedLocalesOf(slug),
            await getNeighbours(locale, episode),
            await listRelatedEpisodes(locale, episode, 100),
            await getScheduledNextEpisode(locale, episode),
            await getConsultCallToAction(locale, episode),
          ]
        },
      ]),
      ...slugs('series').map((slug): [string, () => Promise<unknown>] => [
        `getSeries(${locale}, ${slug})`,
        () => getSeries(locale, slug),
      ]),
      ...slugs('therapy-categories').map((slug): [string, () => Promise<unknown>] => [
        `getTherapyCategory(${locale}, ${slug})`,
        () => getTherapyCategory(locale, slug),
      ]),
      ...slugs('glossary-terms').map((slug): [string, () => Promise<unknown>] => [
        `getGlossaryTerm(${locale}, ${slug})`,
        () => getGlossaryTerm(locale, slug),
      ]),
      ...probes.map((probe): [string, () => Promise<unknown>] => [
        `searchContent(${locale}, ${probe})`,
        () => searchContent(locale, probe),
      ]),
    ])
    .concat([['sitemapEntries()', () => sitemapEntries()]])
}

describe('the reader data layer over private documents', () => {
  it('returns no marker of any private audience from any query', async () => {
    const forbidden = content.audiences.filter((audience) => !mayRead('anonymous', audience))
    const leaks: string[] = []
    const queries = readerQueries()
    for (const [name, query] of queries) {
      const text = JSON.stringify(await query())
      for (const audience of forbidden) {
        if (text.includes(audiencePrefix(content.run, audience))) leaks.push(`${name}: a ${audience} marker`)
        for (const literal of content.literals[audience] ?? [])
          if (text.includes(literal)) leaks.push(`${name}: ${literal}`)
      }
    }
    console.log(`reader data layer: ${queries.length} queries tried`)
    expect(leaks).toEqual([])
  })

  it('still finds the published documents (the queries are not simply empty)', async () => {
    const relating = content.documents.find(
      (doc) => doc.collection === 'episodes' && doc.state === 'published, relating to drafts',
    )!
    expect(await getEpisode('ja', relating.slug!)).toMatchObject({ slug: relating.slug })
    const pending = content.documents.find(
      (doc) => doc.collection === 'episodes' && doc.state === 'published with a pending draft',
    )!
    expect((await getEpisode('en', pending.slug!))?.title).toBe('The published text.')
  })
})
