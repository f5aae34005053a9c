/**
 * Pages over REST, GraphQL and the Local API: published per locale, drafts invisible to anonymous
 * readers, reserved slugs refused with a field message, promises inside any text-bearing block
 * refused on publish, and the proxy's list of published slugs (lib/pages/published-slugs.ts)
 * agreeing with what anonymous REST shows.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getPageBySlug, getPageOfKind, listPublishedPages } from '@/lib/content/pages'
import { readyPageBlocks } from '@/lib/content/page-blocks'
import { locales, type Locale } from '@/lib/i18n/locales'
import { reservedPageSlugs } from '@/lib/i18n/paths'
import { forgetPublishedPageSlugs, publishedPageLocales } from '@/lib/pages/published-slugs'
import type { Page } from '@/payload-types'
import { richTextFromParagraphs } from '@/tooling/seed/rich-text'

import { unique } from '../helpers/fixtures'
import { graphql, rest, testPayload } from '../helpers/payload'
import { ensureUser, tokenFor } from '../helpers/users'

let payload: Payload
let editor: string | undefined

const promise = 'この治療は副作用がなく、必ず改善します。'

beforeAll(async () => {
  payload = await testPayload()
  await ensureUser(payload, 'admin')
  editor = await tokenFor(payload, 'editor')
})

type FieldError = { path: string; message: string }

async function fieldErrors(response: Response): Promise<FieldError[]> {
  const body = (await response.json()) as { errors?: { data?: { errors?: FieldError[] } }[] }
  return body.errors?.flatMap((error) => error.data?.errors ?? []) ?? []
}

const pageData = (slug: string, locale: Locale, extra: Partial<Page> = {}) => ({
  title: `${locale === 'ja' ? 'ページ' : 'Page'} ${slug}`,
  slug,
  kind: 'general',
  summary: locale === 'ja' ? '概要です。' : 'A summary.',
  layout: [{ blockType: 'richText', content: richTextFromParagraphs([locale === 'ja' ? '本文です。' : 'Body text.']) }],
  ...extra,
})

/** Saves a page through REST as an editor: a draft, or published in `locale`. */
async function savePage(
  slug: string,
  locale: Locale,
  status: 'draft' | 'published',
  id?: number,
  extra: Partial<Page> = {},
): Promise<Response> {
  const body = { ...pageData(slug, locale, extra), _status: status }
  const draft = status === 'draft' ? '?draft=true' : ''
  return id === undefined
    ? rest('POST', `/pages${draft}`, { token: editor, locale, body })
    : rest('PATCH', `/pages/${id}${draft}`, { token: editor, locale, body })
}

