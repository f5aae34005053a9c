/** Uploads: images get their sizes from sharp and need alternative text; audio is accepted as is. */
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'

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
  return sharp({ create: { width, height, channels: 3, background: '#1d5c63' } }).png().toBuffer()
}

/** A short silent WAV: RIFF header, 8 kHz mono 8-bit, 800 samples. */
function silentWav(): Buffer {
  const samples = 800
  const header = Buffer.alloc(44)
  header.write('RIFF', 0)
  header.writeUInt32LE(36 + samples, 4)
  header.write('WAVEfmt ', 8)
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20)
  header.writeUInt16LE(1, 22)
  header.writeUInt32LE(8000, 24)
  header.writeUInt32LE(8000, 28)
  header.writeUInt16LE(1, 32)
  header.writeUInt16LE(8, 34)
  header.write('data', 36)
  header.writeUInt32LE(samples, 40)
  return Buffer.concat([header, Buffer.alloc(samples, 128)])
}

async function upload(file: Buffer, filename: string, type: string, data: Record<string, unknown>, acceptLanguage = 'en') {
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

  it('accepts podcast audio without alternative text', async () => {
    const response = await upload(silentWav(), `episode-${Date.now()}.wav`, 'audio/wav', {})
    expect(response.status).toBe(201)
    expect(((await response.json()) as { doc: Media }).doc.mimeType).toMatch(/^audio\//)
  })

  it('refuses other kinds of files', async () => {
    const response = await upload(Buffer.from('%PDF-1.4\n%%EOF\n'), `notes-${Date.now()}.pdf`, 'application/pdf', {})
    expect(response.status).toBe(400)
  })
})
