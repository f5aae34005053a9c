/**
 * The upload check and the byte ranges of the file route, on their own: every accepted format is
 * recognised under each of its extensions and refused under any other, and nothing else passes
 * under any name. tests/int/upload-safety.test.ts runs the same corpus through the REST API.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'

import { acceptedFormats, acceptedLabels, servedContentType, servedContentTypes } from '@/lib/media/file-types'
import { inspectUpload, withLowerCaseExtension } from '@/lib/media/inspect-upload'
import { byteRange } from '@/lib/media/serve-file'

import { acceptedSamples, forbiddenContents, forbiddenExtensions, type SampleFile } from '../helpers/media-files'

let accepted: Record<string, SampleFile[]>
let forbidden: SampleFile[]

beforeAll(async () => {
  accepted = await acceptedSamples()
  forbidden = await forbiddenContents()
})

const allowedExtensions = acceptedFormats.flatMap((format) => format.extensions as readonly string[])

describe('the upload check', () => {
  it('has a real sample of every accepted format', () => {
    expect(Object.keys(accepted).sort()).toEqual(acceptedFormats.map((format) => format.contentType).sort())
    expect(acceptedLabels).toBe('JPEG, PNG, WebP, MP3, M4A (AAC)')
  })

  it('accepts every accepted format under each of its extensions, in any case', async () => {
    for (const format of acceptedFormats) {
      for (const sample of accepted[format.contentType]!) {
        for (const extension of format.extensions) {
          for (const name of [`file.${extension}`, `FILE.${extension.toUpperCase()}`]) {
            const verdict = await inspectUpload({ name, data: sample.data })
            expect(verdict, `${sample.name} as ${name}`).toEqual({ accepted: true, format })
          }
        }
      }
    }
  })

  it('refuses every accepted format under any other extension', async () => {
    for (const format of acceptedFormats) {
      const others = [
        ...allowedExtensions.filter((extension) => !(format.extensions as readonly string[]).includes(extension)),
        ...forbiddenExtensions,
      ]
      for (const sample of accepted[format.contentType]!) {
        for (const extension of others) {
          const name = extension ? `file.${extension}` : 'file'
          const verdict = await inspectUpload({ name, data: sample.data })
          expect(verdict.accepted, `${sample.name} as ${name}`).toBe(false)
        }
      }
    }
  })

  it('refuses every forbidden content under every accepted extension', async () => {
    for (const sample of forbidden) {
      for (const extension of allowedExtensions) {
        const verdict = await inspectUpload({ name: `file.${extension}`, data: sample.data })
        expect(verdict.accepted, `${sample.name} as .${extension}`).toBe(false)
      }
    }
  })

  it('says why: the name, the content, a damaged file, nothing, or too much', async () => {
    const png = accepted['image/png']![0]!.data
    expect(await inspectUpload({ name: 'x.svg', data: png })).toMatchObject({ problem: 'extensionNotAccepted' })
    expect(await inspectUpload({ name: 'x.mp3', data: png })).toMatchObject({ problem: 'contentDoesNotMatchName' })
    expect(await inspectUpload({ name: 'x.png', data: Buffer.concat([png, Buffer.from('<html>')]) })).toMatchObject({
      problem: 'damaged',
    })
    expect(await inspectUpload({ name: 'x.png', data: Buffer.alloc(0) })).toMatchObject({ problem: 'empty' })
    expect(await inspectUpload({ name: 'x.png', data: Buffer.alloc(20 * 1024 * 1024 + 1) })).toMatchObject({
      problem: 'tooLarge',
    })
    expect(await inspectUpload({ name: 'x.mp3', data: Buffer.alloc(10), truncated: true })).toMatchObject({
      problem: 'tooLarge',
    })
  })

  it('keeps the name and lowers the case of its extension', () => {
    expect(withLowerCaseExtension('Clinic Visit.JPG')).toBe('Clinic Visit.jpg')
    expect(withLowerCaseExtension('episode-12.Mp3')).toBe('episode-12.mp3')
    expect(withLowerCaseExtension('README')).toBe('README')
  })
})

describe('the type a stored file is served with', () => {
  it('comes from its extension, and is application/octet-stream for anything not listed', () => {
    expect(servedContentType('photo.JPG')).toBe('image/jpeg')
    expect(servedContentType('episode.m4a')).toBe('audio/mp4')
    expect(servedContentType('old.wav')).toBe('audio/wav')
    for (const name of ['drawing.svg', 'page.html', 'x.png.html', 'script.js', 'noextension', '.png']) {
      expect(servedContentType(name), name).toBe('application/octet-stream')
    }
  })
})

describe('nginx', () => {
  it('serves the media volume with the same type map as the app, and nothing more', () => {
    const config = readFileSync('deploy/nginx/column.conf', 'utf8')
    const location = /location \^~ \/api\/media\/file\/ \{([\s\S]*?)\n    \}/.exec(config)?.[1]
    const types = /types \{([^}]*)\}/.exec(location ?? '')?.[1]
    expect(types, 'a types {} block in the media location').toBeDefined()
    const nginxMap = Object.fromEntries(
      types!
        .split(';')
        .map((line) => line.trim().split(/\s+/))
        .filter((words) => words.length > 1)
        .flatMap(([type, ...extensions]) => extensions.map((extension) => [extension, type])),
    )
    expect(nginxMap).toEqual(servedContentTypes)
    expect(location).toContain('default_type application/octet-stream;')
  })
})

describe('byte ranges', () => {
  it('reads a first, a closed, an open and a suffix range, capped at the end of the file', () => {
    expect(byteRange('bytes=0-0', 100)).toEqual({ start: 0, end: 0 })
    expect(byteRange('bytes=10-19', 100)).toEqual({ start: 10, end: 19 })
    expect(byteRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 })
    expect(byteRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 })
    expect(byteRange('bytes=50-500', 100)).toEqual({ start: 50, end: 99 })
    expect(byteRange('bytes=-500', 100)).toEqual({ start: 0, end: 99 })
    expect(byteRange('bytes=0-1, 5-6', 100)).toEqual({ start: 0, end: 1 })
  })

  it('sends the whole file when there is no range it can read, and refuses ranges outside the file', () => {
    for (const header of [null, '', 'bytes=', 'bytes=-', 'items=0-1', 'bytes=a-b'])
      expect(byteRange(header, 100), String(header)).toBeUndefined()
    for (const header of ['bytes=100-', 'bytes=20-10', 'bytes=-0'])
      expect(byteRange(header, 100), header).toBe('unsatisfiable')
    expect(byteRange('bytes=0-', 0)).toBe('unsatisfiable')
  })
})
