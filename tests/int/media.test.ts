/**
 * Uploads: images get their sizes from sharp and need alternative text; podcast audio (MP3, M4A)
 * is accepted as is. What may be uploaded at all is tests/int/upload-safety.test.ts.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { silentMp3 } from '@/tooling/seed/placeholder-audio'
import type { Media } from '@/payload-types'

import { m4a } from '../helpers/media-files'
import { rest, testPayload } from '../helpers/payload'
import { ensureUser, tokenFor } from '../helpers/users'

let payload: Payload
let editor: string | undefined

beforeAll(async () => {
  payload = await testPayload()
  await ensureUser(payload, 'admin')
  editor = await tokenFor(payload, 'editor')
})

async function pngOf(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#1d5c63' } })
    .png()
    .toBuffer()
}

async function upload(
  file: Buffer,
  filename: string,
  type: string,
  data: Record<string, unknown>,
  acceptLanguage = 'en',
) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type }), filename)
  form.append('_payload', JSON.stringify(data))
  return rest('POST', '/media', { formData: form, token: editor, acceptLanguage })
}

describe('media uploads', () => {
  it('makes the image sizes for an image with alternative text', async () => {
    const response = await upload(await pngOf(2000, 1200), `hero-${Date.now()}.png`, 'image/png', {
      alt: '培養された細胞のイメージ',
    })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: Media }
    expect(doc.mimeType).toBe('image/png')
    expect(doc.sizes?.thumbnail?.width).toBe(400)
    expect(doc.sizes?.hero?.width).toBe(1600)
    expect(doc.sizes?.share).toMatchObject({ width: 1200, height: 630 })
  })

  it('refuses an image without alternative text', async () => {
    const filename = `no-alt-${Date.now()}.png`
    const response = await upload(await pngOf(800, 600), filename, 'image/png', {})
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
    expect(body.errors[0]?.data?.errors).toEqual([
      expect.objectContaining({ path: 'alt', message: 'An image needs alternative text.' }),
    ])
    expect((await payload.count({ collection: 'media', where: { filename: { equals: filename } } })).totalDocs).toBe(0)
  })

  it('accepts podcast audio, MP3 or M4A, without alternative text', async () => {
    for (const [file, extension, mimeType] of [
      [silentMp3(2), 'mp3', 'audio/mpeg'],
      [m4a(), 'm4a', 'audio/mp4'],
    ] as const) {
      const response = await upload(file, `episode-${Date.now()}.${extension}`, mimeType, {})
      expect(response.status).toBe(201)
      const { doc } = (await response.json()) as { doc: Media }
      expect(doc.mimeType).toBe(mimeType)
      await payload.delete({ collection: 'media', id: doc.id })
    }
  })

  it('refuses other kinds of files, saying so on the file', async () => {
    const filename = `notes-${Date.now()}.pdf`
    const response = await upload(Buffer.from('%PDF-1.4\n%%EOF\n'), filename, 'application/pdf', {})
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
    expect(body.errors[0]?.data?.errors).toEqual([
      expect.objectContaining({ path: 'file', message: expect.stringContaining(filename) }),
    ])
  })
})
