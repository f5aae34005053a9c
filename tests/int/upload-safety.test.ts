/**
 * Uploads through Payload's REST handlers on a real database and the real media/ directory: only
 * the accepted formats under their own extensions become media; everything else is refused with a
 * 4xx naming the file in the editor's language, and leaves no row and no file behind. Stored files
 * come back from the app with the type of our map, `nosniff` and a sandboxing CSP; a missing file
 * is a 404 and no name reaches outside media/.
 */
import config from '@payload-config'
import { REST_GET } from '@payloadcms/next/routes'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { acceptedFormats, maxFileBytes, servedContentTypes, storedFileHeaders } from '@/lib/media/file-types'
import { inspectUpload } from '@/lib/media/inspect-upload'
import { silentMp3 } from '@/tooling/seed/placeholder-audio'
import type { Media } from '@/payload-types'

import { acceptedSamples, forbiddenContents, forbiddenExtensions, type SampleFile } from '../helpers/media-files'
import { rest, testPayload } from '../helpers/payload'
import { ensureUser, tokenFor } from '../helpers/users'

const mediaDirectory = path.resolve('media')
const restGet = REST_GET(config)
const run = `upload-safety-${Date.now().toString(36)}`
let sequence = 0
/**
 * A file name of this run, `upload-safety-<run>-<nnnn>.<extension>`, so its traces can be looked
 * for; the fixed width keeps one name's stem from being the start of another's.
 */
const nameFor = (extension: string) =>
  `${run}-${String(++sequence).padStart(4, '0')}${extension ? `.${extension}` : ''}`
const stemOf = (filename: string) => filename.replace(/\.[^.]*$/, '')

let payload: Payload
let editor: string | undefined
let accepted: Record<string, SampleFile[]>
let forbidden: SampleFile[]
const allowedExtensions = acceptedFormats.flatMap((format) => format.extensions as readonly string[])

beforeAll(async () => {
  payload = await testPayload()
  await ensureUser(payload, 'admin')
  editor = await tokenFor(payload, 'editor')
  accepted = await acceptedSamples()
  forbidden = await forbiddenContents()
})

afterAll(() => {
  // Whatever a failed expectation left behind.
  for (const file of readdirSync(mediaDirectory).filter((name) => name.startsWith(run)))
    rmSync(path.join(mediaDirectory, file))
})

/** What a browser would claim for the name: the claim is never trusted, so it may as well look right. */
const claimedType = (filename: string) =>
  servedContentTypes[filename.split('.').pop()!.toLowerCase()] ?? 'application/octet-stream'

function formWith(data: Buffer, filename: string, fields: Record<string, unknown> = { alt: '細胞の写真' }): FormData {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type: claimedType(filename) }), filename)
  form.append('_payload', JSON.stringify(fields))
  return form
}

function upload(data: Buffer, filename: string, acceptLanguage = 'en') {
  return rest('POST', '/media', { formData: formWith(data, filename), token: editor, acceptLanguage })
}

type ErrorBody = { errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }

/** A 4xx whose message, on the `file` field, names the file in the request's language; no row, no file. */
async function expectRefused(response: Response, filename: string, language: 'ja' | 'en', status?: number) {
  const what = `${filename} (${language})`
  expect(response.status, what).toBeGreaterThanOrEqual(400)
  expect(response.status, what).toBeLessThan(500)
  if (status) expect(response.status, what).toBe(status)
  const body = (await response.json()) as ErrorBody
  const [fieldError] = body.errors[0]?.data?.errors ?? []
  expect(fieldError?.path, what).toBe('file')
  expect(fieldError?.message, what).toContain(language === 'ja' ? `「${filename}」` : `"${filename}"`)
  expect(body.errors[0]?.message, what).toBe(fieldError?.message)
  await expectNoTrace(filename)
}

async function expectNoTrace(filename: string) {
  const stem = stemOf(filename)
  const { totalDocs } = await payload.count({ collection: 'media', where: { filename: { contains: stem } } })
  expect(totalDocs, `rows for ${filename}`).toBe(0)
  expect(
    readdirSync(mediaDirectory).filter((name) => name.startsWith(stem)),
    `files for ${filename}`,
  ).toEqual([])
}

const languages = ['en', 'ja'] as const
const languageFor = (index: number) => languages[index % 2]!

describe('files that become media', () => {
  it('are every accepted format under each of its extensions, stored with the type of the list', async () => {
    for (const format of acceptedFormats) {
      for (const sample of accepted[format.contentType]!) {
        for (const extension of [...format.extensions, format.extensions[0]!.toUpperCase()]) {
          const filename = nameFor(extension)
          const response = await upload(sample.data, filename)
          expect(response.status, `${sample.name} as ${filename}`).toBe(201)
          const { doc } = (await response.json()) as { doc: Media }
          expect(doc.mimeType).toBe(format.contentType)
          expect(doc.filename).toBe(`${stemOf(filename)}.${extension.toLowerCase()}`)
          // As sent, but for WebP, which Payload encodes again (it may be animated).
          const stored = readFileSync(path.join(mediaDirectory, doc.filename!))
          if (format.contentType !== 'image/webp') expect(stored.equals(sample.data)).toBe(true)
          expect(await inspectUpload({ name: doc.filename!, data: stored })).toEqual({ accepted: true, format })
          await payload.delete({ collection: 'media', id: doc.id })
          await expectNoTrace(filename)
        }
      }
    }
  })
})

