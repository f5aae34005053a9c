/**
 * Uploads in an S3-compatible bucket (plugins/media-storage.ts): an s3rver this file starts on a
 * free port, over a temporary directory, stands in for the bucket; the app is configured with the
 * S3_* settings before its configuration is first loaded. Files go up through the REST route,
 * land in the bucket (read back with the AWS SDK, not through the app), come back through the
 * app's own file route with its headers, HEAD, Content-Length and byte ranges, stay private while
 * only a draft uses them, and leave the bucket with their document.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { storedFileHeaders } from '@/lib/media/file-types'
import { keptLengthHeader } from '@/lib/http/content-length'
import { silentMp3 } from '@/tooling/seed/placeholder-audio'
import type { Media } from '@/payload-types'

import { startTestBucket, type TestBucket } from '../support/s3-bucket'

const bucket = 'column-media'

type RouteHandler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
type Route = Record<'GET' | 'HEAD' | 'POST' | 'DELETE', RouteHandler>

let testBucket: TestBucket
let bucketClient: S3Client
let payload: Payload
let route: Route
let editor: string | undefined
let fixtures: typeof import('../helpers/fixtures')
let env: (typeof import('@/lib/env'))['env']

beforeAll(async () => {
  testBucket = await startTestBucket(bucket)
  bucketClient = testBucket.client
  // Read by lib/env.ts when the Payload config is first imported, below.
  Object.assign(process.env, testBucket.settings)

  const { testPayload } = await import('../helpers/payload')
  const { ensureUser, tokenFor } = await import('../helpers/users')
  fixtures = await import('../helpers/fixtures')
  ;({ env } = await import('@/lib/env'))
  // The app's own REST route (app/(payload)/api/[...slug]/route.ts), as Next.js calls it.
  route = (await import('@/app/(payload)/api/[...slug]/route')) as unknown as Route
  payload = await testPayload()
  await ensureUser(payload, 'admin')
  editor = await tokenFor(payload, 'editor')
})

afterAll(async () => {
  await testBucket?.stop()
})

function call(
  method: keyof Route,
  apiPath: string,
  options: { token?: string; headers?: Record<string, string>; body?: FormData } = {},
) {
  const url = new URL(`http://localhost/api${apiPath}`)
  const headers = new Headers(options.headers)
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .map(decodeURIComponent)
  return route[method](new Request(url, { method, headers, body: options.body }), {
    params: Promise.resolve({ slug }),
  })
}

async function upload(file: Buffer, filename: string, type: string, data: Record<string, unknown> = {}) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type }), filename)
  form.append('_payload', JSON.stringify(data))
  const response = await call('POST', '/media', { token: editor, body: form })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: Media }).doc
}

async function keysInBucket(): Promise<string[]> {
  const listed = await bucketClient.send(new ListObjectsV2Command({ Bucket: bucket }))
  return (listed.Contents ?? []).map((object) => object.Key!)
}

async function objectBytes(key: string): Promise<Buffer> {
  const object = await bucketClient.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
  return Buffer.from(await object.Body!.transformToByteArray())
}

/** Range headers over a file of `size` bytes, each with the bytes it must give (or 416). */
function rangeCases(size: number): { header: string; expected: [number, number] | 'unsatisfiable' }[] {
  const positions = [...new Set([0, 1, 2, Math.floor(size / 3), Math.floor(size / 2), size - 2, size - 1])]
  const cases: { header: string; expected: [number, number] | 'unsatisfiable' }[] = []
  for (const start of positions) {
    // Closed ranges, one byte up to past the end (cut at the end).
    for (const end of [start, start + 1, Math.floor(size / 2), size - 1, size, size + 1000]) {
      if (end >= start) cases.push({ header: `bytes=${start}-${end}`, expected: [start, Math.min(end, size - 1)] })
    }
    // Open-ended: from start to the end.
    cases.push({ header: `bytes=${start}-`, expected: [start, size - 1] })
  }
  // The last bytes; more than the file is the whole file.
  for (const suffix of [1, 2, Math.floor(size / 2), size - 1, size, size + 7]) {
    cases.push({ header: `bytes=-${suffix}`, expected: [Math.max(0, size - suffix), size - 1] })
  }
  // Outside the file, or empty.
  for (const header of [
    `bytes=${size}-`,
    `bytes=${size}-${size + 5}`,
    `bytes=${size + 100}-`,
    'bytes=-0',
    'bytes=5-4',
  ]) {
    cases.push({ header, expected: 'unsatisfiable' })
  }
  return cases
}

