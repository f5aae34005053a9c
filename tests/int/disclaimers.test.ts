/**
 * The site disclaimer never goes missing: the last active one cannot be deleted, unpublished or
 * expired; a new one takes over from its start; and it is published only with both texts.
 * Runs in its own database state: every test here starts from one active site disclaimer.
 */
import type { Payload } from 'payload'
import { beforeEach, describe, expect, it } from 'vitest'

import { richTextFromParagraphs } from '@/tooling/seed/rich-text'

import { publishSiteDisclaimer, unique } from '../helpers/fixtures'
import { rest, testPayload } from '../helpers/payload'
import { ensureUser, tokenFor } from '../helpers/users'

let payload: Payload
let admin: string | undefined

async function publishedSiteDisclaimers() {
  const { docs } = await payload.find({
    collection: 'disclaimers',
    where: { and: [{ kind: { equals: 'site' } }, { _status: { equals: 'published' } }] },
    sort: 'activeFrom',
    pagination: false,
  })
  return docs
}

beforeEach(async () => {
  payload = await testPayload()
  await ensureUser(payload, 'admin')
  admin = await tokenFor(payload, 'admin')
  // Start every test from exactly one active site disclaimer.
  await payload.db.deleteMany({ collection: 'disclaimers', where: { kind: { equals: 'site' } } })
  await publishSiteDisclaimer(payload, new Date(Date.now() - 60_000))
})

describe('the last active site disclaimer', () => {
  it('cannot be deleted', async () => {
    const [only] = await publishedSiteDisclaimers()
    const response = await rest('DELETE', `/disclaimers/${only!.id}`, { token: admin, acceptLanguage: 'en' })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('Publish a new site disclaimer first')
    expect(await publishedSiteDisclaimers()).toHaveLength(1)
  })

  it('cannot be unpublished', async () => {
    const [only] = await publishedSiteDisclaimers()
    const response = await rest('PATCH', `/disclaimers/${only!.id}`, {
      body: { _status: 'draft' },
      token: admin,
      acceptLanguage: 'ja',
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('有効なサイト免責文がなくなる')
    expect(await publishedSiteDisclaimers()).toHaveLength(1)
  })

  it('cannot be given an end with nothing to follow it', async () => {
    const [only] = await publishedSiteDisclaimers()
    const response = await rest('PATCH', `/disclaimers/${only!.id}`, {
      body: { activeUntil: new Date(Date.now() + 86_400_000).toISOString() },
      token: admin,
    })
    expect(response.status).toBe(400)
    const [stored] = await publishedSiteDisclaimers()
    expect(stored!.activeUntil ?? null).toBeNull()
  })

  it('can still be edited as a draft without affecting the published one', async () => {
    const [only] = await publishedSiteDisclaimers()
    const response = await rest('PATCH', `/disclaimers/${only!.id}?draft=true`, {
      body: { versionLabel: 'being revised', _status: 'draft' },
      token: admin,
    })
    expect(response.status).toBe(200)
    expect(await publishedSiteDisclaimers()).toHaveLength(1)
  })
})

describe('publishing a new site disclaimer', () => {
  it('ends the previous one where the new one starts, so exactly one is active at any moment', async () => {
    const [previous] = await publishedSiteDisclaimers()
    const start = new Date(Date.now() + 3_600_000)
    const next = await publishSiteDisclaimer(payload, start)
    const [first, second] = await publishedSiteDisclaimers()
    expect(first!.id).toBe(previous!.id)
    expect(new Date(first!.activeUntil!).getTime()).toBe(start.getTime())
    expect(second!.id).toBe(next.id)
    expect(second!.activeUntil ?? null).toBeNull()
  })

  it('then lets the previous one be deleted', async () => {
    const [previous] = await publishedSiteDisclaimers()
    await publishSiteDisclaimer(payload, new Date())
    const response = await rest('DELETE', `/disclaimers/${previous!.id}`, { token: admin })
    expect(response.status).toBe(200)
  })

  it('is refused without the English text', async () => {
    const draft = await payload.create({
      collection: 'disclaimers',
      locale: 'ja',
      data: {
        kind: 'site',
        versionLabel: unique('ja-only'),
        text: richTextFromParagraphs(['日本語だけの免責文']),
        activeFrom: new Date().toISOString(),
        _status: 'draft',
      },
    })
    const response = await rest('PATCH', `/disclaimers/${draft.id}?locale=ja`, {
      body: { _status: 'published' },
      token: admin,
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
    expect(body.errors[0]?.data?.errors?.[0]).toMatchObject({ path: 'text', message: expect.stringContaining('(en)') })
    expect(await publishedSiteDisclaimers()).toHaveLength(1)
  })

  it('refuses an end before its start', async () => {
    const response = await rest('POST', '/disclaimers', {
      body: {
        kind: 'topic',
        versionLabel: unique('topic'),
        text: richTextFromParagraphs(['トピックの注意']),
        activeFrom: new Date().toISOString(),
        activeUntil: new Date(Date.now() - 86_400_000).toISOString(),
        _status: 'published',
      },
      token: admin,
      acceptLanguage: 'en',
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('The end must be later than the start.')
  })
})
