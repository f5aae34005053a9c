/**
 * `npm run restore -- <file>`: puts a backup made by `npm run backup` back, into an empty
 * database and an empty media directory (or, with `force`, in place of what they hold).
 *
 * Nothing is touched until the archive has been checked against its manifest and the tools, the
 * server and this version of the app can take it. The database is then replaced in one
 * transaction: the schema is dropped and the dump's SQL applied, and COMMIT is sent only after
 * pg_restore has produced all of it, so a failure leaves the database as it was. The media files
 * follow; they belong to the media directory's owner (the app's user in docker-compose, where
 * the restore runs as root).
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chown, copyFile, mkdir, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type pg from 'pg'

import { describeDatabaseUrl } from '../../lib/database/connection-check'
import { BackupError } from './backup-error'
import { connectTo, rowCounts, serverVersion, tablesWithRows } from './database-state'
import { DATABASE_DUMP_FILE, listFiles, MEDIA_PREFIX, type Manifest } from './manifest'
import { connectionFor, lastLine, toolError, type PostgresVersion } from './postgres-client-tools'

export interface RestoreOptions {
  /** The archive, already unpacked and verified (read-archive.ts) into this directory. */
  unpackedDirectory: string
  manifest: Manifest
  databaseUrl: string
  mediaDirectory: string
  /** Replace a database or media directory that is not empty. */
  force: boolean
  pgRestore: PostgresVersion
  /** The migrations this version of the app knows (migrations/). */
  knownMigrations: readonly string[]
}

export interface RestoreResult {
  mediaFiles: number
}

export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const { manifest } = options
  refuseUnreadableArchive(manifest, options.pgRestore)
  refuseUnknownMigrations(manifest, options.knownMigrations)
  const where = describeDatabaseUrl(options.databaseUrl)
  const client = await connectTo(options.databaseUrl, where)
  try {
    refuseOlderServer(manifest, await serverVersion(client), where)
    if (!options.force) await refuseNonEmptyDatabase(client, where)
  } finally {
    await client.end().catch(() => {})
  }
  const mediaFiles = manifest.files.filter((file) => file.path.startsWith(`${MEDIA_PREFIX}/`))
  if (!options.force) await refuseNonEmptyMediaDirectory(options.mediaDirectory)
  await replaceDatabase(options.databaseUrl, path.join(options.unpackedDirectory, DATABASE_DUMP_FILE))
  await checkRestoredRows(options.databaseUrl, manifest, where)
  await replaceMedia(path.join(options.unpackedDirectory, MEDIA_PREFIX), options.mediaDirectory, options.force)
  return { mediaFiles: mediaFiles.length }
}

function refuseUnreadableArchive(manifest: Manifest, pgRestore: PostgresVersion): void {
  const { pgDumpVersion, pgDumpMajorVersion } = manifest.database
  if (pgRestore.major >= pgDumpMajorVersion) return
  throw new BackupError(
    `the archive was written by pg_dump ${pgDumpVersion}, which pg_restore ${pgRestore.text} cannot read: put ` +
      `PostgreSQL ${pgDumpMajorVersion}'s client tools first on PATH, or restore with docker-compose (docker compose run --rm restore …)`,
  )
}

function refuseUnknownMigrations(manifest: Manifest, known: readonly string[]): void {
  const unknown = manifest.database.migrations.filter((name) => !known.includes(name))
  if (unknown.length === 0) return
  throw new BackupError(
    `the backup's database has ${unknown.length} migration(s) this version of the app does not have (${unknown.join(', ')}): ` +
      `restore it with version ${manifest.app.version} of the app or a later one`,
  )
}

function refuseOlderServer(manifest: Manifest, server: PostgresVersion, where: string): void {
  const { serverVersion: source, serverMajorVersion } = manifest.database
  if (server.major >= serverMajorVersion) return
  throw new BackupError(
    `the backup comes from PostgreSQL ${source} and the server at ${where} is PostgreSQL ${server.text}: ` +
      `restore it into a server of version ${serverMajorVersion} or newer`,
  )
}

async function refuseNonEmptyDatabase(client: pg.Client, where: string): Promise<void> {
  const tables = await tablesWithRows(client)
  if (tables.length === 0) return
  throw new BackupError(
    `the database at ${where} is not empty (${tables.length} tables hold rows, ${tables.slice(0, 3).join(', ')}…): ` +
      `restore into an empty database, or stop the app and run again with --force to replace it`,
  )
}

