/**
 * The command lines of `npm run backup` and `npm run restore` (scripts/backup.ts, restore.ts):
 *
 *   backup  [--output DIR] [--media-dir DIR]                 default: backups/ and media/
 *   restore <file> [--force] [--media-dir DIR]
 *
 * The database is DATABASE_URL, or the embedded development cluster as with `npm run dev`. Exit
 * codes: 0 done, 1 refused or failed, 2 bad usage; either of the last two is one line on stderr.
 * Neither command loads the Payload config: PostgreSQL's client tools and plain SQL do the work.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import pg from 'pg'

import { ConfigError, parseToolingEnv } from '../../lib/env-schema'
import { createDatabaseIfMissing } from '../database/admin'
import { describeDatabaseUrl } from '../../lib/database/connection-check'
import { embeddedPostgresMajorVersion } from '../database/embedded-postgres'
import { provideDatabase, type ProvidedDatabase } from '../database/provide-database'
import { BackupError } from './backup-error'
import { createBackup } from './create-backup'
import { unpackVerifiedArchive } from './read-archive'
import { restoreBackup } from './restore-backup'
import { clientToolVersion, type PostgresVersion } from './postgres-client-tools'

class UsageError extends Error {}

/** PostgreSQL's "database does not exist". */
const DATABASE_DOES_NOT_EXIST = '3D000'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
/** Where Payload keeps uploads: the Media collection's staticDir (collections/Media/index.ts). */
const defaultMediaDirectory = path.join(projectRoot, 'media')
const defaultOutputDirectory = path.join(projectRoot, 'backups')

export function backupFromCommandLine(argv: string[]): Promise<number> {
  return runCommand('backup', async () => {
    const { values } = parse(argv, { output: { type: 'string' }, 'media-dir': { type: 'string' } }, false)
    const pgDump = await clientToolVersion('pg_dump')
    refuseEmbeddedBeyondPgDump(pgDump)
    return withDatabase(async (database) => {
      const mediaDirectory = path.resolve(values['media-dir'] ?? defaultMediaDirectory)
      const { file, manifest, bytes } = await createBackup({
        databaseUrl: database.url,
        mediaDirectory,
        outputDirectory: path.resolve(values.output ?? defaultOutputDirectory),
        pgDump,
        app: appVersion(),
      })
      const { missingMedia, database: dumped } = manifest
      if (missingMedia.length > 0) {
        process.stderr.write(
          `backup: warning: ${missingMedia.length} file(s) the database names are not in ${mediaDirectory} ` +
            `(${missingMedia.slice(0, 3).join(', ')}), so not in the backup either\n`,
        )
      }
      const media = manifest.files.length - 1
      process.stdout.write(
        `Backed up ${dumped.source} (PostgreSQL ${dumped.serverVersion}, ${dumped.migrations.length} migrations) ` +
          `and ${media} media files to ${file} (${megabytes(bytes)})\n`,
      )
    })
  })
}

export function restoreFromCommandLine(argv: string[]): Promise<number> {
  return runCommand('restore', async () => {
    const { values, positionals } = parse(argv, { force: { type: 'boolean' }, 'media-dir': { type: 'string' } }, true)
    if (positionals.length !== 1) throw new UsageError('name one backup file: npm run restore -- <file> [--force]')
    const archive = path.resolve(positionals[0]!)
    const pgRestore = await clientToolVersion('pg_restore')
    await clientToolVersion('psql')
    const unpacked = await mkdtemp(path.join(tmpdir(), 'column-restore-'))
    try {
      const manifest = await unpackVerifiedArchive(archive, unpacked)
      await withDatabase(async (database) => {
        await createDatabaseWhenMissing(database.url)
        const mediaDirectory = path.resolve(values['media-dir'] ?? defaultMediaDirectory)
        const { mediaFiles } = await restoreBackup({
          unpackedDirectory: unpacked,
          manifest,
          databaseUrl: database.url,
          mediaDirectory,
          force: values.force ?? false,
          pgRestore,
          knownMigrations: committedMigrations(),
        })
        process.stdout.write(
          `Restored ${path.basename(archive)} (made ${manifest.createdAt} by ${manifest.app.name} ${manifest.app.version}) ` +
            `into ${describeDatabaseUrl(database.url)} and ${mediaFiles} media files into ${mediaDirectory}. ` +
            `Start the app: it applies the migrations that are newer than the backup.\n`,
        )
      })
    } finally {
      await rm(unpacked, { recursive: true, force: true })
    }
  })
}

/**
 * The embedded server (PostgreSQL 18) ships no client tools, and no package here does either,
 * so without DATABASE_URL an older pg_dump is refused before the cluster is started for nothing.
 */
function refuseEmbeddedBeyondPgDump(pgDump: PostgresVersion): void {
  if (parseToolingEnv(process.env).DATABASE_URL) return
  const embedded = embeddedPostgresMajorVersion()
  if (pgDump.major >= embedded) return
  throw new BackupError(
    `the embedded development database (PostgreSQL ${embedded}) cannot be backed up here: pg_dump must be version ` +
      `${embedded} or newer, this machine has ${pgDump.text} and the embedded-postgres package ships none. ` +
      `Set DATABASE_URL to a server your pg_dump can dump, install PostgreSQL ${embedded}'s client tools, ` +
      `or use docker-compose (docker compose run --rm backup)`,
  )
}

async function withDatabase(work: (database: ProvidedDatabase) => Promise<void>): Promise<void> {
  let database: ProvidedDatabase
  try {
    database = await provideDatabase({ embeddedDatabaseName: 'column', purpose: 'development' })
  } catch (error) {
    throw new BackupError((error as Error).message.split('\n')[0]!)
  }
  try {
    await work(database)
  } finally {
    await database.stop()
  }
}

/** A restore may target a database that does not exist yet, as the app's first start may. */
async function createDatabaseWhenMissing(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  client.on('error', () => {})
  try {
    await client.connect()
  } catch (error) {
    if ((error as { code?: string }).code !== DATABASE_DOES_NOT_EXIST) throw error
    await createDatabaseIfMissing(url, new URL(url).pathname.slice(1))
  } finally {
    await client.end().catch(() => {})
  }
}

function parse<Options extends Record<string, { type: 'string' | 'boolean' }>>(
  argv: string[],
  options: Options,
  allowPositionals: boolean,
) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals })
  } catch (error) {
    const quoted = /'([^']+)'/.exec((error as Error).message)?.[1]
    const code = (error as { code?: string }).code
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${quoted}`)
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(`unexpected argument "${quoted}"`)
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`${quoted?.split(' ')[0]} needs a value`)
    throw new UsageError((error as Error).message.split('\n')[0]!)
  }
}

function appVersion(): { name: string; version: string } {
  const { name, version } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    name: string
    version: string
  }
  return { name, version }
}

/** The migrations of this version of the app, by file name, as `payload migrate:create` names them. */
function committedMigrations(): string[] {
  const directory = path.join(projectRoot, 'migrations')
  if (!existsSync(directory)) return []
  return readdirSync(directory)
    .filter((file) => /^\d{8}_\d{6}_\w+\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

async function runCommand(name: 'backup' | 'restore', work: () => Promise<void>): Promise<number> {
  try {
    await work()
    return 0
  } catch (error) {
    const known = error instanceof BackupError || error instanceof ConfigError || error instanceof UsageError
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    process.stderr.write(`${name}: ${known ? message : `failed: ${message}`}\n`)
    return error instanceof UsageError ? 2 : 1
  }
}
