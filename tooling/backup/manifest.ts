/**
 * The manifest.json of a backup archive: what it holds (every file with its size and SHA-256),
 * when and by what it was made, and what a restore must check before it touches anything: the
 * versions of pg_dump and of the server, and the migrations the database had; and the rows of
 * each table, which it checks after.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { z } from 'zod'

export const MANIFEST_FILE = 'manifest.json'
export const DATABASE_DUMP_FILE = 'database.dump'
/** Media files are stored under this directory of the archive. */
export const MEDIA_PREFIX = 'media'

const fileEntry = z.object({
  path: z.string().min(1),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})

export type FileEntry = z.infer<typeof fileEntry>

export const manifestSchema = z.object({
  format: z.literal('the-column-backup'),
  formatVersion: z.literal(1),
  createdAt: z.string(),
  app: z.object({ name: z.string(), version: z.string() }),
  database: z.object({
    /** Where it was dumped from (host:port/database), for the operator's eyes only. */
    source: z.string(),
    serverVersion: z.string(),
    serverMajorVersion: z.number().int(),
    pgDumpVersion: z.string(),
    pgDumpMajorVersion: z.number().int(),
    /** Payload's applied migrations, in the order they ran. */
    migrations: z.array(z.string()),
    /** The rows of every table in the dump, which the restore checks it gave back. */
    tableRows: z.record(z.string(), z.number().int().nonnegative()),
  }),
  /** Files that rows of the dump name but the media directory lacked when the backup ran. */
  missingMedia: z.array(z.string()),
  files: z.array(fileEntry),
})

export type Manifest = z.infer<typeof manifestSchema>

export async function describeFile(
  directory: string,
  relativePath: string,
  archivePath = relativePath,
): Promise<FileEntry> {
  const file = path.join(directory, relativePath)
  const hash = createHash('sha256')
  await pipeline(createReadStream(file), hash)
  return { path: archivePath, size: (await stat(file)).size, sha256: hash.digest('hex') }
}

/** Every regular file under `directory`, as sorted paths relative to it with `/` separators. */
export async function listFiles(directory: string, prefix = ''): Promise<string[]> {
  // By hand rather than readdir's `recursive`, whose entries lack `parentPath` before Node 20.12.
  const files: string[] = []
  for (const entry of await readdir(path.join(directory, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) files.push(...(await listFiles(directory, relative)))
    else if (entry.isFile()) files.push(relative)
  }
  return files.sort()
}
