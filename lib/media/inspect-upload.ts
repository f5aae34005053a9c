/**
 * Decides whether an uploaded file may become media, before Payload writes or resizes anything.
 * A file is accepted only when its name ends in an accepted extension, `file-type` reads that same
 * format in its bytes (magic numbers), the container is whole from first byte to last, and, for
 * images, sharp decodes it. Each refusal says which rule failed, for a message in the editor's
 * language (collections/Media/hooks/refuseUnsafeUploads.ts).
 */
import { fileTypeFromBuffer } from 'file-type'
import sharp from 'sharp'

import { isWholeJpeg, isWholeM4a, isWholeMp3, isWholePng, isWholeWebp } from './file-structure'
import { acceptedFormatForExtension, extensionOf, maxFileBytes, type AcceptedFormat } from './file-types'

export interface UploadedFile {
  name: string
  data: Buffer
  /** Set by Payload's multipart parser when the file was cut at the largest limit. */
  truncated?: boolean
}

export type UploadVerdict =
  | { accepted: true; format: AcceptedFormat }
  | { accepted: false; problem: 'extensionNotAccepted' }
  | { accepted: false; problem: 'tooLarge'; format: AcceptedFormat }
  | { accepted: false; problem: 'empty' | 'contentDoesNotMatchName' | 'damaged'; format: AcceptedFormat }

const isWhole: Record<string, (data: Buffer) => boolean> = {
  'image/jpeg': isWholeJpeg,
  'image/png': isWholePng,
  'image/webp': isWholeWebp,
  'audio/mpeg': isWholeMp3,
  'audio/mp4': isWholeM4a,
}

/** sharp's own name for each image format, from its metadata. */
const sharpFormat: Record<string, string> = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' }

/** Decodes every pixel (downscaled on load where the format allows), failing on any warning. */
async function decodesAs(data: Buffer, contentType: string): Promise<boolean> {
  try {
    const image = sharp(data, { failOn: 'warning' })
    const { format } = await image.metadata()
    if (format !== sharpFormat[contentType]) return false
    await image.resize(64, 64, { fit: 'inside' }).raw().toBuffer()
    return true
  } catch {
    return false
  }
}

export async function inspectUpload(file: UploadedFile): Promise<UploadVerdict> {
  const format = acceptedFormatForExtension(extensionOf(file.name))
  if (!format) return { accepted: false, problem: 'extensionNotAccepted' }
  if (file.truncated || file.data.length > maxFileBytes[format.kind])
    return { accepted: false, problem: 'tooLarge', format }
  if (file.data.length === 0) return { accepted: false, problem: 'empty', format }
  const detected = await fileTypeFromBuffer(file.data).catch(() => undefined)
  if (detected?.mime !== format.detectedAs) return { accepted: false, problem: 'contentDoesNotMatchName', format }
  const whole =
    isWhole[format.contentType]!(file.data) &&
    (format.kind !== 'image' || (await decodesAs(file.data, format.contentType)))
  return whole ? { accepted: true, format } : { accepted: false, problem: 'damaged', format }
}

/** The file name with its extension in lower case (`Photo.JPG` becomes `Photo.jpg`), as the type maps list it. */
export function withLowerCaseExtension(filename: string): string {
  const extension = extensionOf(filename)
  return extension ? `${filename.slice(0, filename.length - extension.length)}${extension}` : filename
}
