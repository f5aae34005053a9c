/**
 * Uploaded files follow the publication of the content that uses them
 * (plugins/media-follows-publication.ts): readers may list and fetch a file only while a published
 * document uses it; staff always may.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { fileNameHeader } from '@/collections/Media/endpoints/fileAccess'
import { mediaUsedByAnyPublishedContent } from '@/lib/media/public-media'
import { richTextFromParagraphs } from '@/tooling/seed/rich-text'

import { createSeries, englishEpisodeData, japaneseEpisodeData, unique } from '../helpers/fixtures'
import { seededRandom } from '../helpers/seeded-random'
import { rest, testPayload } from '../helpers/payload'
import { ensureUser, tokenFor } from '../helpers/users'

let payload: Payload
let editor: string | undefined

beforeAll(async () => {
  payload = await testPayload()
  await ensureUser(payload, 'admin')
  editor = await tokenFor(payload, 'editor')
})

async function uploadImage(): Promise<{ id: number; filename: string }> {
  const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#204060' } })
    .png()
    .toBuffer()
  const doc = await payload.create({
    collection: 'media',
    data: { alt: '図' },
    file: { data: png, mimetype: 'image/png', name: `${unique('figure')}.png`, size: png.length },
  })
  return { id: doc.id, filename: doc.filename! }
}

/**
 * What an anonymous reader gets of a media document: its API record, its file, and what the
 * check nginx asks before serving the file itself answers (204 serve, 403 refuse).
 */
async function readerSees(media: { id: number; filename: string }) {
  const record = await rest('GET', `/media/${media.id}`)
  const listed = ((await (await rest('GET', '/media?limit=1000')).json()) as { docs: { id: number }[] }).docs.map(
    (doc) => doc.id,
  )
  const file = await rest('GET', `/media/file/${media.filename}`)
  const nginxCheck = await rest('GET', '/media/file-access', {
    headers: { [fileNameHeader]: encodeURIComponent(media.filename) },
  })
  return { record: record.status, listed: listed.includes(media.id), file: file.status, nginxCheck: nginxCheck.status }
}

const hidden = { record: 404, listed: false, file: 404, nginxCheck: 403 }
const shown = { record: 200, listed: true, file: 200, nginxCheck: 204 }

describe('a file used by an episode', () => {
  it('is private until the episode is published, and again once it is unpublished', async () => {
    const image = await uploadImage()
    expect(await readerSees(image)).toEqual(hidden)

    const episode = await payload.create({
      collection: 'episodes',
      locale: 'ja',
      draft: true,
      data: { ...japaneseEpisodeData(await createSeries(payload), 1), heroImage: image.id, _status: 'draft' },
    })
    expect(await readerSees(image)).toEqual(hidden)

    await payload.update({ collection: 'episodes', id: episode.id, locale: 'ja', data: { _status: 'published' } })
    expect(await readerSees(image)).toEqual(shown)

    await payload.update({ collection: 'episodes', id: episode.id, locale: 'ja', data: { _status: 'draft' } })
    expect(await readerSees(image)).toEqual(hidden)
  })

  it('stays private while only a pending draft of a published episode uses it', async () => {
    const image = await uploadImage()
    const episode = await payload.create({
      collection: 'episodes',
      locale: 'ja',
      data: { ...japaneseEpisodeData(await createSeries(payload), 1), _status: 'published' },
    })
    await payload.update({
      collection: 'episodes',
      id: episode.id,
      locale: 'ja',
      draft: true,
      data: { heroImage: image.id },
    })
    expect(await readerSees(image)).toEqual(hidden)
  })

  it('is public when placed inside the text of a published episode', async () => {
    const image = await uploadImage()
    const body = richTextFromParagraphs(['図を見てください。'])
    const root = body.root as { children: unknown[] }
    root.children.push({ type: 'upload', relationTo: 'media', value: image.id, fields: null, format: '', version: 3 })
    await payload.create({
      collection: 'episodes',
      locale: 'ja',
      data: { ...japaneseEpisodeData(await createSeries(payload), 1), body, _status: 'published' },
    })
    expect(await readerSees(image)).toEqual(shown)
  })

  it('stays public while another published document still uses it', async () => {
    const image = await uploadImage()
    const series = await createSeries(payload)
    const first = await payload.create({
      collection: 'episodes',
      locale: 'ja',
      data: { ...japaneseEpisodeData(series, 1), heroImage: image.id, _status: 'published' },
    })
    await payload.create({
      collection: 'episodes',
      locale: 'ja',
      data: { ...japaneseEpisodeData(series, 2), seo: { image: image.id }, _status: 'published' },
    })
    await payload.delete({ collection: 'episodes', id: first.id })
    expect(await readerSees(image)).toEqual(shown)
  })
})

