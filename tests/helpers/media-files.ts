/**
 * Files for the upload tests, made here rather than stored: a real file of every accepted format,
 * and contents that must never become media (markup, script, documents, archives, executables,
 * other image and audio formats, polyglots, damaged files).
 */
import sharp from 'sharp'

import { silentMp3 } from '@/tooling/seed/placeholder-audio'

export interface SampleFile {
  /** A short name for test titles. */
  name: string
  data: Buffer
}

const u8 = (value: number) => Buffer.from([value])
const u16 = (value: number) => {
  const buffer = Buffer.alloc(2)
  buffer.writeUInt16BE(value)
  return buffer
}
const u32 = (value: number) => {
  const buffer = Buffer.alloc(4)
  buffer.writeUInt32BE(value)
  return buffer
}

/** An ISO base media box; a "full box" starts with a version byte and 24 bits of flags. */
function box(type: string, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content)
  return Buffer.concat([u32(8 + body.length), Buffer.from(type, 'latin1'), body])
}
const fullBox = (type: string, flags: number, ...content: Buffer[]) => box(type, u32(flags), ...content)

/** An MPEG-4 descriptor: tag, one-byte length (ours are short), content. */
const descriptor = (tag: number, ...content: Buffer[]) => {
  const body = Buffer.concat(content)
  return Buffer.concat([u8(tag), u8(body.length), body])
}

const identityMatrix = Buffer.concat([0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000].map(u32))

/**
 * An M4A as iTunes and ffmpeg lay it out: `ftyp` with major brand `M4A `, a movie with one AAC-LC
 * sound track (44.1 kHz mono) of `frames` silent frames, and the media data.
 */
export function m4a(frames = 4): Buffer {
  const silentFrame = Buffer.from([0x21, 0x10, 0x04, 0x60, 0x8c, 0x1c])
  const duration = frames * 1024
  const audioSpecificConfig = Buffer.from([0x12, 0x08]) // AAC-LC, 44.1 kHz, mono
  const esds = fullBox(
    'esds',
    0,
    descriptor(
      0x03,
      u16(1),
      u8(0),
      descriptor(
        0x04,
        u8(0x40),
        u8(0x15),
        Buffer.alloc(3),
        u32(64_000),
        u32(64_000),
        descriptor(0x05, audioSpecificConfig),
      ),
      descriptor(0x06, u8(0x02)),
    ),
  )
  const mp4a = box(
    'mp4a',
    Buffer.alloc(6),
    u16(1),
    Buffer.alloc(8),
    u16(1),
    u16(16),
    u16(0),
    u16(0),
    u32(44_100 * 0x10000),
    esds,
  )
  const sampleTable = box(
    'stbl',
    fullBox('stsd', 0, u32(1), mp4a),
    fullBox('stts', 0, u32(1), u32(frames), u32(1024)),
    fullBox('stsc', 0, u32(1), u32(1), u32(frames), u32(1)),
    fullBox('stsz', 0, u32(silentFrame.length), u32(frames)),
    fullBox('stco', 0, u32(1), u32(0)), // patched below, once the offset of the media data is known
  )
  const track = box(
    'trak',
    fullBox(
      'tkhd',
      7,
      u32(0),
      u32(0),
      u32(1),
      u32(0),
      u32(duration),
      Buffer.alloc(8),
      u16(0),
      u16(0),
      u16(0x0100),
      u16(0),
      identityMatrix,
      u32(0),
      u32(0),
    ),
    box(
      'mdia',
      fullBox('mdhd', 0, u32(0), u32(0), u32(44_100), u32(duration), u16(0x55c4), u16(0)),
      fullBox('hdlr', 0, u32(0), Buffer.from('soun'), Buffer.alloc(12), Buffer.from('SoundHandler\0')),
      box(
        'minf',
        fullBox('smhd', 0, u16(0), u16(0)),
        box('dinf', fullBox('dref', 0, u32(1), fullBox('url ', 1))),
        sampleTable,
      ),
    ),
  )
  const movie = box(
    'moov',
    fullBox(
      'mvhd',
      0,
      u32(0),
      u32(0),
      u32(44_100),
      u32(duration),
      u32(0x10000),
      u16(0x0100),
      Buffer.alloc(10),
      identityMatrix,
      Buffer.alloc(24),
      u32(2),
    ),
    track,
  )
  const ftyp = box('ftyp', Buffer.from('M4A '), u32(0), Buffer.from('M4A mp42isom'))
  const file = Buffer.concat([ftyp, movie, box('mdat', ...Array.from({ length: frames }, () => silentFrame))])
  // The chunk offset: where the first sample starts, just after the `mdat` header.
  const stco = file.indexOf('stco', 0, 'latin1')
  file.writeUInt32BE(ftyp.length + movie.length + 8, stco + 12)
  return file
}