describe('files that are refused', () => {
  it('include every accepted format under any other extension, accepted or not', async () => {
    let index = 0
    for (const format of acceptedFormats) {
      const others = [
        ...allowedExtensions.filter((extension) => !(format.extensions as readonly string[]).includes(extension)),
        ...forbiddenExtensions,
      ]
      for (const sample of accepted[format.contentType]!) {
        for (const extension of others) {
          const filename = nameFor(extension)
          const language = languageFor(index++)
          await expectRefused(await upload(sample.data, filename, language), filename, language, 400)
        }
      }
    }
  })

  it('include markup, script, documents, archives, executables, other formats, nothing, noise and polyglots under every accepted extension', async () => {
    let index = 0
    for (const sample of forbidden) {
      for (const extension of allowedExtensions) {
        const filename = nameFor(extension)
        const language = languageFor(index++)
        await expectRefused(await upload(sample.data, filename, language), filename, language, 400)
      }
    }
  })

  it('include an image over 20 MB and audio over 200 MB, with a 413', async () => {
    const width = 2700
    const height = 2700
    const noisy = sharp({
      create: { width, height, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 60 } },
    })
    const largeImage = await noisy.png({ compressionLevel: 0 }).toBuffer()
    expect(largeImage.length).toBeGreaterThan(maxFileBytes.image)
    const imageName = nameFor('png')
    await expectRefused(await upload(largeImage, imageName, 'ja'), imageName, 'ja', 413)

    // Cut at 200 MB by the multipart parser, then refused by name and size.
    // silentMp3 writes 1,000 bytes a second.
    const longAudio = silentMp3((maxFileBytes.audio + 1024 * 1024) / 1000)
    expect(longAudio.length).toBeGreaterThan(maxFileBytes.audio)
    const audioName = nameFor('mp3')
    const response = await upload(longAudio, audioName, 'en')
    await expectRefused(response, audioName, 'en', 413)
  })

  it('include a replacement file on an existing document, which keeps its file', async () => {
    const png = accepted['image/png']![0]!.data
    const created = (await (await upload(png, nameFor('png'))).json()) as { doc: Media }
    const html = forbidden.find((sample) => sample.name === 'an HTML page')!.data
    const replacement = nameFor('png')
    const response = await rest('PATCH', `/media/${created.doc.id}`, {
      formData: formWith(html, replacement),
      token: editor,
      acceptLanguage: 'ja',
    })
    await expectRefused(response, replacement, 'ja', 400)
    const kept = await payload.findByID({ collection: 'media', id: created.doc.id })
    expect(kept.filename).toBe(created.doc.filename)
    expect(readFileSync(path.join(mediaDirectory, kept.filename!)).equals(png)).toBe(true)
    await payload.delete({ collection: 'media', id: created.doc.id })
  })

  it('include a document without a file, which Payload would otherwise fetch from its url', async () => {
    const filename = nameFor('png')
    const response = await rest('POST', '/media', {
      body: { alt: 'x', filename, url: 'http://127.0.0.1:9/x.png' },
      token: editor,
      acceptLanguage: 'en',
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as ErrorBody
    expect(body.errors[0]?.data?.errors?.[0]).toEqual({
      path: 'file',
      message: 'Choose a file to upload (files are not fetched from other addresses).',
    })
    await expectNoTrace(filename)
  })

  it('do not concern a reader, who may not upload anything', async () => {
    const filename = nameFor('png')
    const form = formWith(accepted['image/png']![0]!.data, filename)
    expect((await rest('POST', '/media', { formData: form })).status).toBe(403)
    await expectNoTrace(filename)
  })
})

/**
 * GET /api/media/file/<filename> through Payload's REST handler, as the editor unless `anonymous`
 * (readers may fetch only files that published content uses), with request headers (a Range).
 */
function getFile(filename: string, headers: Record<string, string> = {}, anonymous = false) {
  const url = new URL(`http://localhost/api/media/file/${filename}`)
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .map(decodeURIComponent)
  const authorization: Record<string, string> = anonymous ? {} : { authorization: `JWT ${editor}` }
  return restGet(new Request(url, { headers: { ...authorization, ...headers } }), { params: Promise.resolve({ slug }) })
}

describe('the app’s file route', () => {
  function expectStoredFileHeaders(response: Response, contentType: string, what: string) {
    expect(response.headers.get('content-type'), what).toBe(contentType)
    for (const [name, value] of Object.entries(storedFileHeaders))
      expect(response.headers.get(name), `${name} of ${what}`).toBe(value)
  }

  it('serves every accepted format, and the sizes made of images, with its type, nosniff and the sandbox CSP', async () => {
    for (const format of acceptedFormats) {
      const sample = accepted[format.contentType]![0]!
      const { doc } = (await (await upload(sample.data, nameFor(format.extensions[0]!))).json()) as { doc: Media }
      const response = await getFile(doc.filename!)
      expect(response.status).toBe(200)
      expectStoredFileHeaders(response, format.contentType, doc.filename!)
      expect(
        Buffer.from(await response.arrayBuffer()).equals(readFileSync(path.join(mediaDirectory, doc.filename!))),
      ).toBe(true)
      if (format.kind === 'image') {
        const thumbnail = doc.sizes?.thumbnail?.filename
        expect(thumbnail, 'a thumbnail').toBeTruthy()
        const sized = await getFile(thumbnail!)
        expect(sized.status).toBe(200)
        // The responsive sizes are made in WebP whatever the upload's format (lib/media/image-sizes.ts).
        expect(doc.sizes?.thumbnail?.mimeType).toBe('image/webp')
        expectStoredFileHeaders(sized, 'image/webp', thumbnail!)
        await sized.arrayBuffer()
      }
      await payload.delete({ collection: 'media', id: doc.id })
    }
  })

  it('types a stored file by its extension alone: PNG bytes named .html or .svg are not a page', async () => {
    const png = accepted['image/png']![0]!.data
    const extensions = [...Object.keys(servedContentTypes), 'svg', 'html', 'htm', 'js', 'xml', 'txt', 'pdf']
    for (const extension of extensions) {
      const filename = nameFor(extension)
      writeFileSync(path.join(mediaDirectory, filename), png)
      try {
        const response = await getFile(filename)
        expect(response.status, filename).toBe(200)
        expectStoredFileHeaders(response, servedContentTypes[extension] ?? 'application/octet-stream', filename)
        await response.arrayBuffer()
      } finally {
        rmSync(path.join(mediaDirectory, filename))
      }
    }
  })

  it('serves a byte range of audio, for players that seek', async () => {
    const mp3 = accepted['audio/mpeg']![0]!.data
    const { doc } = (await (await upload(mp3, nameFor('mp3'))).json()) as { doc: Media }
    const partial = await getFile(doc.filename!, { range: 'bytes=36-71' })
    expect(partial.status).toBe(206)
    expect(partial.headers.get('content-range')).toBe(`bytes 36-71/${mp3.length}`)
    expectStoredFileHeaders(partial, 'audio/mpeg', doc.filename!)
    expect(Buffer.from(await partial.arrayBuffer()).equals(mp3.subarray(36, 72))).toBe(true)
    const outside = await getFile(doc.filename!, { range: `bytes=${mp3.length}-` })
    expect(outside.status).toBe(416)
    expect(outside.headers.get('content-range')).toBe(`bytes */${mp3.length}`)
    await payload.delete({ collection: 'media', id: doc.id })
  })

  it('answers 404 for a file that does not exist, and a reader a 4xx that says no more', async () => {
    for (const filename of [nameFor('png'), nameFor('mp3'), nameFor('svg'), nameFor('')]) {
      const response = await getFile(filename)
      expect(response.status, filename).toBe(404)
      expect(((await response.json()) as ErrorBody).errors[0]?.message).toBeTruthy()
      // Payload's read check comes first: a file no published content uses is a 403 to a reader.
      const forReader = await getFile(filename, {}, true)
      expect(forReader.status, filename).toBeGreaterThanOrEqual(400)
      expect(forReader.status, filename).toBeLessThan(500)
      await forReader.arrayBuffer()
    }
  })

  it('refuses names that lead out of media/, however they are written', async () => {
    const outside = readFileSync('package.json')
    expect(existsSync(path.join(mediaDirectory, '..', 'package.json'))).toBe(true)
    const attempts = [
      '..%2Fpackage.json',
      '%2e%2e%2fpackage.json',
      '%2E%2E%2Fpackage.json',
      '..%5Cpackage.json',
      '%2e%2e%5cpackage.json',
      '.%2F..%2Fpackage.json',
      '..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd',
      '%2Fetc%2Fpasswd',
      `${mediaDirectory.split('/').map(encodeURIComponent).join('%2F')}%2F..%2Fpackage.json`,
      'x%00.png',
      '%00',
      '.%2Fpackage.json',
    ]
    for (const attempt of attempts) {
      for (const anonymous of [false, true]) {
        const response = await getFile(attempt, {}, anonymous)
        expect(response.status, attempt).toBeGreaterThanOrEqual(400)
        expect(response.status, attempt).toBeLessThan(500)
        const body = Buffer.from(await response.arrayBuffer())
        expect(body.equals(outside), attempt).toBe(false)
        expect(body.toString('utf8'), attempt).not.toMatch(/"name": "the-column"|root:x:0:0/)
      }
    }
  })
})