describe('staff', () => {
  it('see every file, used or not', async () => {
    const image = await uploadImage()
    expect((await rest('GET', `/media/${image.id}`, { token: editor })).status).toBe(200)
    expect((await rest('GET', `/media/file/${image.filename}`, { token: editor })).status).toBe(200)
    expect(
      (
        await rest('GET', '/media/file-access', {
          token: editor,
          headers: { [fileNameHeader]: encodeURIComponent(image.filename) },
        })
      ).status,
    ).toBe(204)
  })

  it('cannot mark a file public by hand', async () => {
    const image = await uploadImage()
    const response = await rest('PATCH', `/media/${image.id}`, {
      body: { usedByPublishedContent: true },
      token: editor,
    })
    expect(response.status).toBe(200)
    expect(await readerSees(image)).toEqual(hidden)
  })
})

/** Body text with the given files placed in it, as the editor's upload button does. */
function bodyWith(mediaIds: number[]) {
  const body = richTextFromParagraphs(['図を見てください。'])
  const root = body.root as { children: unknown[] }
  for (const id of mediaIds)
    root.children.push({ type: 'upload', relationTo: 'media', value: id, fields: null, format: '', version: 3 })
  return body
}

describe('the flags after any sequence of changes (generated)', () => {
  type Step =
    | 'create draft'
    | 'create published'
    | 'publish with other files'
    | 'draft with other files'
    | 'unpublish'
    | 'publish'
    | 'publish English with a file in its text'
    | 'delete'
  const steps: Step[] = [
    'create draft',
    'create published',
    'publish with other files',
    'draft with other files',
    'unpublish',
    'publish',
    'publish English with a file in its text',
    'delete',
  ]

  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`equal a reading of all published content after each of 20 random changes (seed ${seed})`, async () => {
      const random = seededRandom(seed)
      const choose = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
      const pool = [await uploadImage(), await uploadImage(), await uploadImage(), await uploadImage()]
      const poolIds = pool.map((image) => image.id)
      const someFiles = () => poolIds.filter(() => random() < 0.3)
      const maybeFile = () => (random() < 0.6 ? choose(poolIds) : null)
      const series = await createSeries(payload)
      const episodes: number[] = []
      let nextNumber = 1
      const history: string[] = []

      for (let index = 0; index < 20; index++) {
        const step: Step = episodes.length === 0 ? choose(['create draft', 'create published'] as const) : choose(steps)
        const id = choose(episodes)
        switch (step) {
          case 'create draft':
          case 'create published': {
            const published = step === 'create published'
            const episode = await payload.create({
              collection: 'episodes',
              locale: 'ja',
              draft: !published,
              data: {
                ...japaneseEpisodeData(series, nextNumber++),
                heroImage: maybeFile(),
                body: bodyWith(someFiles()),
                _status: published ? 'published' : 'draft',
              },
            })
            episodes.push(episode.id)
            break
          }
          case 'publish with other files':
          case 'draft with other files': {
            const draft = step === 'draft with other files'
            await payload.update({
              collection: 'episodes',
              id,
              locale: 'ja',
              draft,
              data: {
                heroImage: maybeFile(),
                body: bodyWith(someFiles()),
                ...(draft ? {} : { _status: 'published' as const }),
              },
            })
            break
          }
          case 'unpublish':
          case 'publish':
            await payload.update({
              collection: 'episodes',
              id,
              locale: 'ja',
              data: { _status: step === 'publish' ? 'published' : 'draft' },
            })
            break
          case 'publish English with a file in its text':
            await payload.update({
              collection: 'episodes',
              id,
              locale: 'en',
              data: { ...englishEpisodeData, body: bodyWith(someFiles()), _status: 'published' },
            })
            break
          case 'delete':
            await payload.delete({ collection: 'episodes', id })
            episodes.splice(episodes.indexOf(id), 1)
            break
        }
        history.push(step)
        const used = await mediaUsedByAnyPublishedContent(payload)
        const { docs } = await payload.find({
          collection: 'media',
          where: { id: { in: poolIds } },
          depth: 0,
          pagination: false,
          overrideAccess: true,
        })
        const flags = Object.fromEntries(docs.map((doc) => [doc.id, Boolean(doc.usedByPublishedContent)]))
        const expected = Object.fromEntries(poolIds.map((mediaId) => [mediaId, used.has(mediaId)]))
        expect(flags, `after: ${history.join(' → ')}`).toEqual(expected)
      }
    })
  }
})
