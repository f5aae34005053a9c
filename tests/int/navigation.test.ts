/**
 * The header and footer globals, and where the reader site's links go: who may read and edit the
 * globals (every role, through REST and GraphQL), the links they resolve to in each locale
 * (a page not published in the locale is left out), the consult call to action's target, and
 * the migration that turned typed consult links into chosen pages.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getConsultCallToAction } from '@/lib/content/consult-call-to-action'
import { defaultNavigation, getSiteNavigation } from '@/lib/content/navigation'
import { getTopicPage } from '@/lib/content/pages'
import { adminTranslations } from '@/lib/i18n/admin-translations'
import { locales } from '@/lib/i18n/locales'
import { glossaryPath, pagePathIn, searchPath } from '@/lib/i18n/paths'
import { migrations } from '@/migrations'
import type { Page } from '@/payload-types'
import { richTextFromParagraphs } from '@/tooling/seed/rich-text'

import { createSeries, publishBilingualEpisode, unique } from '../helpers/fixtures'
import { graphql, rest, testPayload } from '../helpers/payload'
import { actors, ensureUser, tokenFor, type Actor } from '../helpers/users'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  // The first account made is an admin's (collections/Users.ts), whatever role it asks for.
  await ensureUser(payload, 'admin')
})

type PageState = 'both' | 'japanese only' | 'draft'
const pageStates: PageState[] = ['both', 'japanese only', 'draft']

/** A page of `kind` published in both locales, in Japanese only, or never published. */
async function pageIn(state: PageState, kind: Page['kind'] = 'general', title = 'ページ'): Promise<Page> {
  const layout = [{ blockType: 'richText' as const, content: richTextFromParagraphs(['本文']) }]
  const page = await payload.create({
    collection: 'pages',
    locale: 'ja',
    data: { title, slug: unique('page'), kind, layout, _status: state === 'draft' ? 'draft' : 'published' },
  })
  if (state === 'both') {
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'en',
      data: { title: `${title} (en)`, layout, _status: 'published' },
    })
  }
  return page
}

const publishedIn = (state: PageState, locale: string) =>
  state === 'both' || (state === 'japanese only' && locale === 'ja')

describe('the Header and Footer globals', () => {
  const globals = ['header', 'footer'] as const
  const changes = { header: { links: [{ destination: 'search' }] }, footer: { organisationName: '事務局' } }

  describe.each(globals)('%s', (slug) => {
    it.each(actors)('%s can read it through REST and GraphQL', async (actor) => {
      const token = await tokenFor(payload, actor)
      expect((await rest('GET', `/globals/${slug}`, { token })).status).toBe(200)
      const name = slug === 'header' ? 'Header' : 'Footer'
      const result = await graphql(`{ ${name} { updatedAt } }`, { token })
      expect(result.errors).toBeUndefined()
    })

    it.each(actors)('%s may change it only when an admin', async (actor: Actor) => {
      const token = await tokenFor(payload, actor)
      const response = await rest('POST', `/globals/${slug}`, { token, body: changes[slug], locale: 'ja' })
      expect(response.status).toBe(actor === 'admin' ? 200 : 403)
    })
  })
})

