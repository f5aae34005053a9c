/**
 * An S3-compatible bucket for the object-storage tests: an s3rver on a free port over a temporary
 * directory (a real server, not a mock), the S3_* settings that point the app at it, and an AWS SDK
 * client to read the bucket directly rather than through the app.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'

// s3rver's own credentials: it checks request signatures against them.
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

export interface TestBucket {
  name: string
  endpoint: string
  /** The app's configuration for this bucket (lib/env-schema.ts). */
  settings: Record<string, string>
  client: S3Client
  stop(): Promise<void>
}

export async function startTestBucket(name: string): Promise<TestBucket> {
  const directory = await mkdtemp(path.join(tmpdir(), 'column-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name, configs: [] }],
  })
  const { port } = (await server.run()) as AddressInfo
  const endpoint = `http://127.0.0.1:${port}`
  const client = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials })
  return {
    name,
    endpoint,
    settings: {
      S3_BUCKET: name,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      S3_ENDPOINT: endpoint,
      S3_FORCE_PATH_STYLE: 'true',
    },
    client,
    stop: async () => {
      client.destroy()
      await server.close()
      await rm(directory, { recursive: true, force: true })
    },
  }
}
