/**
 * The claims guard on the server (issue 17, part 3): the endpoint the admin's findings panel asks
 * as the editor types (every role × every class of input, generated), the findings each save
 * stores per locale, the list's "promises to review" filter over REST, and `claims:check --store`
 * for documents saved before findings were stored.
 */
import config from '@payload-config'
import { REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@/access/roles'
import { loadClaimsMatcher } from '@/lib/claims/check'
import { checkDocument } from '@/lib/claims/document-text'
import { locales } from '@/lib/i18n/locales'
import { MAX_CHECK_BODY_BYTES } from '@/plugins/claims-guard/endpoint'
import type { Episode } from '@/payload-types'
import { storeFindings } from '@/tooling/claims/store-findings'
import { richTextFromParagraphs } from '@/tooling/seed/rich-text'

import { createSeries, englishEpisodeData, japaneseEpisodeData } from '../helpers/fixtures'
import { rest, testPayload } from '../helpers/payload'
import { ensureUser, tokenFor } from '../helpers/users'

type Actor = Role | 'anonymous'
const everyone: Actor[] = ['anonymous', 'admin', 'editor', 'glossary', 'consultation']
const editorial: Actor[] = ['admin', 'editor', 'glossary']
const guarded = ['episodes', 'glossary-terms', 'series', 'therapy-categories', 'pages'] as const

const promise = {
  ja: 'この治療は副作用がなく、必ず改善します。',
  en: 'This therapy is 100% safe and guaranteed to work.',
}
const calm = {
  ja: '効果には個人差があり、医師とよく相談することが大切です。',
  en: 'Results differ from person to person; talk it through with a physician.',
}

let payload: Payload
const tokens = new Map<Actor, string | undefined>()
let episodeNumber = 0

beforeAll(async () => {
  payload = await testPayload()
  // The first account becomes an admin whatever its role (collections/Users.ts).
  await ensureUser(payload, 'admin')
  for (const actor of everyone) tokens.set(actor, await tokenFor(payload, actor))
  await loadClaimsMatcher()
})

// ---------------------------------------------------------------------------------------------
// POST /api/claims/check, as Next routes it to Payload's REST handler.

const post = REST_POST(config)

function check(actor: Actor, body: string, contentType = 'application/json'): Promise<Response> {
  const headers = new Headers({ 'Content-Type': contentType })
  const token = tokens.get(actor)
  if (token) headers.set('Authorization', `JWT ${token}`)
  const request = new Request('http://localhost/api/claims/check', { method: 'POST', headers, body })
  return post(request, { params: Promise.resolve({ slug: ['claims', 'check'] }) })
}

interface InputClass {
  name: string
  body: string
  contentType?: string
  /** The answer to editorial staff. */
  status: number
  /** A word the message must contain (it names the problem). */
  names?: RegExp
}

const json = (value: unknown) => JSON.stringify(value)
const valid = (collection: string, locale: string, data: unknown) => json({ collection, locale, data })

const inputClasses: InputClass[] = [
  ...guarded.flatMap((collection) =>
    locales.map((locale) => ({ name: `${collection} in ${locale}`, body: valid(collection, locale, {}), status: 200 })),
  ),
  ...['users', 'inquiries', 'media', 'disclaimers', 'no-such-collection', ''].map((collection) => ({
    name: `an unguarded or unknown collection "${collection}"`,
    body: valid(collection, 'ja', {}),
    status: 400,
    names: /collection/,
  })),
  ...[undefined, 42, ['episodes']].map((collection) => ({
    name: `collection ${json(collection)}`,
    body: json({ collection, locale: 'ja', data: {} }),
    status: 400,
    names: /collection/,
  })),
  ...['fr', 'all', '', 'JA', undefined, 1].map((locale) => ({
    name: `locale ${json(locale)}`,
    body: json({ collection: 'episodes', locale, data: {} }),
    status: 400,
    names: /locale/,
  })),
  ...[null, [], 'text', 7, true, undefined].map((data) => ({
    name: `data ${json(data)}`,
    body: json({ collection: 'episodes', locale: 'ja', data }),
    status: 400,
    names: /data/,
  })),
  ...['[]', '"episodes"', 'null', '12'].map((body) => ({
    name: `a body that is not an object: ${body}`,
    body,
    status: 400,
    names: /object/,
  })),
  ...['{', '{"collection": "episodes",}', 'collection=episodes', '\u0000'].map((body) => ({
    name: `malformed JSON ${json(body)}`,
    body,
    status: 400,
    names: /JSON/,
  })),
  { name: 'an empty body', body: '', status: 400, names: /JSON body/ },
  {
    name: 'JSON nested beyond reason',
    body: valid('episodes', 'ja', { deep: JSON.parse('['.repeat(100) + ']'.repeat(100)) }),
    status: 400,
    names: /nests/,
  },
  {
    name: 'a body over the limit',
    body: valid('episodes', 'ja', { lead: 'あ'.repeat(MAX_CHECK_BODY_BYTES / 3 + 10) }),
    status: 413,
    names: /larger/,
  },
  {
    name: 'a form post',
    body: 'collection=episodes&locale=ja',
    contentType: 'application/x-www-form-urlencoded',
    status: 415,
    names: /application\/json/,
  },
  { name: 'plain text', body: valid('episodes', 'ja', {}), contentType: 'text/plain', status: 415 },
  // Values of the wrong shape are the form's to send: read as far as they are text, never a 500.
  ...[
    { lead: 12, title: ['a'], body: 'not rich text' },
    { body: { root: 'no nodes' } },
    { body: { root: { children: [null, 5, { children: 'x' }] } } },
    { body: { root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: 5 }, { type: 7 }] }] } } },
    { layout: [null, { blockType: 'no-such-block' }, { blockType: 7 }] },
    { podcast: 'not a group', aliases: 'not an array' },
  ].map((data) => ({ name: `oddly shaped values ${json(data)}`, body: valid('episodes', 'ja', data), status: 200 })),
]