describe('a header link to a page', () => {
  it.each(['ja', 'en'])(
    'without a page is refused with a field message in %s, and nothing is saved',
    async (language) => {
      const token = await tokenFor(payload, 'admin')
      await payload.updateGlobal({ slug: 'header', data: { links: [{ destination: 'search' }] } })
      const response = await rest('POST', '/globals/header', {
        token,
        acceptLanguage: language,
        body: { links: [{ destination: 'glossary' }, { destination: 'page' }] },
      })
      expect(response.status).toBe(400)
      const body = (await response.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
      const fieldErrors = body.errors.flatMap((error) => error.data?.errors ?? [])
      expect(fieldErrors).toEqual([
        expect.objectContaining({
          path: 'links.1.page',
          message: adminTranslations[language as 'ja'].column.headerPageNeeded,
        }),
      ])
      const header = await payload.findGlobal({ slug: 'header', depth: 0 })
      expect(header.links?.map((link) => link.destination)).toEqual(['search'])
    },
  )
})

describe('the navigation of every reader page', () => {
  it('falls back to home, glossary and search and a footer with the feeds when the globals are empty', async () => {
    await payload.updateGlobal({ slug: 'header', data: { links: [] } })
    await payload.updateGlobal({
      slug: 'footer',
      locale: 'ja',
      data: { organisationName: '', address: '', aboutPage: null, privacyPage: null, disclaimerPage: null },
    })
    for (const locale of locales) {
      expect(await getSiteNavigation(locale)).toEqual(defaultNavigation(locale))
    }
  })

  describe.each(pageStates)('with every linked page %s', (state) => {
    let page: Page
    beforeAll(async () => {
      page = await pageIn(state)
      await payload.updateGlobal({
        slug: 'header',
        data: { links: [{ destination: 'page', page: page.id }, { destination: 'glossary' }] },
      })
      await payload.updateGlobal({
        slug: 'footer',
        locale: 'ja',
        data: { organisationName: '事務局', aboutPage: page.id, privacyPage: page.id, disclaimerPage: page.id },
      })
    })

    it.each(locales)('links the page in %s only when published there', async (locale) => {
      const navigation = await getSiteNavigation(locale)
      const href = pagePathIn(locale, page.slug)
      const hrefs = [...navigation.header, ...navigation.footer.pages].map((link) => link.href)
      expect(hrefs.filter((link) => link === href)).toHaveLength(publishedIn(state, locale) ? 4 : 0)
      expect(navigation.header.map((link) => link.href)).toContain(glossaryPath(locale))
      expect(navigation.footer.feeds).toHaveLength(2)
    })
  })

  it('shows the defaults when every header link is to an unpublished page', async () => {
    const draft = await pageIn('draft')
    await payload.updateGlobal({ slug: 'header', data: { links: [{ destination: 'page', page: draft.id }] } })
    const navigation = await getSiteNavigation('ja')
    expect(navigation.header.map((link) => link.href)).toContain(searchPath('ja'))
  })
})

describe('the consult call to action', () => {
  const heading = 'ご相談ください'

  async function withoutConsultationPages() {
    await payload.delete({ collection: 'pages', where: { kind: { equals: 'consultation' } } })
  }

  it('has no button when no page is chosen and no consultation page is published', async () => {
    await withoutConsultationPages()
    await pageIn('draft', 'consultation')
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'ja',
      data: { consultCallToAction: { heading, label: '相談', page: null } },
    })
    const action = await getConsultCallToAction('ja')
    expect(action?.heading).toBe(heading)
    expect(action?.href).toBeUndefined()
  })

  describe.each(pageStates)('with the consultation page %s', (consultationState) => {
    let consultation: Page
    beforeAll(async () => {
      await withoutConsultationPages()
      consultation = await pageIn(consultationState, 'consultation')
    })

    describe.each(pageStates)('and a chosen page %s', (chosenState) => {
      it.each(locales)('in %s, opens the chosen page, else the consultation page, else nothing', async (locale) => {
        const chosen = await pageIn(chosenState)
        await payload.updateGlobal({
          slug: 'site-settings',
          locale: 'ja',
          data: { consultCallToAction: { heading, label: '相談', page: chosen.id } },
        })
        await payload.updateGlobal({
          slug: 'site-settings',
          locale: 'en',
          data: { consultCallToAction: { heading: 'Ask us', label: 'Ask' } },
        })
        const expected = publishedIn(chosenState, locale)
          ? pagePathIn(locale, chosen.slug)
          : publishedIn(consultationState, locale)
            ? pagePathIn(locale, consultation.slug)
            : undefined
        expect((await getConsultCallToAction(locale))?.href).toBe(expected)
      })
    })

    it('an episode with its own call to action and no page opens the consultation page', async () => {
      const own = { useSiteDefault: false, heading: 'この回について', label: '相談', page: null }
      const action = await getConsultCallToAction('ja', { consultCallToAction: own })
      expect(action?.heading).toBe('この回について')
      expect(action?.href).toBe(publishedIn(consultationState, 'ja') ? pagePathIn('ja', consultation.slug) : undefined)
    })
  })
})

describe("an episode's topic page", () => {
  it.each(pageStates)('is linked only in the locales where it is published (%s)', async (state) => {
    const topic = await pageIn(state, 'topic')
    for (const locale of locales) {
      const found = await getTopicPage(locale, { topicPage: topic.id })
      expect(found?.slug).toBe(publishedIn(state, locale) ? topic.slug : undefined)
    }
  })

  it('offers only topic pages to choose from', async () => {
    const series = await createSeries(payload)
    const episode = await publishBilingualEpisode(payload, series, 1)
    const general = await pageIn('both', 'general')
    await expect(
      payload.update({ collection: 'episodes', id: episode.id, locale: 'ja', data: { topicPage: general.id } }),
    ).rejects.toThrow()
  })
})

describe('the migration of typed consult links to chosen pages', () => {
  const migration = migrations.find((entry) => entry.name.endsWith('_navigation_and_page_links'))!
  const run = (direction: 'up' | 'down') => migration[direction]({ db: payload.db.drizzle, payload, req: {} } as never)
  const sql = (text: string, values: unknown[] = []) => payload.db.pool.query(text, values)

  it('maps "/<slug>" to the page with that slug, and leaves other links empty (the consultation page)', async () => {
    const target = await pageIn('both', 'general')
    const series = await createSeries(payload)
    const episodes = await Promise.all(
      [1, 2, 3, 4, 5].map((number) => publishBilingualEpisode(payload, series, number)),
    )
    await run('down')
    const typed: [number, string | null, number | null][] = [
      [episodes[0]!.id, `/${target.slug}`, target.id],
      [episodes[1]!.id, `/en/${target.slug}/`, target.id],
      [episodes[2]!.id, '/no-such-page', null],
      [episodes[3]!.id, 'https://example.org/consult', null],
      [episodes[4]!.id, null, null],
    ]
    for (const [id, url] of typed) {
      await sql('update episodes set consult_call_to_action_url = $1 where id = $2', [url, id])
    }
    await sql('update site_settings set consult_call_to_action_url = $1', [`/${target.slug}`])
    await run('up')
    for (const [id, , page] of typed) {
      const { rows } = await sql('select consult_call_to_action_page_id as page from episodes where id = $1', [id])
      expect(rows[0]).toEqual({ page })
    }
    const { rows } = await sql('select consult_call_to_action_page_id as page from site_settings')
    expect(rows.every((row: { page: number }) => row.page === target.id)).toBe(true)
  })

  it('writes the chosen page back as "/<slug>" when undone', async () => {
    const target = await pageIn('both', 'general')
    const series = await createSeries(payload)
    const episode = await publishBilingualEpisode(payload, series, 1)
    await sql('update episodes set consult_call_to_action_page_id = $1 where id = $2', [target.id, episode.id])
    await run('down')
    const { rows } = await sql('select consult_call_to_action_url as url from episodes where id = $1', [episode.id])
    await run('up')
    expect(rows[0]).toEqual({ url: `/${target.slug}` })
  })
})