async function refuseNonEmptyMediaDirectory(directory: string): Promise<void> {
  if (!existsSync(directory)) return
  const files = await listFiles(directory)
  if (files.length === 0) return
  throw new BackupError(
    `the media directory ${directory} is not empty (${files.length} files): ` +
      `restore into an empty one, or stop the app and run again with --force to replace them`,
  )
}

/**
 * The dump's SQL into psql, inside one transaction that replaces the public schema. COMMIT goes
 * last, only once pg_restore has succeeded; if anything fails before, psql ends without it and
 * the server rolls everything back.
 */
async function replaceDatabase(databaseUrl: string, dumpFile: string): Promise<void> {
  const connection = connectionFor(databaseUrl)
  const psql = spawn('psql', ['--no-psqlrc', '--quiet', '--set=ON_ERROR_STOP=1', `--dbname=${connection.dbname}`], {
    // The schema's drop would list every table it removes as a NOTICE.
    env: { ...connection.env, PGOPTIONS: '-c client_min_messages=warning' },
    stdio: ['pipe', 'ignore', 'pipe'],
  })
  const pgRestore = spawn('pg_restore', ['--no-owner', '--no-privileges', '--file=-', dumpFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const psqlDone = finished(psql, 'psql')
  const pgRestoreDone = finished(pgRestore, 'pg_restore')
  // psql may stop first (an error in the SQL): pg_restore, blocked on a full pipe, is ended too.
  psql.stdin.on('error', () => {})
  void psqlDone.then(() => {
    if (pgRestore.exitCode === null) pgRestore.kill()
  })
  psql.stdin.write('BEGIN;\nDROP SCHEMA IF EXISTS public CASCADE;\nCREATE SCHEMA public;\n')
  pgRestore.stdout.pipe(psql.stdin, { end: false })
  const restored = await pgRestoreDone
  if (restored.ok) psql.stdin.end('COMMIT;\n')
  else psql.stdin.destroy()
  const applied = await psqlDone
  if (!applied.ok) throw new BackupError(`psql failed: ${applied.reason}; the database was not changed`)
  if (!restored.ok) throw new BackupError(`pg_restore failed: ${restored.reason}; the database was not changed`)
}

/** Every table has the rows the manifest recorded in the backup's snapshot. */
async function checkRestoredRows(databaseUrl: string, manifest: Manifest, where: string): Promise<void> {
  const client = await connectTo(databaseUrl, where)
  try {
    const restored = await rowCounts(client)
    const expected = manifest.database.tableRows
    const differing = Object.keys({ ...expected, ...restored }).find((table) => restored[table] !== expected[table])
    if (differing === undefined) return
    throw new BackupError(
      `the database at ${where} does not hold what the backup recorded: table ${differing} has ` +
        `${restored[differing] ?? 'no'} rows, the manifest says ${expected[differing] ?? 'none'}; the media files were not restored`,
    )
  } finally {
    await client.end().catch(() => {})
  }
}

type Outcome = { ok: true } | { ok: false; reason: string }

function finished(child: ReturnType<typeof spawn>, tool: 'psql' | 'pg_restore'): Promise<Outcome> {
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk))
  return new Promise((resolve) => {
    child.on('error', (error: NodeJS.ErrnoException) => resolve({ ok: false, reason: toolError(tool, error).message }))
    child.on('close', (code, signal) => {
      if (code === 0) resolve({ ok: true })
      else resolve({ ok: false, reason: firstError(stderr) || (signal ? `killed by ${signal}` : `exit code ${code}`) })
    })
  })
}

/** psql reports the statement that failed in its first ERROR line; what follows is context. */
function firstError(stderr: string): string {
  return (
    stderr
      .split('\n')
      .find((line) => line.includes('ERROR'))
      ?.trim() ?? lastLine(stderr)
  )
}

async function replaceMedia(unpacked: string, directory: string, force: boolean): Promise<void> {
  await mkdir(directory, { recursive: true })
  if (force) {
    for (const entry of await readdir(directory))
      await rm(path.join(directory, entry), { recursive: true, force: true })
  }
  if (!existsSync(unpacked)) return
  const owner = await stat(directory)
  const asRoot = process.getuid?.() === 0
  for (const file of await listFiles(unpacked)) {
    const target = path.join(directory, file)
    await mkdir(path.dirname(target), { recursive: true })
    await copyFile(path.join(unpacked, file), target)
    if (asRoot) await chown(target, owner.uid, owner.gid)
  }
}