function expectedStatus(actor: Actor, input: InputClass): number {
  if (actor === 'anonymous') return 401
  if (!editorial.includes(actor)) return 403
  return input.status
}

describe('POST /api/claims/check: every role × every class of input', () => {
  for (const actor of everyone) {
    for (const input of inputClasses) {
      const status = expectedStatus(actor, input)
      it(`${actor}, ${input.name}: ${status}`, async () => {
        const response = await check(actor, input.body, input.contentType)
        expect(response.status).toBe(status)
        const answer = (await response.json()) as { findings?: unknown[]; errors?: { message: string }[] }
        if (status === 200) expect(Array.isArray(answer.findings)).toBe(true)
        else {
          expect(answer.errors?.[0]?.message).toBeTruthy()
          if (status === input.status && input.names) expect(answer.errors![0]!.message).toMatch(input.names)
        }
      })
    }
  }
})

describe('POST /api/claims/check: the findings', () => {
  it.each(locales)('finds the promise in a %s field, with the rule, severity, field and sentence', async (locale) => {
    const response = await check('editor', valid('episodes', locale, { lead: promise[locale] }))
    const { findings } = (await response.json()) as { findings: Record<string, unknown>[] }
    const errors = findings.filter((finding) => finding.severity === 'error')
    expect(errors.length).toBeGreaterThan(0)
    for (const finding of errors) {
      expect(finding).toMatchObject({ field: 'lead', locale, sentence: promise[locale] })
      expect(promise[locale]).toContain(finding.match)
      for (const key of ['ruleId', 'category', 'why', 'suggestion']) expect(typeof finding[key]).toBe('string')
    }
  })

  it('answers what the publish check would find: the same as checkDocument over the server fields', async () => {
    const body = richTextFromParagraphs([calm.ja, promise.ja])
    for (const collection of guarded) {
      const fields = payload.collections[collection].config.fields
      const data = { title: promise.ja, lead: calm.ja, body, name: promise.ja, term: promise.ja, slug: promise.ja }
      const response = await check('admin', valid(collection, 'ja', data))
      expect(response.status).toBe(200)
      const { findings } = (await response.json()) as { findings: unknown[] }
      expect(findings).toEqual(JSON.parse(JSON.stringify(checkDocument(fields, data, 'ja'))))
      // The slug is not localized text: the server's configuration says so, whatever the form sends.
      expect(findings.map((finding) => (finding as { field: string }).field)).not.toContain('slug')
    }
  })

  it('reads calm text as calm, in both locales', async () => {
    for (const locale of locales) {
      const response = await check('glossary', valid('glossary-terms', locale, { shortDefinition: calm[locale] }))
      expect(((await response.json()) as { findings: unknown[] }).findings).toEqual([])
    }
  })
})