async function created(response: Response): Promise<number> {
  expect(response.status, await response.clone().text()).toBe(201)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

/** What anonymous readers see of a page in a locale, through every door. */
async function anonymousView(id: number, slug: string, locale: Locale) {
  const byId = await rest('GET', `/pages/${id}?locale=${locale}`)
  const list = await rest('GET', `/pages?where[slug][equals]=${slug}&locale=${locale}`)
  const gql = await graphql<{ Pages: { docs: { slug: string }[] } }>(
    `{ Pages(locale: ${locale}, where: { slug: { equals: "${slug}" } }) { docs { slug } } }`,
  )
  const local = await payload.count({
    collection: 'pages',
    locale,
    overrideAccess: false,
    where: { slug: { equals: slug } },
  })
  return {
    restById: byId.status === 200,
    restList: ((await list.json()) as { totalDocs: number }).totalDocs > 0,
    graphql: (gql.data?.Pages.docs.length ?? 0) > 0,
    localApi: local.totalDocs > 0,
  }
}

const nowhere = { restById: false, restList: false, graphql: false, localApi: false }
const everywhere = { restById: true, restList: true, graphql: true, localApi: true }

describe('a page published per locale', () => {
  const slug = unique('about-us')
  let id: number

  beforeAll(async () => {
    id = await created(await savePage(slug, 'ja', 'draft'))
  })

  it('is invisible to anonymous readers in every locale while a draft', async () => {
    for (const locale of locales) expect(await anonymousView(id, slug, locale)).toEqual(nowhere)
    expect(await getPageBySlug('ja', slug)).toBeNull()
  })

  it('is public in Japanese only once published in Japanese', async () => {
    expect((await savePage(slug, 'ja', 'published', id)).status).toBe(200)
    expect(await anonymousView(id, slug, 'ja')).toEqual(everywhere)
    expect(await anonymousView(id, slug, 'en')).toEqual(nowhere)
    expect((await getPageBySlug('ja', slug))?.title).toBe(`ページ ${slug}`)
    expect(await getPageBySlug('en', slug)).toBeNull()
  })

  it('keeps a later English draft private, then publishes English too', async () => {
    expect((await savePage(slug, 'en', 'draft', id)).status).toBe(200)
    expect(await anonymousView(id, slug, 'en')).toEqual(nowhere)
    expect((await savePage(slug, 'en', 'published', id)).status).toBe(200)
    expect(await anonymousView(id, slug, 'en')).toEqual(everywhere)
    expect((await listPublishedPages('en')).map((page) => page.slug)).toContain(slug)
  })

  it('shows a preview viewer the latest draft, and anonymous readers the published page', async () => {
    const draft = await rest('PATCH', `/pages/${id}?draft=true`, {
      token: editor,
      locale: 'ja',
      body: { title: '下書きの題', _status: 'draft' },
    })
    expect(draft.status).toBe(200)
    const user = (await payload.find({ collection: 'users', where: { email: { like: 'editor' } } })).docs[0]!
    expect((await getPageBySlug('ja', slug, { draft: true, viewer: { ...user, collection: 'users' } }))?.title).toBe(
      '下書きの題',
    )
    expect((await getPageBySlug('ja', slug))?.title).toBe(`ページ ${slug}`)
  })
})

describe('the proxy’s list of published page slugs', () => {
  it('agrees with anonymous REST for every page and locale', async () => {
    const draftOnly = unique('draft-only')
    await created(await savePage(draftOnly, 'en', 'draft'))
    const jaOnly = unique('ja-only')
    await created(await savePage(jaOnly, 'ja', 'published'))
    forgetPublishedPageSlugs()
    const { docs } = await payload.find({ collection: 'pages', pagination: false, depth: 0 })
    expect(docs.length).toBeGreaterThanOrEqual(2)
    for (const page of docs) {
      const visible: Locale[] = []
      for (const locale of locales) {
        if ((await rest('GET', `/pages/${page.id}?locale=${locale}`)).status === 200) visible.push(locale)
      }
      expect((await publishedPageLocales(page.slug))?.sort(), page.slug).toEqual(visible.sort())
    }
    expect(await publishedPageLocales('no-such-page')).toEqual([])
  })
})

describe('slugs that belong to other routes', () => {
  it.each(reservedPageSlugs.flatMap((slug) => locales.map((language) => [slug, language] as const)))(
    '"%s" is refused with a message on the slug field (%s)',
    async (slug, language) => {
      const response = await rest('POST', '/pages?draft=true', {
        token: editor,
        locale: language,
        acceptLanguage: language,
        body: { ...pageData(slug, language), _status: 'draft' },
      })
      expect(response.status).toBe(400)
      const message = (await fieldErrors(response)).find((error) => error.path === 'slug')?.message
      expect(message).toBeTruthy()
      expect((await payload.count({ collection: 'pages', where: { slug: { equals: slug } } })).totalDocs).toBe(0)
    },
  )
})

describe('the consultation form on a page', () => {
  const form = { blockType: 'consultationForm' }
  it.each(
    locales.flatMap((language) => (['draft', 'published'] as const).map((status) => [language, status] as const)),
  )('is refused a second time on one page, with a message on the layout (%s, %s)', async (language, status) => {
    const slug = unique('two-forms')
    const response = await rest('POST', `/pages${status === 'draft' ? '?draft=true' : ''}`, {
      token: editor,
      locale: language,
      acceptLanguage: language,
      body: { ...pageData(slug, language), layout: [form, form], _status: status },
    })
    expect(response.status).toBe(400)
    expect((await fieldErrors(response)).find((error) => error.path === 'layout')?.message).toBeTruthy()
    expect((await payload.count({ collection: 'pages', where: { slug: { equals: slug } } })).totalDocs).toBe(0)
  })

  it('is accepted once', async () => {
    const slug = unique('one-form')
    const response = await rest('POST', '/pages?draft=true', {
      token: editor,
      locale: 'ja',
      body: { ...pageData(slug, 'ja'), layout: [form], _status: 'draft' },
    })
    expect(response.status).toBe(201)
  })
})

/** Each block that holds text, with the promise in it. */
const blocksSaying: Record<string, (text: string) => Record<string, unknown>> = {
  richText: (text) => ({ blockType: 'richText', content: richTextFromParagraphs([text]) }),
  callToAction: (text) => ({ blockType: 'callToAction', heading: 'ご相談ください', body: text }),
  faqAnswer: (text) => ({ blockType: 'faq', items: [{ question: '効果はありますか', answer: text }] }),
  faqHeading: (text) => ({ blockType: 'faq', heading: text, items: [{ question: '質問', answer: '回答' }] }),
  episodeListHeading: (text) => ({ blockType: 'episodeList', heading: text, source: 'chosen' }),
  consultationIntro: (text) => ({ blockType: 'consultationForm', intro: text }),
}

describe('the claims guard inside blocks', () => {
  it.each(Object.keys(blocksSaying))('refuses to publish a promise in %s, and saves it as a draft', async (kind) => {
    const slug = unique('claims')
    const layout = [blocksSaying[kind]!(promise)] as unknown as Page['layout']
    const id = await created(await savePage(slug, 'ja', 'draft', undefined, { layout }))
    const response = await savePage(slug, 'ja', 'published', id, { layout })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toMatch(/公開できません/)
    expect(await getPageBySlug('ja', slug)).toBeNull()
  })

  it('publishes the same blocks without the promise', async () => {
    const slug = unique('claims-ok')
    const layout = Object.values(blocksSaying).map((block) =>
      block('再生医療について説明します。'),
    ) as unknown as Page['layout']
    expect((await savePage(slug, 'ja', 'published', undefined, { layout })).status).toBe(201)
  })
})

describe('blocks made ready to draw', () => {
  it('links a call to action to the consultation page only once one is published, and never a draft', async () => {
    const layout = [{ blockType: 'callToAction', heading: 'ご相談' }] as Page['layout']
    const before = await readyPageBlocks('en', layout)
    // Another test file may have one; this database is this file's own, so none exists yet.
    expect(await getPageOfKind('en', 'consultation')).toBeNull()
    expect(before[0]).toMatchObject({ blockType: 'callToAction', link: null })
    const slug = unique('consult')
    const id = await created(await savePage(slug, 'en', 'draft', undefined, { kind: 'consultation' }))
    expect((await readyPageBlocks('en', layout))[0]).toMatchObject({ link: null })
    await savePage(slug, 'en', 'published', id, { kind: 'consultation' })
    expect((await readyPageBlocks('en', layout))[0]).toMatchObject({
      link: { href: `/en/${slug}`, label: `Page ${slug}` },
    })
    // A chosen page that is not published in Japanese: no link rather than a dead one.
    const chosen = [{ blockType: 'callToAction', heading: 'x', page: id, label: 'Go' }] as Page['layout']
    expect((await readyPageBlocks('ja', chosen))[0]).toMatchObject({ link: null })
    expect((await readyPageBlocks('en', chosen))[0]).toMatchObject({ link: { href: `/en/${slug}`, label: 'Go' } })
  })
})
