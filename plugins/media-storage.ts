/**
 * Where uploaded files are kept: the local disk (media/, the default) or, with the S3_* settings
 * (lib/env-schema.ts), an S3-compatible bucket through @payloadcms/storage-s3 (docs/object-storage.md).
 *
 * Files are never handed out from the bucket itself: readers and editors fetch them from the app's
 * own file route, /api/media/file/<name>, whose read rule keeps a draft's files private
 * (lib/media/public-media.ts) and whose answer carries the type of the file's extension,
 * `nosniff`, the sandboxing CSP, byte ranges and Content-Length (lib/media/serve-file.ts). So the
 * storage plugin keeps Payload's access control (`disablePayloadAccessControl` left false), the
 * bucket may stay private, and its own file handler is replaced by ours reading from the bucket.
 *
 * The plugin's fields (`prefix`, `_objectKey`) are in the schema whether or not a bucket is
 * configured (`alwaysInsertFields`): the committed migrations fit both set-ups, and switching
 * needs no schema change. The plugin forgets `alwaysInsertFields` once a bucket is configured and
 * then adds `prefix` only for a collection that names one: hence the explicit empty prefix (keys
 * stay the bare file names, as without it). tests/int/generated-types.test.ts holds both set-ups
 * to the committed payload-types.ts.
 */
import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { Config, Plugin } from 'payload'

import type { ObjectStorage } from '@/lib/env-schema'
import { bucketFiles } from '@/lib/media/bucket-files'
import { serveStoredFile } from '@/lib/media/serve-file'

/** The upload collections (one today: media). */
const uploadCollections = ['media'] as const

function clientConfig(storage: ObjectStorage): S3ClientConfig {
  return {
    region: storage.region,
    credentials: { accessKeyId: storage.accessKeyId, secretAccessKey: storage.secretAccessKey },
    ...(storage.endpoint ? { endpoint: storage.endpoint } : {}),
    forcePathStyle: storage.forcePathStyle,
  }
}

export function mediaStorage(storage: ObjectStorage | undefined): Plugin {
  return async (incoming: Config): Promise<Config> => {
    const collections = Object.fromEntries(uploadCollections.map((slug) => [slug, { prefix: '' }]))
    const config = await s3Storage({
      enabled: storage !== undefined,
      alwaysInsertFields: true,
      collections,
      bucket: storage?.bucket ?? '',
      config: storage ? clientConfig(storage) : {},
    })(incoming)
    if (!storage) return config
    const client = new S3Client(clientConfig(storage))
    return {
      ...config,
      collections: config.collections?.map((collection) => {
        if (!(uploadCollections as readonly string[]).includes(collection.slug) || !collection.upload) {
          return collection
        }
        const upload = typeof collection.upload === 'object' ? collection.upload : {}
        // Our handler only: the disk's would answer 404 for every file, the plugin's sends the
        // type the uploader claimed and none of our headers.
        return {
          ...collection,
          upload: {
            ...upload,
            handlers: [serveStoredFile(bucketFiles({ client, bucket: storage.bucket, collection }))],
          },
        }
      }),
    }
  }
}
