/**
 * Uploaded files behind the nginx of docker-compose (deploy/nginx/column.conf) and from the
 * production app: both give every stored file the type of its extension from the same map, with
 * `nosniff` and the sandboxing CSP; a missing file is a 404 and no path leads out of the media
 * volume. Request bodies are small everywhere except on the media upload route.
 */
import { randomUUID } from 'node:crypto'
import { readdirSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { acceptedFormats, servedContentType, servedContentTypes, storedFileHeaders } from '@/lib/media/file-types'
import { silentMp3 } from '@/tooling/seed/placeholder-audio'
import type { Media } from '@/payload-types'

import { acceptedSamples, type SampleFile } from '../helpers/media-files'
import { TEST_SECRET } from '../setup/test-secret'
import { ensureNginx, startNginx, type RunningNginx } from '../../tooling/server/nginx'
import { runScript } from '../../tooling/server/production-server'

const app = inject('baseUrl')
const databaseUrl = inject('databaseUrl')
const mediaDirectory = path.resolve('media')
const run = `e2e-uploads-${Date.now().toString(36)}`
let sequence = 0
const nameFor = (extension: string) => `${run}-${++sequence}${extension ? `.${extension}` : ''}`

const editor = { email: `${run}@uploads.example`, password: `${randomUUID()}-${randomUUID()}` }
let nginx: RunningNginx
let token: string
let accepted: Record<string, SampleFile[]>

beforeAll(async () => {
  ensureNginx()
  nginx = await startNginx(app)
  runScript('tests/e2e/editor-account.ts', ['create', editor.email, editor.password], {
    databaseUrl,
    secret: TEST_SECRET,
  })
  const login = await fetch(`${app}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(editor),
  })
  expect(login.status).toBe(200)
  token = ((await login.json()) as { token: string }).token
  accepted = await acceptedSamples()
})

afterAll(async () => {
  await nginx?.stop()
  runScript('tests/e2e/editor-account.ts', ['delete', editor.email], { databaseUrl, secret: TEST_SECRET })
  // Whatever a failed expectation left behind.
  for (const file of readdirSync(mediaDirectory).filter((name) => name.startsWith(run)))
    rmSync(path.join(mediaDirectory, file))
})

function send(base: string, method: 'POST' | 'PATCH', apiPath: string, data: Buffer, filename: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)]), filename)
  form.append('_payload', JSON.stringify({ alt: 'テスト画像' }))
  return fetch(`${base}${apiPath}`, { method, headers: { authorization: `JWT ${token}` }, body: form })
}

function deleteMedia(id: number) {
  return fetch(`${app}/api/media/${id}`, { method: 'DELETE', headers: { authorization: `JWT ${token}` } })
}

/**
 * A stored file from nginx or from the app, as the editor: readers get only the files that
 * published content uses (tests/e2e/reader.test.ts and draft-doors.test.ts check that side).
 */
function getStoredFile(base: string, filename: string, init: RequestInit = {}) {
  return fetch(`${base}/api/media/file/${filename}`, { ...init, headers: { authorization: `JWT ${token}` } })
}

function expectStoredFileHeaders(response: Response, contentType: string, what: string) {
  expect(response.headers.get('content-type'), what).toBe(contentType)
  for (const [name, value] of Object.entries(storedFileHeaders))
    expect(response.headers.get(name), `${name} of ${what}`).toBe(value)
}

/** A request with its path sent exactly as written (fetch would resolve `..` first). */
function rawGet(base: string, rawPath: string): Promise<{ status: number; location?: string; body: string }> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve, reject) => {
    const request = http.request({ host: hostname, port, path: rawPath, method: 'GET' }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({
          status: response.statusCode!,
          location: response.headers.location,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      )
    })
    request.on('error', reject)
    request.end()
  })
}

/** The answer at the end of up to three redirects (Next tidies `//` in a path with a 308). */
async function rawGetFollowing(base: string, rawPath: string) {
  let answer = await rawGet(base, rawPath)
  for (let hops = 0; hops < 3 && answer.status >= 300 && answer.status < 400 && answer.location; hops++) {
    answer = await rawGet(base, new URL(answer.location, base).pathname)
  }
  return answer
}

/** The status nginx answers a POST that announces `length` bytes, after sending only the first few. */
function statusForAnnouncedBody(base: string, apiPath: string, length: number): Promise<number> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: hostname,
      port,
      path: apiPath,
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'content-length': String(length),
        authorization: `JWT ${token}`,
      },
    })
    request.on('response', (response) => {
      response.resume()
      resolve(response.statusCode!)
      request.destroy()
    })
    request.on('error', reject)
    request.write(Buffer.alloc(1024))
  })
}

