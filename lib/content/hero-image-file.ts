/**
 * The bytes of an episode's hero image, for the share card drawn on the server
 * (lib/seo/share-cards.ts): read through the media collection's own file handler
 * (lib/media/serve-file.ts, on the local disk or in the bucket, whichever is configured), so no
 * request goes out to the site's own address. Only for a media document read as a reader (a
 * published episode's hero image, which readers may fetch anyway): the handler does not check
 * access itself, Payload's file route does before calling it.
 */
import { createLocalReq } from 'payload'

import type { Media } from '@/payload-types'

import { readerPayload } from './payload-client'

/** The `share` crop (1200×630) when Payload made one, else the upload itself. */
export async function heroImageFile(media: Media): Promise<Buffer | undefined> {
  const filename = media.sizes?.share?.filename ?? media.filename
  if (!filename) return undefined
  const payload = await readerPayload()
  const handlers = payload.collections.media.config.upload.handlers ?? []
  const req = await createLocalReq({}, payload)
  for (const handler of handlers) {
    const response = await handler(req, {
      doc: media,
      headers: new Headers(),
      params: { collection: 'media', filename },
    })
    if (response instanceof Response) {
      return response.ok ? Buffer.from(await response.arrayBuffer()) : undefined
    }
  }
  return undefined
}
