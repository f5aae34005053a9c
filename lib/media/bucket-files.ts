/**
 * Stored files in an S3-compatible bucket (plugins/media-storage.ts), for the app's own file route
 * (lib/media/serve-file.ts): the object's size from HEAD, its bytes from a ranged GET. The
 * object's key is where @payloadcms/storage-s3 put it (the document's prefix and object key, then
 * the file name), resolved by its own helper so the two never disagree.
 */
import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import { getStorageFilePath } from '@payloadcms/plugin-cloud-storage/utilities'
import { Readable } from 'node:stream'
import type { CollectionConfig } from 'payload'

import type { FileStore } from './serve-file'

function isMissing(error: unknown): boolean {
  const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } }
  return name === 'NotFound' || name === 'NoSuchKey' || $metadata?.httpStatusCode === 404
}

export function bucketFiles({
  client,
  bucket,
  collection,
}: {
  client: S3Client
  bucket: string
  collection: CollectionConfig
}): FileStore {
  return {
    async find(filename, { req, doc }) {
      const key = await getStorageFilePath({ collection, doc, filename, req })
      let size: number | undefined
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }), {
          abortSignal: req.signal,
        })
        size = head.ContentLength ?? 0
      } catch (error) {
        if (isMissing(error)) return undefined
        throw error
      }
      return {
        size,
        read: async ({ start, end }) => {
          const object = await client.send(
            new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=${start}-${end}` }),
            // The reader going away (a player seeking elsewhere) ends the download from the bucket.
            { abortSignal: req.signal },
          )
          const body = object.Body
          if (!(body instanceof Readable)) throw new Error(`The bucket sent no readable body for ${key}`)
          return Readable.toWeb(body) as ReadableStream<Uint8Array>
        },
      }
    },
  }
}
