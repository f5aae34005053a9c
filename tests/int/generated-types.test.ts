/**
 * payload-types.ts is what Payload generates from the config, whichever storage the config is
 * set up with: the uploads on the disk (the default) and in a bucket (the S3_* settings). Payload
 * rewrites the file whenever it starts outside production, so a set-up that generated something
 * else would rewrite the committed file under whoever ran it (a bucket once dropped `prefix`).
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'

import { withLexicalEntryCondition } from '@/tooling/lexical-entry-condition'

const root = path.resolve(import.meta.dirname, '../..')
const run = promisify(execFile)
const scratch = await mkdtemp(path.join(os.tmpdir(), 'column-types-'))
afterAll(() => rm(scratch, { recursive: true, force: true }))

const bucket = {
  S3_BUCKET: 'column-media',
  S3_REGION: 'ap-northeast-1',
  S3_ACCESS_KEY_ID: 'type-generation-only',
  S3_SECRET_ACCESS_KEY: 'type-generation-only',
  S3_ENDPOINT: 'http://127.0.0.1:9',
}
const setUps = { 'the disk': {}, 'a bucket': bucket }

describe('payload-types.ts', () => {
  it.each(Object.entries(setUps))(
    'is what Payload generates with uploads on %s',
    async (name, settings) => {
      const outputFile = path.join(scratch, `${name.replace(/\W/g, '-')}.ts`)
      // Only what the CLI needs: no S3_* of the test run's own environment leaks in.
      const env: NodeJS.ProcessEnv = withLexicalEntryCondition({
        NODE_ENV: 'development',
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATABASE_URL: process.env.DATABASE_URL,
        PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
        PAYLOAD_TS_OUTPUT_PATH: outputFile,
        ...settings,
      })
      await run(path.join(root, 'node_modules/.bin/payload'), ['generate:types'], { cwd: root, env, timeout: 170_000 })
      const [generated, committed] = await Promise.all([
        readFile(outputFile, 'utf8'),
        readFile(path.join(root, 'payload-types.ts'), 'utf8'),
      ])
      expect(generated, 'run `npm run generate:types` and commit payload-types.ts').toBe(committed)
    },
    180_000,
  )
})