/** An MP3 with an ID3v2.3 tag (a title) before the frames and an ID3v1 tag after them. */
export function taggedMp3(): Buffer {
  const title = Buffer.concat([Buffer.from('TIT2'), u32(12), u16(0), u8(0), Buffer.from('placeholder')])
  const padding = Buffer.alloc(64)
  const size = title.length + padding.length
  const id3v2 = Buffer.concat([
    Buffer.from('ID3'),
    u8(3),
    u8(0),
    u8(0),
    Buffer.from([(size >> 21) & 0x7f, (size >> 14) & 0x7f, (size >> 7) & 0x7f, size & 0x7f]),
    title,
    padding,
  ])
  const id3v1 = Buffer.concat([Buffer.from('TAG'), Buffer.alloc(125)])
  return Buffer.concat([id3v2, silentMp3(2), id3v1])
}

/** A picture with some detail, so the encoders have something to encode; 480×320 gets a thumbnail. */
function picture(width = 480, height = 320) {
  return sharp({
    create: { width, height, channels: 3, background: '#1d5c63', noise: { type: 'gaussian', mean: 128, sigma: 20 } },
  })
}

/** One real file of each accepted format, by its content type. */
export async function acceptedSamples(): Promise<Record<string, SampleFile[]>> {
  return {
    'image/jpeg': [{ name: 'a JPEG photo', data: await picture().jpeg({ quality: 80 }).toBuffer() }],
    'image/png': [{ name: 'a PNG image', data: await picture().png().toBuffer() }],
    'image/webp': [{ name: 'a WebP image', data: await picture().webp().toBuffer() }],
    'audio/mpeg': [
      { name: 'an MP3 of bare frames', data: silentMp3(2) },
      { name: 'an MP3 with ID3 tags', data: taggedMp3() },
    ],
    'audio/mp4': [{ name: 'an M4A', data: m4a() }],
  }
}

/** A silent WAV: RIFF header, 8 kHz mono 8-bit. */
export function silentWav(samples = 800): Buffer {
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

/** A ZIP archive with one stored file, as `zip -0` writes it. */
function zipWithOneFile(): Buffer {
  const name = Buffer.from('index.html')
  const content = Buffer.from('<script>alert(1)</script>')
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(10, 4)
  local.writeUInt32LE(content.length, 18)
  local.writeUInt32LE(content.length, 22)
  local.writeUInt16LE(name.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(10, 6)
  central.writeUInt32LE(content.length, 20)
  central.writeUInt32LE(content.length, 24)
  central.writeUInt16LE(name.length, 28)
  const centralOffset = local.length + name.length + content.length
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + name.length, 12)
  end.writeUInt32LE(centralOffset, 16)
  return Buffer.concat([local, name, content, central, name, end])
}

/** A DOS/PE executable header: "MZ", the PE offset at 0x3c, then "PE\0\0" and a machine type. */
function windowsExecutable(): Buffer {
  const file = Buffer.alloc(256)
  file.write('MZ', 0, 'latin1')
  file.writeUInt32LE(0x80, 0x3c)
  file.write('PE\0\0', 0x80, 'latin1')
  file.writeUInt16LE(0x8664, 0x84)
  return file
}

function elfExecutable(): Buffer {
  const file = Buffer.alloc(128)
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]).copy(file)
  file.writeUInt16LE(2, 16) // ET_EXEC
  file.writeUInt16LE(0x3e, 18) // x86-64
  return file
}

