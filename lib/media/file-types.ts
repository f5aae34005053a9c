/**
 * The kinds of file the column accepts as media, and the type every stored file is served with.
 * One list for the upload check (collections/Media), the app's file route (lib/media/serve-file.ts)
 * and the nginx `types {}` map in deploy/nginx/column.conf, which must say the same; the
 * integration and e2e tests compare them. docs/security-uploads.md explains the choices.
 */

const MB = 1024 * 1024

export type MediaKind = 'image' | 'audio'

export interface AcceptedFormat {
  /** What editors and messages call it. */
  label: string
  kind: MediaKind
  /** The type stored on the document and sent when the file is served. */
  contentType: string
  /** File name extensions, lower case; the first is the one Payload's image sizes keep. */
  extensions: readonly string[]
  /** What `file-type` reports when it reads this format's bytes. */
  detectedAs: string
}

/**
 * What editors upload, and nothing that can carry script. Left out on purpose:
 * SVG (a document that runs script), GIF (no photographs or diagrams need it, and it is the
 * classic polyglot carrier), AVIF and HEIC (what social networks and podcast directories do not
 * take for share images; HEIC cannot be decoded here), WAV (an hour is 600 MB, and Apple
 * Podcasts does not take it), Ogg, Opus and raw AAC (not taken by Apple Podcasts: export M4A).
 */
export const acceptedFormats = [
  { label: 'JPEG', kind: 'image', contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'], detectedAs: 'image/jpeg' },
  { label: 'PNG', kind: 'image', contentType: 'image/png', extensions: ['png'], detectedAs: 'image/png' },
  { label: 'WebP', kind: 'image', contentType: 'image/webp', extensions: ['webp'], detectedAs: 'image/webp' },
  { label: 'MP3', kind: 'audio', contentType: 'audio/mpeg', extensions: ['mp3'], detectedAs: 'audio/mpeg' },
  // `file-type` names an MP4 whose major brand is `M4A ` audio/x-m4a; audio/mp4 is the registered type.
  { label: 'M4A (AAC)', kind: 'audio', contentType: 'audio/mp4', extensions: ['m4a'], detectedAs: 'audio/x-m4a' },
] as const satisfies readonly AcceptedFormat[]

/** The largest file of each kind. A 6000×4000 JPEG at high quality is about 15 MB; an hour of podcast audio at 128 kbit/s is 58 MB, at 320 kbit/s 144 MB. */
export const maxFileBytes: Record<MediaKind, number> = { image: 20 * MB, audio: 200 * MB }

/**
 * For Payload's multipart parser (`upload` in payload.config.ts), which reads every multipart
 * request before any collection sees it. A file is cut at the largest limit and marked
 * `truncated` instead of failing the whole request, so the Media hook can refuse it with a 413
 * in the editor's language; the request as a whole may be a little larger (the fields), and
 * nginx lets exactly that much through on the media upload route (`client_max_body_size 210m`).
 */
export const multipartLimits = {
  limits: { fileSize: Math.max(...Object.values(maxFileBytes)) },
  abortOnLimit: false,
  requestSizeLimit: 210 * MB,
}

/**
 * The type each stored file is served with, by extension; anything else is
 * application/octet-stream. Besides the accepted formats it names the harmless image and audio
 * formats that were accepted before the allowlist (`image/*`, `audio/*`), so that files uploaded
 * then keep showing and playing. SVG is not among them, whenever it was uploaded.
 */
export const servedContentTypes: Readonly<Record<string, string>> = {
  ...Object.fromEntries(acceptedFormats.flatMap((format) => format.extensions.map((ext) => [ext, format.contentType]))),
  gif: 'image/gif',
  avif: 'image/avif',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/ogg',
  aac: 'audio/aac',
  flac: 'audio/flac',
}

export const fallbackContentType = 'application/octet-stream'

/**
 * Headers on every stored file, from the app and from nginx: the type is the one we name, and a
 * file opened on its own is a sandboxed document that may load nothing and run nothing, so an
 * uploaded file can never act on the admin's origin.
 */
export const storedFileHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
} as const

/** The extension of a file name, lower case, or '' when it has none. */
export function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.')
  return dot > 0 ? filename.slice(dot + 1).toLowerCase() : ''
}

export function acceptedFormatForExtension(extension: string): AcceptedFormat | undefined {
  return acceptedFormats.find((format) => (format.extensions as readonly string[]).includes(extension))
}

export function servedContentType(filename: string): string {
  return servedContentTypes[extensionOf(filename)] ?? fallbackContentType
}

/** The MIME types for Payload's own check and the admin's file picker. */
export const acceptedMimeTypes = [
  ...new Set(acceptedFormats.flatMap((format) => [format.contentType, format.detectedAs])),
]

/** "JPEG, PNG, WebP, MP3, M4A (AAC)", for messages. */
export const acceptedLabels = acceptedFormats.map((format) => format.label).join(', ')
