/**
 * Whether a file is one whole file of its format, from its first byte to its last: the magic
 * number alone says how a file starts, not that it is nothing else. A GIF header followed by
 * HTML, an MP3 frame with a page after it, or a PNG with a script appended all fail here. These
 * walk the container (chunks, frames, boxes) without decoding; images are also decoded with sharp
 * by lib/media/inspect-upload.ts.
 */

/** PNG: the signature, then chunks whose lengths lead exactly to the end of the IEND chunk. */
export function isWholePng(data: Buffer): boolean {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (data.length < 8 || signature.some((byte, index) => data[index] !== byte)) return false
  let position = 8
  let first = true
  while (data.length - position >= 12) {
    const length = data.readUInt32BE(position)
    const type = data.toString('latin1', position + 4, position + 8)
    if (length > 0x7fffffff || !/^[A-Za-z]{4}$/.test(type) || (first && type !== 'IHDR')) return false
    position += 12 + length
    if (type === 'IEND') return position === data.length
    first = false
  }
  return false
}

/** JPEG: starts with the start-of-image marker and ends with the end-of-image marker. */
export function isWholeJpeg(data: Buffer): boolean {
  return (
    data.length > 4 &&
    data[0] === 0xff &&
    data[1] === 0xd8 &&
    data[2] === 0xff &&
    data[data.length - 2] === 0xff &&
    data[data.length - 1] === 0xd9
  )
}

/** WebP: a RIFF file whose declared size is exactly the rest of the file. */
export function isWholeWebp(data: Buffer): boolean {
  return (
    data.length >= 20 &&
    data.toString('latin1', 0, 4) === 'RIFF' &&
    data.toString('latin1', 8, 12) === 'WEBP' &&
    data.readUInt32LE(4) + 8 === data.length
  )
}

// MPEG audio frame header tables, in kbit/s and Hz (ISO 11172-3, 13818-3).
const layer3Bitrates = {
  mpeg1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  mpeg2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
}
const sampleRates = { mpeg1: [44100, 48000, 32000], mpeg2: [22050, 24000, 16000], 'mpeg2.5': [11025, 12000, 8000] }

/** The length of the MPEG-1/2/2.5 Layer III frame starting at `position`, or 0 when there is none. */
function mp3FrameLength(data: Buffer, position: number): number {
  if (data.length - position < 4 || data[position] !== 0xff) return 0
  const versionBits = (data[position + 1]! >> 3) & 0b11
  const layerBits = (data[position + 1]! >> 1) & 0b11
  if ((data[position + 1]! & 0xe0) !== 0xe0 || versionBits === 0b01 || layerBits !== 0b01) return 0
  const version = versionBits === 0b11 ? 'mpeg1' : versionBits === 0b10 ? 'mpeg2' : 'mpeg2.5'
  const bitrateIndex = data[position + 2]! >> 4
  const sampleRateIndex = (data[position + 2]! >> 2) & 0b11
  const padding = (data[position + 2]! >> 1) & 1
  // Index 0 is "free format", 15 is forbidden; sample-rate index 3 is reserved.
  if (bitrateIndex === 0 || bitrateIndex === 15 || sampleRateIndex === 3) return 0
  const bitrate = layer3Bitrates[version === 'mpeg1' ? 'mpeg1' : 'mpeg2'][bitrateIndex]! * 1000
  const sampleRate = sampleRates[version][sampleRateIndex]!
  const samplesPerByte = version === 'mpeg1' ? 144 : 72
  return Math.floor((samplesPerByte * bitrate) / sampleRate) + padding
}

/** ID3v2 tags at the start (their size is a 28-bit "syncsafe" integer), and zero padding after them. */
function skipLeadingTags(data: Buffer): number | undefined {
  let position = 0
  while (data.length - position >= 10 && data.toString('latin1', position, position + 3) === 'ID3') {
    const sizeBytes = data.subarray(position + 6, position + 10)
    if (sizeBytes.some((byte) => byte >= 0x80)) return undefined
    const size = (sizeBytes[0]! << 21) | (sizeBytes[1]! << 14) | (sizeBytes[2]! << 7) | sizeBytes[3]!
    const hasFooter = (data[position + 5]! & 0x10) !== 0
    position += 10 + size + (hasFooter ? 10 : 0)
  }
  while (position < data.length && data[position] === 0) position++
  return position
}

