/**
 * Every file that would become media passes lib/media/inspect-upload.ts first. `beforeOperation`
 * runs before Payload reads, resizes or writes anything (generateFileData and uploadFiles come
 * later in the create and update operations), so a refused file leaves nothing on disk and no row.
 * Accepted files go on with their extension in lower case and the type of our list, which is
 * what the document stores and the podcast feeds announce.
 */
import { readFile } from 'node:fs/promises'

import {
  APIError,
  executeAccess,
  type CollectionAfterErrorHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { translate } from '@/lib/payload/validation-error'
import type { ColumnTranslationKey } from '@/lib/i18n/admin-translations'
import { acceptedFormats, maxFileBytes } from '@/lib/media/file-types'
import { inspectUpload, withLowerCaseExtension, type UploadVerdict } from '@/lib/media/inspect-upload'

/**
 * A refused upload: a 400 (413 when too large) shaped like Payload's ValidationError, so the admin
 * shows the message and REST clients find it on the `file` field. Named so that
 * payload.config.ts logs it as routine.
 */
export class UploadRefusedError extends APIError {
  constructor(collection: string, message: string, status: 400 | 413) {
    super(message, status, { collection, errors: [{ path: 'file', message }] }, true)
    this.name = 'UploadRefusedError'
  }
}

const extensions = acceptedFormats.flatMap((format) => format.extensions.map((extension) => `.${extension}`)).join(', ')

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`

/** Long names are cut in messages; the editor recognises their start. */
const shortName = (filename: string) => (filename.length > 80 ? `${filename.slice(0, 77)}...` : filename)

function refusal(
  req: PayloadRequest,
  collection: string,
  filename: string,
  verdict: Exclude<UploadVerdict, { accepted: true }>,
) {
  const variables = { filename: shortName(filename), extensions }
  const message = (key: ColumnTranslationKey, more: Record<string, string> = {}) =>
    translate(req, key, { ...variables, ...more })
  switch (verdict.problem) {
    case 'extensionNotAccepted':
      return new UploadRefusedError(collection, message('column:uploadExtensionNotAccepted'), 400)
    case 'tooLarge': {
      const key = verdict.format.kind === 'image' ? 'column:uploadImageTooLarge' : 'column:uploadAudioTooLarge'
      return new UploadRefusedError(
        collection,
        message(key, { limit: megabytes(maxFileBytes[verdict.format.kind]) }),
        413,
      )
    }
    case 'empty':
      return new UploadRefusedError(collection, message('column:uploadEmpty'), 400)
    case 'contentDoesNotMatchName':
      return new UploadRefusedError(
        collection,
        message('column:uploadContentDoesNotMatchName', { format: verdict.format.label }),
        400,
      )
    case 'damaged':
      return new UploadRefusedError(collection, message('column:uploadDamaged', { format: verdict.format.label }), 400)
  }
}

/** Whoever may not write media at all gets Payload's own 403 first, whatever they sent. */
async function mayWrite({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}: Parameters<CollectionBeforeOperationHook>[0]): Promise<boolean> {
  if (overrideAccess) return true
  const access = operation === 'create' ? collection.access.create : collection.access.update
  const { data, id } = args as { data?: unknown; id?: number | string }
  return Boolean(await executeAccess({ req, data, id, disableErrors: true }, access))
}

export const refuseUnsafeUploads: CollectionBeforeOperationHook = async (hook) => {
  const { args, collection, operation, req } = hook
  if ((operation !== 'create' && operation !== 'update') || !(await mayWrite(hook))) return args
  const file = req.file
  if (!file) {
    // Without a file Payload would fetch the document's `url` on the server, a file no check here
    // would see; a copy of an existing document (duplicate) reuses a file that was checked.
    const { duplicateFromID } = args as { duplicateFromID?: unknown }
    if (operation === 'create' && (duplicateFromID === undefined || duplicateFromID === null)) {
      throw new UploadRefusedError(collection.slug, translate(req, 'column:uploadFileRequired'), 400)
    }
    return args
  }
  // With `useTempFiles` Payload keeps the bytes in a temporary file instead of `data`.
  const data = file.data.length === 0 && file.tempFilePath ? await readFile(file.tempFilePath) : file.data
  const truncated = (file as { truncated?: boolean }).truncated
  const verdict = await inspectUpload({ name: file.name, data, truncated })
  if (!verdict.accepted) throw refusal(req, collection.slug, file.name, verdict)
  req.file = { ...file, name: withLowerCaseExtension(file.name), mimetype: verdict.format.contentType }
  return args
}

/**
 * Gives a refusal its `data` (the message on the `file` field) in production builds too. Payload's
 * formatErrors keeps `data` only for an `instanceof APIError` (payloadcms/payload#16089); in the
 * `next build` output our error fails that test (the bundle appears to hold a second copy of
 * Payload's error classes), and the answer lost its field, as in payloadcms/payload#17298
 * (tests/e2e/upload-safety.test.ts checks it). The name set in the constructor survives.
 */
export const reportUploadRefusal: CollectionAfterErrorHook = ({ error }) => {
  if (error.name !== 'UploadRefusedError') return {}
  const { data, message, status } = error as UploadRefusedError
  return { status, response: { errors: [{ name: error.name, message, data: data ?? undefined }] } }
}
