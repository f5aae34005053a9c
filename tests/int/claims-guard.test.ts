/**
 * The claims guard on publishing: drafts always save; a publish with a promise of efficacy or
 * safety is refused with the reason and a rewording, unless an admin recorded an override with
 * a reason, which stays in the version history and covers only the findings it was given for.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { richTextFromParagraphs } from '@/tooling/seed/rich-text'

import { createSeries, englishEpisodeData, japaneseEpisodeData } from '../helpers/fixtures'
import { rest, testPayload } from '../helpers/payload'
import { ensureUser, tokenFor } from '../helpers/users'

let payload: Payload
let editor: string | undefined
let admin: string | undefined
let episodeNumber = 0

const promise = 'この治療は副作用がなく、必ず改善します。'

beforeAll(async () => {
  payload = await testPayload()
  // The first account becomes an admin whatever its role (collections/Users.ts).
  await ensureUser(payload, 'admin')
  await ensureUser(payload, 'editor')
  editor = await tokenFor(payload, 'editor')
  admin = await tokenFor(payload, 'admin')
})

/** A Japanese draft whose body says `paragraphs`, saved by an editor through REST. */
async function draftSaying(body: unknown): Promise<number> {
  const data = { ...japaneseEpisodeData(await createSeries(payload), ++episodeNumber), body, _status: 'draft' }
  const response = await rest('POST', '/episodes?draft=true', { token: editor, locale: 'ja', body: data })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

function publish(id: number, token = editor, locale: 'ja' | 'en' = 'ja', body: Record<string, unknown> = {}) {
  return rest('PATCH', `/episodes/${id}`, { token, locale, body: { ...body, _status: 'published' } })
}

async function isPublic(id: number): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'episodes',
    locale: 'ja',
    overrideAccess: false,
    where: { id: { equals: id } },
  })
  return totalDocs === 1
}

describe('publishing a promise', () => {
  it('saves the draft, refuses the publish with why and how to rephrase, and keeps it private', async () => {
    const id = await draftSaying(richTextFromParagraphs([promise]))
    const response = await publish(id)
    expect(response.status).toBe(400)
    const { errors } = (await response.json()) as { errors: { message: string }[] }
    expect(errors[0]!.message).toMatch(/公開できません/)
    expect(errors[0]!.message).toMatch(/必ず改善します|副作用がなく/)
    expect(errors[0]!.message).toMatch(/言い換えの例/)
    expect(await isPublic(id)).toBe(false)
  })

  it('finds a promise split across rich-text formatting', async () => {
    const body = richTextFromParagraphs(['この方法なら必ず治ります。'])
    const paragraph = body.root.children[0] as unknown as { children: Record<string, unknown>[] }
    const [text] = paragraph.children
    paragraph.children = [
      { ...text, text: 'この方法なら必ず' },
      { ...text, text: '治ります。', format: 1 },
    ]
    const id = await draftSaying(body)
    expect((await publish(id)).status).toBe(400)
  })

  it('refuses an English promise in the English translation', async () => {
    const id = await draftSaying(richTextFromParagraphs(['幹細胞とエクソソームの違いを整理します。']))
    expect((await publish(id)).status).toBe(200)
    const response = await publish(id, editor, 'en', {
      ...englishEpisodeData,
      body: richTextFromParagraphs(['This therapy is 100% safe and guaranteed to work.']),
    })
    expect(response.status).toBe(400)
    const english = await payload.count({
      collection: 'episodes',
      locale: 'en',
      overrideAccess: false,
      where: { id: { equals: id } },
    })
    expect(english.totalDocs).toBe(0)
  })

  it('lets calm, explanatory text through', async () => {
    const calm =
      '副作用がまったくないと断定できる治療はありません。効果には個人差があり、医師とよく相談することが大切です。'
    const id = await draftSaying(richTextFromParagraphs([calm]))
    expect((await publish(id)).status).toBe(200)
    expect(await isPublic(id)).toBe(true)
  })
})

describe('an override', () => {
  it('cannot be written by an editor', async () => {
    const id = await draftSaying(richTextFromParagraphs([promise]))
    await rest('PATCH', `/episodes/${id}?draft=true`, {
      token: editor,
      locale: 'ja',
      body: { claimsOverride: { reason: '編集者の判断' } },
    })
    const stored = await payload.findByID({ collection: 'episodes', id, draft: true, depth: 0 })
    expect(stored.claimsOverride?.reason ?? null).toBeNull()
    expect((await publish(id)).status).toBe(400)
  })

  it('by an admin, with a reason, lets exactly those findings be published, and stays in the history', async () => {
    const id = await draftSaying(richTextFromParagraphs([promise]))
    const reason = '医療機関の公式見解を引用した箇所で、出典を本文に明記しているため。'
    const recorded = await rest('PATCH', `/episodes/${id}?draft=true`, {
      token: admin,
      locale: 'ja',
      body: { claimsOverride: { reason } },
    })
    expect(recorded.status).toBe(200)
    expect((await publish(id)).status).toBe(200)
    expect(await isPublic(id)).toBe(true)

    const { docs } = await payload.findVersions({
      collection: 'episodes',
      where: { parent: { equals: id } },
      depth: 0,
      limit: 50,
    })
    const overrides = docs
      .map((version) => version.version.claimsOverride)
      .filter((override) => override?.reason === reason)
    expect(overrides.length).toBeGreaterThan(0)
    expect(overrides[0]!.approvedBy).toBeTruthy()
    expect(overrides[0]!.approvedAt).toBeTruthy()

    const newPromise = richTextFromParagraphs([promise, 'さらに、効果を保証します。'])
    expect((await publish(id, editor, 'ja', { body: newPromise })).status).toBe(400)
  })
})