describe('uploads with object storage', () => {
  it('stores podcast audio in the bucket, not on the disk, and serves it back with its length', async () => {
    const audio = silentMp3(3)
    const doc = await upload(audio, `${fixtures.unique('episode')}.mp3`, 'audio/mpeg')
    expect(await keysInBucket()).toContain(doc.filename)
    expect((await objectBytes(doc.filename!)).equals(audio)).toBe(true)
    expect(existsSync(path.resolve('media', doc.filename!))).toBe(false)
    // The file route of the app, never the bucket's own address: the bucket may stay private.
    expect(doc.url).toBe(`${env.SITE_URL}/api/media/file/${doc.filename}`)

    const whole = await call('GET', `/media/file/${doc.filename}`, { token: editor })
    expect(whole.status).toBe(200)
    expect(whole.headers.get('content-type')).toBe('audio/mpeg')
    expect(whole.headers.get('content-length')).toBe(String(audio.length))
    expect(whole.headers.get(keptLengthHeader)).toBe(String(audio.length))
    expect(whole.headers.get('accept-ranges')).toBe('bytes')
    for (const [name, value] of Object.entries(storedFileHeaders)) expect(whole.headers.get(name)).toBe(value)
    expect(Buffer.from(await whole.arrayBuffer()).equals(audio)).toBe(true)

    const head = await call('HEAD', `/media/file/${doc.filename}`, { token: editor })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-type')).toBe('audio/mpeg')
    expect(head.headers.get(keptLengthHeader)).toBe(String(audio.length))
    expect(head.body).toBeNull()
  })

  it('serves every kind of byte range from the bucket, and 416 outside the file', async () => {
    const audio = silentMp3(2)
    const doc = await upload(audio, `${fixtures.unique('ranges')}.mp3`, 'audio/mpeg')
    const cases = rangeCases(audio.length)
    expect(cases.length).toBeGreaterThan(40)
    for (const { header, expected } of cases) {
      const response = await call('GET', `/media/file/${doc.filename}`, { token: editor, headers: { Range: header } })
      if (expected === 'unsatisfiable') {
        expect(response.status, header).toBe(416)
        expect(response.headers.get('content-range'), header).toBe(`bytes */${audio.length}`)
        continue
      }
      const [start, end] = expected
      expect(response.status, header).toBe(206)
      expect(response.headers.get('content-range'), header).toBe(`bytes ${start}-${end}/${audio.length}`)
      expect(response.headers.get(keptLengthHeader), header).toBe(String(end - start + 1))
      const body = Buffer.from(await response.arrayBuffer())
      expect(body.equals(audio.subarray(start, end + 1)), header).toBe(true)
    }
    // A Range header that cannot be read is ignored: the whole file.
    for (const header of ['bytes=abc', 'items=0-1', 'bytes=-']) {
      const response = await call('GET', `/media/file/${doc.filename}`, { token: editor, headers: { Range: header } })
      expect(response.status, header).toBe(200)
      expect(Buffer.from(await response.arrayBuffer()).equals(audio), header).toBe(true)
    }
  })

  it('stores an image and each of its sizes in the bucket, and serves them', async () => {
    const png = await sharp({ create: { width: 1800, height: 1000, channels: 3, background: '#1d5c63' } })
      .png()
      .toBuffer()
    const doc = await upload(png, `${fixtures.unique('hero')}.png`, 'image/png', { alt: '細胞の図' })
    // Each file with the type it was made in: the upload's, and WebP for the responsive sizes.
    const files = [
      { name: doc.filename!, type: 'image/png' },
      ...Object.values(doc.sizes ?? {}).flatMap((size) =>
        size?.filename ? [{ name: size.filename, type: size.mimeType ?? '' }] : [],
      ),
    ]
    expect(files.length).toBeGreaterThanOrEqual(4)
    expect(files.map(({ type }) => type)).toContain('image/webp')
    const keys = await keysInBucket()
    for (const { name, type } of files) {
      expect(keys, name).toContain(name)
      const response = await call('GET', `/media/file/${name}`, { token: editor })
      expect(response.status, name).toBe(200)
      expect(response.headers.get('content-type'), name).toBe(type)
      expect(Buffer.from(await response.arrayBuffer()).equals(await objectBytes(name)), name).toBe(true)
    }
  })

  it('answers 404 for a file that is not in the bucket', async () => {
    const response = await call('GET', `/media/file/${fixtures.unique('missing')}.mp3`, { token: editor })
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  })

  it('removes the file and its sizes from the bucket when the document is deleted', async () => {
    const png = await sharp({ create: { width: 900, height: 500, channels: 3, background: '#602040' } })
      .png()
      .toBuffer()
    const doc = await upload(png, `${fixtures.unique('deleted')}.png`, 'image/png', { alt: '図' })
    const names = [doc.filename!, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)].filter(
      (name): name is string => Boolean(name),
    )
    for (const name of names) expect(await keysInBucket()).toContain(name)
    expect((await call('DELETE', `/media/${doc.id}`, { token: editor })).status).toBe(200)
    const left = await keysInBucket()
    for (const name of names) expect(left, name).not.toContain(name)
    expect((await call('GET', `/media/file/${doc.filename}`, { token: editor })).status).toBe(404)
  })
})

describe('a draft’s file in the bucket', () => {
  it('is refused to readers until published content uses it, and then served to them too', async () => {
    const audio = silentMp3(1)
    const doc = await upload(audio, `${fixtures.unique('draft-audio')}.mp3`, 'audio/mpeg')
    const episode = await payload.create({
      collection: 'episodes',
      locale: 'ja',
      draft: true,
      data: {
        ...fixtures.japaneseEpisodeData(await fixtures.createSeries(payload), 1),
        podcast: { audio: doc.id },
        _status: 'draft',
      },
    })
    for (const method of ['GET', 'HEAD'] as const) {
      const refused = await call(method, `/media/file/${doc.filename}`, { headers: { Range: 'bytes=0-9' } })
      expect(refused.status, method).toBe(404)
    }
    const staff = await call('GET', `/media/file/${doc.filename}`, { token: editor })
    expect(staff.status).toBe(200)
    expect(staff.headers.get('cache-control')).toBe('private, no-store')

    await payload.update({ collection: 'episodes', id: episode.id, locale: 'ja', data: { _status: 'published' } })
    const reader = await call('GET', `/media/file/${doc.filename}`, { headers: { Range: 'bytes=0-9' } })
    expect(reader.status).toBe(206)
    expect(reader.headers.get('cache-control')).toBe('public, max-age=3600')
    expect(Buffer.from(await reader.arrayBuffer()).equals(audio.subarray(0, 10))).toBe(true)
  })
})