describe('stored files, from nginx and from the app', () => {
  it('go out with the type of their format, nosniff and the sandbox CSP, the same bytes from both', async () => {
    for (const format of acceptedFormats) {
      const sample = accepted[format.contentType]![0]!
      const uploaded = await send(nginx.url, 'POST', '/api/media', sample.data, nameFor(format.extensions[0]!))
      expect(uploaded.status, format.label).toBe(201)
      const { doc } = (await uploaded.json()) as { doc: Media }
      // The upload in its own format, and for an image its thumbnail, made in WebP (lib/media/image-sizes.ts).
      const files = [
        { filename: doc.filename!, contentType: format.contentType },
        ...(format.kind === 'image' ? [{ filename: doc.sizes!.thumbnail!.filename!, contentType: 'image/webp' }] : []),
      ]
      for (const { filename, contentType } of files) {
        const [fromNginx, fromApp] = await Promise.all([nginx.url, app].map((base) => getStoredFile(base, filename)))
        for (const [who, response] of [
          ['nginx', fromNginx!],
          ['app', fromApp!],
        ] as const) {
          expect(response.status, `${who}: ${filename}`).toBe(200)
          expectStoredFileHeaders(response, contentType, `${who}: ${filename}`)
          // No published content uses it yet: the editor's browser may keep it, no shared cache.
          expect(response.headers.get('cache-control'), `${who}: ${filename}`).toBe('private, no-store')
        }
        expect(Buffer.from(await fromNginx!.arrayBuffer()).equals(Buffer.from(await fromApp!.arrayBuffer()))).toBe(true)
        for (const base of [nginx.url, app]) {
          const forReader = await fetch(`${base}/api/media/file/${filename}`)
          expect(forReader.status, `${base}: ${filename} for a reader`).toBe(404)
          await forReader.arrayBuffer()
        }
      }
      expect((await deleteMedia(doc.id)).status).toBe(200)
    }
  })

  it('are typed by extension from one map in nginx and in the app: anything not in it is a download', async () => {
    const png = accepted['image/png']![0]!.data
    const extensions = [
      ...Object.keys(servedContentTypes),
      'svg',
      'html',
      'htm',
      'xhtml',
      'js',
      'json',
      'xml',
      'txt',
      'pdf',
      'php',
      'PNG',
      '',
    ]
    for (const extension of extensions) {
      const filename = nameFor(extension)
      writeFileSync(path.join(mediaDirectory, filename), png)
      try {
        for (const base of [nginx.url, app]) {
          const response = await getStoredFile(base, filename)
          expect(response.status, `${base} ${filename}`).toBe(200)
          expectStoredFileHeaders(
            response,
            servedContentType(filename),
            `${base === app ? 'app' : 'nginx'}: ${filename}`,
          )
          await response.arrayBuffer()
        }
      } finally {
        rmSync(path.join(mediaDirectory, filename))
      }
    }
  })

  it('that published content uses reach readers from both, for shared caches too', async () => {
    const listed = (await (await fetch(`${app}/api/media?limit=100&depth=0`)).json()) as { docs: Media[] }
    expect(listed.docs.length).toBeGreaterThan(0)
    for (const { filename, mimeType } of listed.docs) {
      for (const base of [nginx.url, app]) {
        const response = await fetch(`${base}/api/media/file/${filename}`)
        expect(response.status, `${base}: ${filename}`).toBe(200)
        expect(response.headers.get('content-type')).toBe(mimeType)
        expect(response.headers.get('cache-control'), `${base}: ${filename}`).toBe('public, max-age=3600')
        await response.arrayBuffer()
      }
    }
  })

  it('that do not exist are a 404, with the same headers', async () => {
    for (const filename of [nameFor('png'), nameFor('mp3'), nameFor('html')]) {
      for (const base of [nginx.url, app]) {
        const response = await getStoredFile(base, filename)
        expect(response.status, `${base} ${filename}`).toBe(404)
        for (const [name, value] of Object.entries(storedFileHeaders)) expect(response.headers.get(name)).toBe(value)
        await response.arrayBuffer()
      }
      // A reader learns no more: the same 404, from nginx and from the app.
      for (const base of [nginx.url, app]) {
        const forReader = await fetch(`${base}/api/media/file/${filename}`)
        expect(forReader.status, `${base} ${filename} for a reader`).toBe(404)
        await forReader.arrayBuffer()
      }
    }
  })

  it('never include a file outside the media volume, however the path is written', async () => {
    const attempts = [
      '/api/media/file/../../../package.json',
      '/api/media/file/..%2f..%2f..%2fpackage.json',
      '/api/media/file/%2e%2e/%2e%2e/%2e%2e/package.json',
      '/api/media/file/%2e%2e%2f%2e%2e%2f%2e%2e%2fpackage.json',
      '/api/media/file/..%252f..%252fpackage.json',
      '/api/media/file/....//....//package.json',
      '/api/media/file/..%5c..%5cpackage.json',
      '/api/media/file//etc/passwd',
      '/api/media/file/%2fetc%2fpasswd',
      '/api/media/file/..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/api/media/file/x%00.png',
    ]
    // (A bare `/api/media/file/..` is not among them: both resolve it to /api/media, the list.)
    for (const base of [nginx.url, app]) {
      for (const attempt of attempts) {
        const { status, body } = await rawGetFollowing(base, attempt)
        expect(status, `${base} ${attempt}`).toBeGreaterThanOrEqual(400)
        expect(status, `${base} ${attempt}`).toBeLessThan(500)
        expect(body, `${base} ${attempt}`).not.toMatch(/"name": "the-column"|root:x:0:0/)
      }
    }
  })
})

