/**
 * The app's answer to GET /api/media/file/<filename>, as an upload handler (`upload.handlers`):
 * Payload runs it after its read-access check and before its own local-disk fallback, which
 * cannot be made to do either of the things done here (its `modifyResponseHeaders` is given the
 * headers but not the file name):
 *   - the type comes from the file's extension in lib/media/file-types.ts (the same map as nginx),
 *     never from sniffing the bytes, and goes out with `nosniff` and a sandboxing CSP;
 *   - a file that is not on disk is a 404. Payload answers 500 "Something went wrong." on purpose
 *     (payloadcms/payload#11295 kept the status while quieting the log); its storage adapters
 *     answer 404 since payloadcms/payload#10327, #11733 and #11746.
 * Single byte ranges are served (podcast players seek), with Content-Length (restored past Next.js
 * by lib/http/content-length.ts) and HEAD (app/(payload)/api/[...slug]/route.ts). The files are
 * on the local disk, where nginx serves them itself in production, or in an S3-compatible bucket
 * (lib/media/bucket-files.ts, plugins/media-storage.ts): the same answer either way.
 */
import { createReadStream, type Stats } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import type { Access, PayloadRequest, TypeWithID, UploadConfig } from 'payload'

import { servedContentType, storedFileHeaders } from './file-types'

export type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

export type ByteRange = { start: number; end: number }

/** A stored file found by name: its size, and its bytes from `start` to `end` (inclusive). */
export interface StoredFile {
  size: number
  read(range: ByteRange): Promise<ReadableStream<Uint8Array>>
}

/**
 * Where stored files are kept. `doc` is the document that owns the file when Payload looked it
 * up for the reader's access (see fileCacheControl), undefined for staff.
 */
export interface FileStore {
  /** The file, or undefined when there is none of that name. */
  find(filename: string, context: { req: PayloadRequest; doc?: TypeWithID }): Promise<StoredFile | undefined>
}

/**
 * The first range of a `Range: bytes=...` header (RFC 9110 §14.1.2): undefined when there is none
 * or it cannot be read (the whole file is sent), 'unsatisfiable' when it lies outside the file.
 */
export function byteRange(header: string | null, size: number): ByteRange | 'unsatisfiable' | undefined {
  const match = header ? /^bytes=\s*(\d*)\s*-\s*(\d*)\s*(?:,.*)?$/.exec(header.trim()) : null
  if (!match || (match[1] === '' && match[2] === '')) return undefined
  const [first, last] = [match[1]!, match[2]!]
  if (first === '') {
    const suffix = Number(last)
    return suffix === 0 || size === 0 ? 'unsatisfiable' : { start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(first)
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1)
  return start >= size || start > end ? 'unsatisfiable' : { start, end }
}

/** A stored file's name is one path segment, as Payload writes them: no separators, no dot files. */
function isPlainFilename(filename: string): boolean {
  return filename.length > 0 && !/[/\\\0]/.test(filename) && !filename.startsWith('.')
}

/**
 * A collection's read rule, refusing (403) a file request whose name no stored file can have
 * before Payload looks the name up: PostgreSQL rejects a NUL byte in a query, a 500.
 */
export function refusingImpossibleFilenames(read: Access): Access {
  return (args) => {
    const filename = (args.data as { filename?: unknown } | undefined)?.filename
    if (args.isReadingStaticFile && (typeof filename !== 'string' || !isPlainFilename(filename))) return false
    return read(args)
  }
}

function errorResponse(status: 400 | 404, message: string): Response {
  return Response.json({ errors: [{ message }] }, { status, headers: storedFileHeaders })
}

/**
 * Payload hands the handler the document only when the reader's access was a condition (a file
 * that published content uses): such a file may sit in a shared cache. A staff member's file may
 * belong to a draft: their browser keeps it, no cache in between does.
 */
export function fileCacheControl(publicFile: boolean): string {
  return publicFile ? 'public, max-age=3600' : 'private, no-store'
}

async function fileStats(filePath: string): Promise<Stats | undefined> {
  try {
    const stats = await stat(filePath)
    return stats.isFile() ? stats : undefined
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG') return undefined
    throw error
  }
}

/** Files in a directory of the local disk (the default: media/ beside the app). */
export function diskFiles(staticDir: string): FileStore {
  const directory = path.resolve(staticDir)
  return {
    async find(filename) {
      const filePath = path.join(directory, filename)
      // serveStoredFile has checked the name; this keeps the store safe on its own.
      if (path.dirname(filePath) !== directory) return undefined
      const stats = await fileStats(filePath)
      if (!stats) return undefined
      return {
        size: stats.size,
        read: async ({ start, end }) =>
          Readable.toWeb(createReadStream(filePath, { start, end })) as ReadableStream<Uint8Array>,
      }
    },
  }
}

/**
 * At most `length` bytes of `body`: the answer's Content-Length is a promise about its framing,
 * kept even when a store sends more than it was asked for (s3rver, the tests' bucket, reads the
 * range `bytes=0-0` as the whole object).
 */
function cutAt(body: ReadableStream<Uint8Array>, length: number): ReadableStream<Uint8Array> {
  let left = length
  const reader = body.getReader()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read()
      if (done || left <= 0) {
        if (!done) await reader.cancel()
        controller.close()
        return
      }
      const chunk = value.byteLength > left ? value.subarray(0, left) : value
      left -= chunk.byteLength
      controller.enqueue(chunk)
      if (left <= 0) {
        await reader.cancel()
        controller.close()
      }
    },
    cancel: (reason) => reader.cancel(reason),
  })
}

/** The upload handler that answers for `store`'s files. */
export function serveStoredFile(store: FileStore): UploadHandler {
  return async (req, { doc, params: { filename } }) => {
    if (!isPlainFilename(filename)) return errorResponse(400, 'Invalid filename.')
    const file = await store.find(filename, { req, doc })
    if (!file) return errorResponse(404, req.t('error:notFound'))

    const headers = new Headers({
      ...storedFileHeaders,
      'Content-Type': servedContentType(filename),
      'Accept-Ranges': 'bytes',
      'Cache-Control': fileCacheControl(doc !== undefined),
    })
    const range = byteRange(req.headers.get('range'), file.size)
    if (range === 'unsatisfiable') {
      headers.set('Content-Range', `bytes */${file.size}`)
      return new Response(null, { status: 416, headers })
    }
    const { start, end } = range ?? { start: 0, end: file.size - 1 }
    const length = Math.max(0, end - start + 1)
    headers.set('Content-Length', String(length))
    if (range) headers.set('Content-Range', `bytes ${start}-${end}/${file.size}`)
    const body = length === 0 ? null : cutAt(await file.read({ start, end }), length)
    return new Response(body, { status: range ? 206 : 200, headers })
  }
}
