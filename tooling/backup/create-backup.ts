/**
 * `npm run backup`: one tar archive holding the database (`database.dump`, pg_dump's custom
 * format), the uploaded files (`media/…`) and `manifest.json`, written under a temporary name
 * and renamed when complete, so a file named `column-backup-*.tar` is always a whole backup.
 *
 * Consistency. pg_dump reads the whole database in one snapshot. We export that snapshot from a
 * transaction of our own and hand it to pg_dump (`--snapshot`), so the migrations and the media
 * file names recorded in the manifest are those of the very rows dumped. The media files are
 * copied after the dump: Payload writes an upload's files before it inserts the row (and commits),
 * so every file a dumped row names was on disk before the snapshot; a file uploaded since then is
 * archived without a row, which is harmless. The one race left is a delete that commits while the
 * backup runs (Payload removes the files first): the dump still has the row, the file is gone. The
 * backup then says which files are missing, records them in the manifest and keeps the rest.
 */
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as tar from 'tar'

import { describeDatabaseUrl } from '../../lib/database/connection-check'
import { BackupError } from './backup-error'
import { appliedMigrations, connectTo, mediaFilenames, rowCounts, serverVersion } from './database-state'
import {
  DATABASE_DUMP_FILE,
  describeFile,
  listFiles,
  MANIFEST_FILE,
  MEDIA_PREFIX,
  type FileEntry,
  type Manifest,
} from './manifest'
import { connectionFor, runClientTool, type PostgresVersion } from './postgres-client-tools'

export interface BackupOptions {
  databaseUrl: string
  mediaDirectory: string
  outputDirectory: string
  /** The pg_dump on PATH, already asked for its version. */
  pgDump: PostgresVersion
  app: { name: string; version: string }
}

export interface BackupResult {
  file: string
  manifest: Manifest
  bytes: number
}

export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  await mkdir(options.outputDirectory, { recursive: true })
  // Beside the final file, so that the last step is a rename on the same file system.
  const staging = await mkdtemp(path.join(options.outputDirectory, '.backup-in-progress-'))
  try {
    const createdAt = new Date()
    const database = await dumpDatabase(options, path.join(staging, DATABASE_DUMP_FILE))
    const media = await describeMedia(options.mediaDirectory)
    const mediaFiles = media.map((entry) => entry.path.slice(MEDIA_PREFIX.length + 1))
    const present = new Set(mediaFiles)
    const manifest: Manifest = {
      format: 'the-column-backup',
      formatVersion: 1,
      createdAt: createdAt.toISOString(),
      app: options.app,
      database: database.description,
      missingMedia: database.mediaFilenames.filter((name) => !present.has(name)),
      files: [await describeFile(staging, DATABASE_DUMP_FILE), ...media],
    }
    await writeFile(path.join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
    const archive = path.join(staging, 'archive.tar')
    await tar.c({ file: archive, cwd: staging, portable: true }, [MANIFEST_FILE, DATABASE_DUMP_FILE])
    if (mediaFiles.length > 0) await appendMedia(archive, options.mediaDirectory, mediaFiles)
    const file = unusedName(options.outputDirectory, createdAt)
    await rename(archive, file)
    return { file, manifest, bytes: (await stat(file)).size }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

interface DumpedDatabase {
  description: Manifest['database']
  mediaFilenames: string[]
}

async function dumpDatabase(options: BackupOptions, dumpFile: string): Promise<DumpedDatabase> {
  const where = describeDatabaseUrl(options.databaseUrl)
  const client = await connectTo(options.databaseUrl, where)
  try {
    const server = await serverVersion(client)
    refuseOlderPgDump(options.pgDump, server, where)
    await client.query('begin isolation level repeatable read read only')
    const { rows } = await client.query<{ snapshot: string }>('select pg_export_snapshot() as snapshot')
    const migrations = await appliedMigrations(client)
    const tableRows = await rowCounts(client)
    const filenames = await mediaFilenames(client)
    const connection = connectionFor(options.databaseUrl)
    // The transaction stays open until pg_dump is done: its snapshot lives as long as the transaction.
    await runClientTool(
      'pg_dump',
      ['--format=custom', `--snapshot=${rows[0]!.snapshot}`, `--file=${dumpFile}`, `--dbname=${connection.dbname}`],
      { env: connection.env },
    )
    await client.query('commit')
    return {
      description: {
        source: where,
        serverVersion: server.text,
        serverMajorVersion: server.major,
        pgDumpVersion: options.pgDump.text,
        pgDumpMajorVersion: options.pgDump.major,
        migrations,
        tableRows,
      },
      mediaFilenames: filenames,
    }
  } finally {
    await client.end().catch(() => {})
  }
}

export function refuseOlderPgDump(pgDump: PostgresVersion, server: PostgresVersion, where: string): void {
  if (pgDump.major >= server.major) return
  throw new BackupError(
    `pg_dump ${pgDump.text} is older than the PostgreSQL ${server.text} server at ${where}, and pg_dump must be ` +
      `version ${server.major} or newer: put PostgreSQL ${server.major}'s client tools first on PATH ` +
      `(Debian: postgresql-client-${server.major}), or back up with docker-compose (docker compose run --rm backup)`,
  )
}

/** Every file of the media directory (none when it does not exist yet), with its size and checksum. */
async function describeMedia(directory: string): Promise<FileEntry[]> {
  if (!existsSync(directory)) return []
  const entries: FileEntry[] = []
  for (const file of await listFiles(directory)) {
    try {
      entries.push(await describeFile(directory, file, `${MEDIA_PREFIX}/${file}`))
    } catch (error) {
      // Deleted between the listing and now: not in the archive, and so not in the manifest.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  return entries
}

async function appendMedia(archive: string, directory: string, files: string[]): Promise<void> {
  try {
    await tar.r({ file: archive, cwd: directory, prefix: MEDIA_PREFIX, portable: true }, files)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    throw new BackupError(
      `a media file was deleted while the backup ran (${(error as Error).message}): run the backup again`,
    )
  }
}

/** `column-backup-2026-12-03T02-00-00Z.tar`: sorts by time, and never replaces an earlier backup. */
function unusedName(directory: string, createdAt: Date): string {
  const stamp = createdAt
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-')
  const first = path.join(directory, `column-backup-${stamp}.tar`)
  return existsSync(first)
    ? path.join(directory, `column-backup-${stamp}-${randomBytes(2).toString('hex')}.tar`)
    : first
}