describe('request bodies through nginx', () => {
  it('are refused by nginx itself over 2 MB on every route but the media upload', async () => {
    const body = Buffer.alloc(3 * 1024 * 1024, 'a')
    for (const route of [
      '/api/users/login',
      '/api/graphql',
      '/api/episodes',
      '/api/media/file/x.png',
      '/admin',
      '/ja',
    ]) {
      const response = await fetch(`${nginx.url}${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      })
      expect(response.status, route).toBe(413)
      expect(await response.text(), route).toContain('<center>nginx')
    }
  })

  it('pass below that limit, for the app to judge', async () => {
    const query = `{ __typename ${' '.repeat(1536 * 1024)}}`
    const response = await fetch(`${nginx.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })
    expect(response.status).not.toBe(413)
    expect(await response.text()).not.toContain('<center>nginx')
  })

  it('may be large on the media upload route, for a new file and for a replacement', async () => {
    const episode = silentMp3(12_000) // 12 MB
    const created = await send(nginx.url, 'POST', '/api/media', episode, nameFor('mp3'))
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: Media }
    expect(doc.filesize).toBe(episode.length)

    const longer = silentMp3(15_000)
    const replaced = await send(nginx.url, 'PATCH', `/api/media/${doc.id}`, longer, nameFor('mp3'))
    expect(replaced.status).toBe(200)
    const { doc: replacedDoc } = (await replaced.json()) as { doc: Media }
    const served = await getStoredFile(nginx.url, replacedDoc.filename!, { method: 'HEAD' })
    expect(served.status).toBe(200)
    expect(served.headers.get('content-length')).toBe(String(longer.length))
    expectStoredFileHeaders(served, 'audio/mpeg', replacedDoc.filename!)
    expect((await deleteMedia(doc.id)).status).toBe(200)
  })

  it('are refused there too past what the app would read, and refusals from the app come through', async () => {
    expect(await statusForAnnouncedBody(nginx.url, '/api/media', 220 * 1024 * 1024)).toBe(413)
    const filename = nameFor('mp3')
    const page = Buffer.from('<!doctype html><script>alert(document.domain)</script>')
    const refused = await send(nginx.url, 'POST', '/api/media', page, filename)
    expect(refused.status).toBe(400)
    const body = (await refused.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
    expect(body.errors[0]?.data?.errors?.[0]).toMatchObject({
      path: 'file',
      message: expect.stringContaining(filename),
    })
  })
})
