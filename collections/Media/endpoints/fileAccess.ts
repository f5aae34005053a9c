/**
 * Whether the requester may fetch a stored file, for the nginx of docker-compose: it serves files
 * straight from the media volume (byte ranges, Content-Length) after asking this endpoint through
 * `auth_request` (deploy/nginx/column.conf). It applies the check Payload's own file route makes
 * (Media's read access for a static file, then, when that access is a condition, a document that
 * owns the file or one of its image sizes and meets it): readers get the files that published
 * content uses, staff every file.
 *
 * The name comes percent-encoded, as the client sent it, in the X-Column-File header: any name
 * then reaches this handler (a path parameter with a slash would miss the route, a query would
 * read `+` as a space, and nginx treats any answer but 2xx, 401 and 403 as a failure). 204 lets
 * nginx serve the file, with the Cache-Control named in
 * X-Column-File-Cache-Control (shared caches only for a file readers may have); 403 makes nginx
 * answer 404, as the app does (hiddenFilesAreNotFound below).
 */
import type { CollectionAfterErrorHook, Endpoint, Where } from 'payload'

import { fileCacheControl } from '@/lib/media/serve-file'

function ownerOf(filename: string, sizeNames: string[]): Where {
  return {
    or: [
      { filename: { equals: filename } },
      ...sizeNames.map((size) => ({ [`sizes.${size}.filename`]: { equals: filename } })),
    ],
  }
}

export const fileNameHeader = 'X-Column-File'

function decodedName(encoded: string | null): string | undefined {
  if (!encoded) return undefined
  try {
    return decodeURIComponent(encoded)
  } catch {
    return undefined
  }
}

const answer = (status: 204 | 403, cacheControl?: string) =>
  new Response(null, {
    status,
    headers: { 'Cache-Control': 'no-store', ...(cacheControl ? { 'X-Column-File-Cache-Control': cacheControl } : {}) },
  })

export const fileAccessEndpoint: Endpoint = {
  path: '/file-access',
  method: 'get',
  handler: async (req) => {
    const filename = decodedName(req.headers.get('x-column-file'))
    if (filename === undefined) return answer(403)
    const { config } = req.payload.collections.media!
    const access = await config.access.read({ req, data: { filename }, isReadingStaticFile: true })
    if (access === false) return answer(403)
    // Unconditional access (staff): like the app's file route, which then serves any stored file.
    if (access === true) return answer(204, fileCacheControl(false))
    const sizeNames = (typeof config.upload === 'object' ? (config.upload.imageSizes ?? []) : []).map(
      (size) => size.name,
    )
    const { totalDocs } = await req.payload.db.count({
      collection: 'media',
      where: { and: [ownerOf(filename, sizeNames), access] },
      req,
    })
    return totalDocs > 0 ? answer(204, fileCacheControl(true)) : answer(403)
  },
}

/**
 * A reader asking for a file they may not fetch gets the same 404 as for a file that does not
 * exist: whether a draft's file exists is not theirs to learn. (Payload's file route says 403.)
 * Recognised by status, as error class names do not survive the production build.
 */
export const hiddenFilesAreNotFound: CollectionAfterErrorHook = ({ error, req }) => {
  if ((error as { status?: number }).status !== 403 || req.user || !req.routeParams?.filename) return {}
  return { status: 404, response: { errors: [{ message: req.t('error:notFound') }] } }
}
