/**
 * Object storage on the production path (docs/object-storage.md): the production build started
 * with the S3_* settings against an s3rver this file starts, and the nginx of docker-compose in
 * front of it, whose media volume does not have the files (they are in the bucket), so it hands
 * them to the app. Through nginx and straight from the app alike, podcast audio keeps what
 * podcast apps need: Content-Length (which Next.js drops unless the app restores it), HEAD and
 * byte ranges; a reader gets nothing of a draft's file; deleting the document empties the bucket.
 */
import { randomUUID } from 'node:crypto'

import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { keptLengthHeader } from '@/lib/http/content-length'
import { silentMp3 } from '@/tooling/seed/placeholder-audio'
import type { Media } from '@/payload-types'

import { TEST_SECRET } from '../setup/test-secret'
import { startTestBucket, type TestBucket } from '../support/s3-bucket'
import { ensureNginx, startNginx, type RunningNginx } from '../../tooling/server/nginx'
import { runScript, startProductionServer, type ProductionServer } from '../../tooling/server/production-server'

const bucket = 'column-e2e-media'
const editor = { email: `s3-${Date.now().toString(36)}@uploads.example`, password: `${randomUUID()}-${randomUUID()}` }

let testBucket: TestBucket
let bucketClient: S3Client
let server: ProductionServer
let nginx: RunningNginx
let token: string
let bases: { name: string; url: string }[]

beforeAll(async () => {
  ensureNginx()
  testBucket = await startTestBucket(bucket)
  bucketClient = testBucket.client
  server = await startProductionServer({
    secret: TEST_SECRET,
    databasePrefix: 'column_s3',
    env: testBucket.settings,
    seed: (databaseUrl) =>
      runScript('tests/e2e/editor-account.ts', ['create', editor.email, editor.password], {
        databaseUrl,
        secret: TEST_SECRET,
      }),
  })
  nginx = await startNginx(server.baseUrl)
  bases = [
    { name: 'app', url: server.baseUrl },
    { name: 'nginx', url: nginx.url },
  ]
  const login = await fetch(`${server.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(editor),
  })
  expect(login.status).toBe(200)
  token = ((await login.json()) as { token: string }).token
}, 300_000)

afterAll(async () => {
  await nginx?.stop()
  await server?.stop()
  await testBucket?.stop()
})

async function keysInBucket(): Promise<string[]> {
  const listed = await bucketClient.send(new ListObjectsV2Command({ Bucket: bucket }))
  return (listed.Contents ?? []).map((object) => object.Key!)
}

async function uploadAudio(seconds: number): Promise<{ doc: Media; audio: Buffer }> {
  const audio = silentMp3(seconds)
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(audio)], { type: 'audio/mpeg' }), `s3-${randomUUID()}.mp3`)
  form.append('_payload', JSON.stringify({}))
  // Through nginx, as the admin uploads in docker-compose.
  const response = await fetch(`${nginx.url}/api/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}` },
    body: form,
  })
  expect(response.status).toBe(201)
  return { doc: ((await response.json()) as { doc: Media }).doc, audio }
}

function fileRequest(base: string, filename: string, init: { method?: string; range?: string; signedIn?: boolean }) {
  const headers: Record<string, string> = {}
  if (init.signedIn !== false) headers.authorization = `JWT ${token}`
  if (init.range) headers.range = init.range
  return fetch(`${base}/api/media/file/${filename}`, { method: init.method ?? 'GET', headers })
}

/** Ranges over `size` bytes with the bytes each must give: closed, open-ended, suffix, cut at the end. */
function rangeCases(size: number): { header: string; start: number; end: number }[] {
  const middle = Math.floor(size / 2)
  return [
    { header: 'bytes=0-0', start: 0, end: 0 },
    { header: 'bytes=0-1', start: 0, end: 1 },
    { header: `bytes=1-${middle}`, start: 1, end: middle },
    { header: `bytes=${middle}-`, start: middle, end: size - 1 },
    { header: `bytes=${size - 1}-`, start: size - 1, end: size - 1 },
    { header: `bytes=${middle}-${size + 500}`, start: middle, end: size - 1 },
    { header: 'bytes=-1', start: size - 1, end: size - 1 },
    { header: `bytes=-${middle}`, start: size - middle, end: size - 1 },
    { header: `bytes=-${size + 10}`, start: 0, end: size - 1 },
  ]
}

describe('podcast audio in the bucket, through nginx and from the app', () => {
  it('has its type, Content-Length and no chunked encoding, for GET and HEAD', async () => {
    const { doc, audio } = await uploadAudio(4)
    expect(await keysInBucket()).toContain(doc.filename)
    for (const { name, url } of bases) {
      for (const method of ['GET', 'HEAD']) {
        const response = await fileRequest(url, doc.filename!, { method })
        const what = `${name} ${method}`
        expect(response.status, what).toBe(200)
        expect(response.headers.get('content-type'), what).toBe('audio/mpeg')
        expect(response.headers.get('content-length'), what).toBe(String(audio.length))
        expect(response.headers.get('transfer-encoding'), what).toBeNull()
        expect(response.headers.get('accept-ranges'), what).toBe('bytes')
        expect(response.headers.get(keptLengthHeader), what).toBeNull()
        const body = Buffer.from(await response.arrayBuffer())
        expect(body.equals(method === 'HEAD' ? Buffer.alloc(0) : audio), what).toBe(true)
      }
    }
  })

  it('serves byte ranges with 206, Content-Range and their length, and 416 outside the file', async () => {
    const { doc, audio } = await uploadAudio(2)
    for (const { name, url } of bases) {
      for (const { header, start, end } of rangeCases(audio.length)) {
        const what = `${name} ${header}`
        const response = await fileRequest(url, doc.filename!, { range: header })
        expect(response.status, what).toBe(206)
        expect(response.headers.get('content-range'), what).toBe(`bytes ${start}-${end}/${audio.length}`)
        expect(response.headers.get('content-length'), what).toBe(String(end - start + 1))
        expect(Buffer.from(await response.arrayBuffer()).equals(audio.subarray(start, end + 1)), what).toBe(true)
      }
      for (const header of [`bytes=${audio.length}-`, 'bytes=-0']) {
        const response = await fileRequest(url, doc.filename!, { range: header })
        expect(response.status, `${name} ${header}`).toBe(416)
        expect(response.headers.get('content-range'), `${name} ${header}`).toBe(`bytes */${audio.length}`)
        await response.arrayBuffer()
      }
    }
  })

  it('is nothing to a reader while no published content uses it', async () => {
    const { doc } = await uploadAudio(1)
    for (const { name, url } of bases) {
      for (const method of ['GET', 'HEAD']) {
        const response = await fileRequest(url, doc.filename!, { method, signedIn: false, range: 'bytes=0-9' })
        expect(response.status, `${name} ${method}`).toBe(404)
        await response.arrayBuffer()
      }
    }
  })

  it('leaves the bucket with its document', async () => {
    const { doc } = await uploadAudio(1)
    expect(await keysInBucket()).toContain(doc.filename)
    const deleted = await fetch(`${nginx.url}/api/media/${doc.id}`, {
      method: 'DELETE',
      headers: { authorization: `JWT ${token}` },
    })
    expect(deleted.status).toBe(200)
    expect(await keysInBucket()).not.toContain(doc.filename)
    for (const { name, url } of bases) {
      const response = await fileRequest(url, doc.filename!, {})
      expect(response.status, name).toBe(404)
      await response.arrayBuffer()
    }
  })
})