// ---------------------------------------------------------------------------------------------
// The findings each save stores.

type Review = NonNullable<Episode['claimsReview']>

async function draftEpisode(lead: string, series?: number): Promise<number> {
  const seriesId = series ?? (await createSeries(payload)).id
  const data = { ...japaneseEpisodeData(seriesId, ++episodeNumber), lead, _status: 'draft' }
  const response = await rest('POST', '/episodes?draft=true', { token: tokens.get('editor'), locale: 'ja', body: data })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

async function saveDraft(id: number, locale: 'ja' | 'en', data: Record<string, unknown>, actor: Actor = 'editor') {
  const response = await rest('PATCH', `/episodes/${id}?draft=true`, { token: tokens.get(actor), locale, body: data })
  expect(response.status).toBe(200)
}

/** The stored findings of one locale of the latest version, read as staff read them over REST. */
async function reviewOf(id: number, locale: 'ja' | 'en', draft = true): Promise<Review | undefined> {
  const response = await rest('GET', `/episodes/${id}?draft=${draft}&depth=0&fallback-locale=none`, {
    token: tokens.get('editor'),
    locale,
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as Episode).claimsReview ?? undefined
}

describe('stored findings', () => {
  it('are kept per locale: saving English leaves the Japanese findings, and saving Japanese the English', async () => {
    const id = await draftEpisode(promise.ja)
    const japanese = await reviewOf(id, 'ja')
    expect(japanese?.errors).toBeGreaterThan(0)
    expect(japanese?.findings?.every((finding) => finding.field && promise.ja.includes(finding.match))).toBe(true)

    await saveDraft(id, 'en', { ...englishEpisodeData, lead: calm.en })
    expect(await reviewOf(id, 'en')).toMatchObject({ errors: 0, warnings: 0, findings: [] })
    expect(await reviewOf(id, 'ja')).toEqual(japanese)

    await saveDraft(id, 'en', { lead: promise.en })
    const english = await reviewOf(id, 'en')
    expect(english?.errors).toBeGreaterThan(0)
    expect(english?.findings?.every((finding) => promise.en.includes(finding.match))).toBe(true)

    await saveDraft(id, 'ja', { lead: calm.ja })
    expect(await reviewOf(id, 'ja')).toMatchObject({ errors: 0, findings: [] })
    expect(await reviewOf(id, 'en')).toEqual(english)
  })

  it('are kept per locale across a publish of one locale (per-locale status)', async () => {
    const id = await draftEpisode(calm.ja)
    await saveDraft(id, 'en', { ...englishEpisodeData, lead: promise.en })
    const published = await rest('PATCH', `/episodes/${id}?publishSpecificLocale=ja`, {
      token: tokens.get('editor'),
      locale: 'ja',
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    expect((await reviewOf(id, 'ja', false))?.errors).toBe(0)
    expect((await reviewOf(id, 'en'))?.errors).toBeGreaterThan(0)
  })

  it('are written by the save alone: neither an editor nor an admin can set them through the API', async () => {
    const id = await draftEpisode(promise.ja)
    for (const actor of ['editor', 'admin'] as const) {
      await saveDraft(id, 'ja', { claimsReview: { errors: 0, warnings: 0, findings: [] } }, actor)
      expect((await reviewOf(id, 'ja'))?.errors).toBeGreaterThan(0)
    }
  })

  it('are read by editorial staff only, never by readers or consultation staff', async () => {
    const id = await draftEpisode(calm.ja)
    await rest('PATCH', `/episodes/${id}`, {
      token: tokens.get('editor'),
      locale: 'ja',
      body: { _status: 'published' },
    })
    for (const actor of everyone) {
      const response = await rest('GET', `/episodes/${id}?depth=0`, { token: tokens.get(actor), locale: 'ja' })
      const doc = response.status === 200 ? ((await response.json()) as Episode) : undefined
      if (editorial.includes(actor)) expect(doc?.claimsReview).toMatchObject({ errors: 0, warnings: 0 })
      else expect(doc?.claimsReview).toBeUndefined()
    }
  })

  it("an admin's override still lets exactly its findings be published, and they stay listed for review", async () => {
    const id = await draftEpisode(promise.ja)
    const publish = (body: Record<string, unknown> = {}) =>
      rest('PATCH', `/episodes/${id}`, {
        token: tokens.get('editor'),
        locale: 'ja',
        body: { ...body, _status: 'published' },
      })
    expect((await publish()).status).toBe(400)
    await saveDraft(id, 'ja', { claimsOverride: { reason: '出典を本文に明記した引用のため。' } }, 'admin')
    expect((await publish()).status).toBe(200)
    expect((await reviewOf(id, 'ja', false))?.errors).toBeGreaterThan(0)
    expect((await publish({ lead: `${promise.ja}さらに、効果を保証します。` })).status).toBe(400)
  })
})

// ---------------------------------------------------------------------------------------------
// The list's filter, as the admin's list view sends it.

describe('filtering the list by promises to review', () => {
  let series: number
  const expected: Record<'ja' | 'en', number[]> = { ja: [], en: [] }

  beforeAll(async () => {
    series = (await createSeries(payload)).id
    // Every combination of a promise or calm text in each locale, in drafts.
    for (const ja of [true, false]) {
      for (const en of [true, false]) {
        const id = await draftEpisode(ja ? promise.ja : calm.ja, series)
        await saveDraft(id, 'en', { ...englishEpisodeData, lead: en ? promise.en : calm.en })
        if (ja) expected.ja.push(id)
        if (en) expected.en.push(id)
      }
    }
  })

  it.each(locales)(
    'finds exactly the documents with errors in %s (where[claimsReview.errors][greater_than]=0)',
    async (locale) => {
      const query = `where[and][0][series][equals]=${series}&where[and][1][claimsReview.errors][greater_than]=0`
      const response = await rest('GET', `/episodes?draft=true&depth=0&limit=100&${query}`, {
        token: tokens.get('editor'),
        locale,
      })
      expect(response.status).toBe(200)
      const { docs } = (await response.json()) as { docs: { id: number }[] }
      expect(docs.map((doc) => doc.id).sort()).toEqual([...expected[locale]].sort())
    },
  )

  it('is not a door for readers: an anonymous filter on the stored findings finds nothing', async () => {
    const response = await rest('GET', `/episodes?depth=0&where[claimsReview.errors][greater_than]=-1`, {
      locale: 'ja',
    })
    if (response.status === 200) expect(((await response.json()) as { docs: unknown[] }).docs).toEqual([])
    else expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })
})

// ---------------------------------------------------------------------------------------------
// Documents saved before findings were stored.

describe('claims:check --store', () => {
  it('stores the findings of every locale on documents and latest versions, adding no version', async () => {
    const promised = await draftEpisode(promise.ja)
    await saveDraft(promised, 'en', { ...englishEpisodeData, lead: promise.en })
    const quiet = await draftEpisode(calm.ja)
    const db = payload.db as unknown as { drizzle: { execute: (query: string) => Promise<unknown> } }
    // As a database migrated before this change has them: no stored findings anywhere.
    for (const table of ['episodes_locales', '_episodes_v_locales']) {
      const prefix = table.startsWith('_') ? 'version_' : ''
      await db.drizzle.execute(
        `update ${table} set ${prefix}claims_review_errors = null, ${prefix}claims_review_warnings = null, ${prefix}claims_review_findings = null`,
      )
    }
    expect((await reviewOf(promised, 'ja'))?.errors ?? null).toBeNull()
    const versionsBefore = await payload.countVersions({ collection: 'episodes' })

    const report = await storeFindings(payload)
    expect(report.withErrors).toBeGreaterThanOrEqual(2)
    for (const locale of locales) expect((await reviewOf(promised, locale))?.errors).toBeGreaterThan(0)
    expect(await reviewOf(quiet, 'ja')).toMatchObject({ errors: 0, warnings: 0 })
    expect((await reviewOf(promised, 'ja', false))?.errors).toBeGreaterThan(0)
    expect(await payload.countVersions({ collection: 'episodes' })).toEqual(versionsBefore)

    const query = `where[id][in]=${promised},${quiet}&where[claimsReview.errors][greater_than]=0`
    const response = await rest('GET', `/episodes?draft=true&depth=0&${query}`, {
      token: tokens.get('editor'),
      locale: 'en',
    })
    expect(((await response.json()) as { docs: { id: number }[] }).docs.map((doc) => doc.id)).toEqual([promised])
  })
})
