/**
 * Two editors never overwrite each other silently. While an editor has an episode open in the
 * admin, Payload holds a lock on it (a `payload-locked-documents` row that the edit view creates,
 * keeps fresh while the editor works, and deletes on leaving); anyone else's save is refused with
 * 423 until the lock is released or expires (`lockDocuments.duration`, 300 seconds by default).
 */
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { Episode } from '@/payload-types'

import { createSeries, japaneseEpisodeData } from '../helpers/fixtures'
import { graphql, rest, testPayload } from '../helpers/payload'
import { ensureUser, tokenFor } from '../helpers/users'

let payload: Payload
let editorA: { id: number; token?: string }
let editorB: { id: number; token?: string }
let episode: Episode
let episodeNumber = 0
const originalTitle = japaneseEpisodeData(1, 1).title
const database = new pg.Client({ connectionString: process.env.DATABASE_URL })

beforeAll(async () => {
  payload = await testPayload()
  await database.connect()
  await ensureUser(payload, 'admin')
  editorA = { id: await ensureUser(payload, 'editor'), token: await tokenFor(payload, 'editor') }
  editorB = {
    id: await ensureUser(payload, 'editor', 'second-editor'),
    token: await tokenFor(payload, 'editor', 'second-editor'),
  }
})

afterAll(() => database.end())

beforeEach(async () => {
  const series = await createSeries(payload)
  episode = await payload.create({
    collection: 'episodes',
    locale: 'ja',
    data: { ...japaneseEpisodeData(series, ++episodeNumber), _status: 'published' },
  })
})

/** What the admin's edit view does when an editor opens the episode. */
async function openInTheAdmin(editor: { id: number; token?: string }): Promise<number> {
  const response = await rest('POST', '/payload-locked-documents', {
    body: { document: { relationTo: 'episodes', value: episode.id }, user: { relationTo: 'users', value: editor.id } },
    token: editor.token,
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

function saveTitle(editor: { token?: string }, title: string): Promise<Response> {
  return rest('PATCH', `/episodes/${episode.id}?draft=true`, { body: { title }, token: editor.token, locale: 'ja' })
}

async function currentTitle(): Promise<string> {
  return (await payload.findByID({ collection: 'episodes', id: episode.id, locale: 'ja', draft: true })).title
}

async function errorMessage(response: Response): Promise<string | undefined> {
  return ((await response.json()) as { errors?: { message: string }[] }).errors?.[0]?.message
}

describe('document locking', () => {
  it('refuses a second editor while the first has the episode open, and changes nothing', async () => {
    await openInTheAdmin(editorA)
    const response = await saveTitle(editorB, 'B の変更')
    expect(response.status).toBe(423)
    expect(await errorMessage(response)).toMatch(/currently locked by another user and cannot be updated/)
    expect(await currentTitle()).toBe(originalTitle)
  })

  it('refuses the second editor’s publish, autosave and delete too', async () => {
    await openInTheAdmin(editorA)
    const attempts = [
      rest('PATCH', `/episodes/${episode.id}`, { body: { _status: 'published' }, token: editorB.token, locale: 'ja' }),
      rest('PATCH', `/episodes/${episode.id}?draft=true&autosave=true`, { body: { title: 'B' }, token: editorB.token }),
      rest('DELETE', `/episodes/${episode.id}`, { token: editorB.token }),
    ]
    for (const response of await Promise.all(attempts)) expect(response.status).toBe(423)
    expect(await currentTitle()).toBe(originalTitle)
  })

  it('refuses the second editor through GraphQL as well', async () => {
    await openInTheAdmin(editorA)
    const result = await graphql(
      `mutation { updateEpisode(id: ${episode.id}, draft: true, data: { title: "B" }) { title } }`,
      {
        token: editorB.token,
      },
    )
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/currently locked by another user/),
      extensions: { statusCode: 423 },
    })
    const deletion = await graphql(`mutation { deleteEpisode(id: ${episode.id}) { id } }`, { token: editorB.token })
    expect(deletion.errors?.[0]?.message).toMatch(/currently locked/)
    expect(await currentTitle()).toBe(originalTitle)
  })

  it('lets the editor who holds the lock save', async () => {
    await openInTheAdmin(editorA)
    const response = await saveTitle(editorA, 'A の変更')
    expect(response.status).toBe(200)
    expect(await currentTitle()).toBe('A の変更')
  })

  it('lets the second editor save once the first has left the episode', async () => {
    const lock = await openInTheAdmin(editorA)
    expect((await saveTitle(editorB, 'B の変更')).status).toBe(423)
    // Leaving the edit view deletes the lock (the admin's unlockDocument).
    expect((await rest('DELETE', `/payload-locked-documents/${lock}`, { token: editorA.token })).status).toBe(200)
    expect((await saveTitle(editorB, 'B の変更')).status).toBe(200)
    expect(await currentTitle()).toBe('B の変更')
  })

  it('lets the second editor save once the first editor’s lock has expired', async () => {
    const lock = await openInTheAdmin(editorA)
    const setting = payload.collections.episodes.config.lockDocuments
    const durationSeconds = typeof setting === 'object' ? setting.duration : 300
    await database.query(
      `update payload_locked_documents set updated_at = now() - make_interval(secs => $1) where id = $2`,
      [durationSeconds + 1, lock],
    )
    expect((await saveTitle(editorB, 'B の変更')).status).toBe(200)
    expect(await currentTitle()).toBe('B の変更')
  })
})