/** What may follow the last frame: nothing, an APEv2 tag, an ID3v1 tag, or an APEv2 tag then ID3v1. */
function isTrailingTag(data: Buffer, position: number): boolean {
  if (position === data.length) return true
  if (data.length - position === 128 && data.toString('latin1', position, position + 3) === 'TAG') return true
  if (data.length - position >= 64 && data.toString('latin1', position, position + 8) === 'APETAGEX') {
    // An APEv2 header's size counts the items and the footer, not the header itself.
    const end = position + 32 + data.readUInt32LE(position + 12)
    return end === data.length || (data.length - end === 128 && data.toString('latin1', end, end + 3) === 'TAG')
  }
  return false
}

/** MP3: optional ID3v2 tags, then Layer III frames back to back, then at most a trailing tag. */
export function isWholeMp3(data: Buffer): boolean {
  let position = skipLeadingTags(data)
  if (position === undefined) return false
  let frames = 0
  for (let length = mp3FrameLength(data, position); length > 0 && position + length <= data.length;) {
    position += length
    frames++
    length = mp3FrameLength(data, position)
  }
  return frames > 0 && isTrailingTag(data, position)
}

interface Box {
  type: string
  start: number
  /** Where the box's content starts, after its header. */
  contentStart: number
  end: number
}

const MAX_BOXES = 10_000

/** The boxes laid end to end in data[start, end), or undefined unless they fill it exactly. */
function boxesIn(data: Buffer, start: number, end: number): Box[] | undefined {
  const boxes: Box[] = []
  let position = start
  while (position < end) {
    if (end - position < 8 || boxes.length >= MAX_BOXES) return undefined
    const size32 = data.readUInt32BE(position)
    const type = data.toString('latin1', position + 4, position + 8)
    if (!/^[\x20-\x7e\xa9]{4}$/.test(type)) return undefined
    let size = size32
    let headerSize = 8
    if (size32 === 1) {
      if (end - position < 16) return undefined
      const size64 = data.readBigUInt64BE(position + 8)
      if (size64 > BigInt(Number.MAX_SAFE_INTEGER)) return undefined
      size = Number(size64)
      headerSize = 16
    } else if (size32 === 0) {
      size = end - position // "to the end of the file"
    }
    if (size < headerSize || size > end - position) return undefined
    boxes.push({ type, start: position, contentStart: position + headerSize, end: position + size })
    position += size
  }
  return boxes
}

function childBox(data: Buffer, parent: Box, type: string): Box | undefined {
  return boxesIn(data, parent.contentStart, parent.end)?.find((box) => box.type === type)
}

/** A track's handler type (`soun`, `vide`, ...) from trak/mdia/hdlr. */
function handlerType(data: Buffer, trak: Box): string | undefined {
  const mdia = childBox(data, trak, 'mdia')
  const hdlr = mdia && childBox(data, mdia, 'hdlr')
  // Version and flags (4 bytes), pre_defined (4), then the handler type.
  if (!hdlr || hdlr.end - hdlr.contentStart < 12) return undefined
  return data.toString('latin1', hdlr.contentStart + 8, hdlr.contentStart + 12)
}

/**
 * M4A: an MP4 file whose boxes fill the file exactly, whose major brand is `M4A ` (what iTunes,
 * GarageBand, ffmpeg and Audacity write for .m4a), with a movie box, media data, and a sound track.
 */
export function isWholeM4a(data: Buffer): boolean {
  const boxes = boxesIn(data, 0, data.length)
  const [ftyp] = boxes ?? []
  if (!boxes || ftyp?.type !== 'ftyp' || ftyp.end - ftyp.contentStart < 8) return false
  if (data.toString('latin1', ftyp.contentStart, ftyp.contentStart + 4) !== 'M4A ') return false
  const moov = boxes.find((box) => box.type === 'moov')
  if (!moov || !boxes.some((box) => box.type === 'mdat')) return false
  const tracks = boxesIn(data, moov.contentStart, moov.end)?.filter((box) => box.type === 'trak') ?? []
  return tracks.some((trak) => handlerType(data, trak) === 'soun')
}