const html = Buffer.from(
  '<!doctype html><html><body><script>fetch("/api/users/me").then((r) => r.text()).then(alert)</script></body></html>',
)

/**
 * Contents that must be refused whatever their name: markup and script, documents, archives,
 * executables, image and audio formats outside the list, nothing, noise, polyglots (a real
 * header with a page after it, a whole file with a page appended) and cut-off files.
 */
export async function forbiddenContents(): Promise<SampleFile[]> {
  const accepted = await acceptedSamples()
  const png = accepted['image/png']![0]!.data
  const jpeg = accepted['image/jpeg']![0]!.data
  const mp3 = accepted['audio/mpeg']![0]!.data
  const m4aFile = accepted['audio/mp4']![0]!.data
  return [
    {
      name: 'SVG with a script',
      data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>'),
    },
    {
      name: 'SVG with an XML prolog',
      data: Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
    },
    { name: 'an HTML page', data: html },
    { name: 'JavaScript', data: Buffer.from('fetch("/api/users/me").then((r) => r.text()).then(alert)\n') },
    {
      name: 'a PDF',
      data: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
    },
    { name: 'a ZIP archive', data: zipWithOneFile() },
    { name: 'a Windows executable', data: windowsExecutable() },
    { name: 'a Linux executable', data: elfExecutable() },
    { name: 'an empty file', data: Buffer.alloc(0) },
    { name: 'random bytes', data: Buffer.from(crypto.getRandomValues(new Uint8Array(4096))) },
    {
      name: 'a GIF',
      data: await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
        .gif()
        .toBuffer(),
    },
    {
      name: 'a TIFF',
      data: await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
        .tiff()
        .toBuffer(),
    },
    {
      name: 'an AVIF',
      data: await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
        .avif()
        .toBuffer(),
    },
    { name: 'a WAV', data: silentWav() },
    { name: 'a GIF header followed by HTML', data: Buffer.concat([Buffer.from('GIF89a'), html]) },
    { name: 'a PNG signature followed by HTML', data: Buffer.concat([png.subarray(0, 8), html]) },
    { name: 'a JPEG start followed by HTML', data: Buffer.concat([jpeg.subarray(0, 4), html]) },
    { name: 'an MP3 frame followed by HTML', data: Buffer.concat([mp3.subarray(0, 36), html]) },
    {
      name: 'an ID3 tag followed by HTML',
      data: Buffer.concat([Buffer.from('ID3\x03\x00\x00\x00\x00\x00\x00'), html]),
    },
    { name: 'a whole PNG with HTML appended', data: Buffer.concat([png, html]) },
    { name: 'a whole JPEG with HTML appended', data: Buffer.concat([jpeg, html]) },
    { name: 'a whole MP3 with HTML appended', data: Buffer.concat([mp3, html]) },
    { name: 'a whole M4A with HTML appended', data: Buffer.concat([m4aFile, html]) },
    { name: 'a PNG cut short', data: png.subarray(0, Math.floor(png.length / 2)) },
    { name: 'an M4A cut short', data: m4aFile.subarray(0, m4aFile.length - 3) },
  ]
}

/** Extensions that are never accepted, whatever the content. */
export const forbiddenExtensions = [
  'svg',
  'html',
  'htm',
  'xhtml',
  'js',
  'mjs',
  'gif',
  'avif',
  'heic',
  'tif',
  'pdf',
  'zip',
  'exe',
  'wav',
  'ogg',
  'txt',
  'json',
  'php',
  '',
]
