/**
 * Unpacks a backup archive into a directory of its own and checks it against its manifest
 * before a restore touches anything: every file listed is there with its size and SHA-256, and
 * nothing else is. A damaged, truncated or foreign file ends as one BackupError line.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import * as tar from 'tar'

import { BackupError } from './backup-error'
import { describeFile, listFiles, MANIFEST_FILE, manifestSchema, type Manifest } from './manifest'

export async function unpackVerifiedArchive(archive: string, directory: string): Promise<Manifest> {
  const name = path.basename(archive)
  if (!existsSync(archive)) throw new BackupError(`file not found: ${archive}`)
  try {
    // strict: a truncated or malformed archive is an error, not a warning.
    await tar.x({ file: archive, cwd: directory, strict: true })
  } catch (error) {
    throw new BackupError(
      `${name} is not a complete backup archive (${(error as Error).message}); nothing was restored`,
    )
  }
  const manifest = await readManifest(directory, name)
  await verifyFiles(manifest, directory, name)
  return manifest
}

async function readManifest(directory: string, name: string): Promise<Manifest> {
  const file = path.join(directory, MANIFEST_FILE)
  const notOurs = `${name} is not a backup made by "npm run backup"`
  if (!existsSync(file)) throw new BackupError(`${notOurs}: it has no ${MANIFEST_FILE}; nothing was restored`)
  let parsed: unknown
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'))
  } catch {
    throw new BackupError(`${notOurs}: its ${MANIFEST_FILE} is not JSON; nothing was restored`)
  }
  const result = manifestSchema.safeParse(parsed)
  if (!result.success) {
    const issue = result.error.issues[0]!
    throw new BackupError(
      `${notOurs}: its ${MANIFEST_FILE} has ${issue.path.join('.') || 'a field'} ${issue.message}; nothing was restored`,
    )
  }
  return result.data
}

async function verifyFiles(manifest: Manifest, directory: string, name: string): Promise<void> {
  const damaged = (why: string) => new BackupError(`${name} is damaged: ${why}; nothing was restored`)
  const listed = new Set(manifest.files.map((file) => file.path))
  const unpacked = (await listFiles(directory)).filter((file) => file !== MANIFEST_FILE)
  const extra = unpacked.find((file) => !listed.has(file))
  if (extra) throw damaged(`it holds ${extra}, which ${MANIFEST_FILE} does not list`)
  const present = new Set(unpacked)
  for (const expected of manifest.files) {
    if (!present.has(expected.path)) throw damaged(`${expected.path} is missing`)
    const actual = await describeFile(directory, expected.path)
    if (actual.size !== expected.size)
      throw damaged(`${expected.path} has ${actual.size} bytes, not the ${expected.size} of ${MANIFEST_FILE}`)
    if (actual.sha256 !== expected.sha256)
      throw damaged(`${expected.path} does not match its checksum in ${MANIFEST_FILE}`)
  }
}
