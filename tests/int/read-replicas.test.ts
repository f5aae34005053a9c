/**
 * Read replicas (DATABASE_REPLICA_URLS) on a real streaming replica of a real primary
 * (tooling/database/streaming-replica.ts). With the replica's replay paused, as a lag would, a
 * change committed on the primary shows who reads from where: the reader data layer (lib/content)
 * still reads the replica's older state; the admin's REST API, the Local API, and a preview read
 * the primary. Once replay resumes, readers see the change too.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readingFromReplicas } from '@/lib/database/read-replicas'

import { TEST_SECRET } from '../setup/test-secret'
import { runMigrations } from '../../tooling/database/run-migrations'
import { startStreamingReplica, type StreamingReplica } from '../../tooling/database/streaming-replica'
import { withDatabaseName } from '../../tooling/database/admin'
import pg from 'pg'

const databaseName = 'column_read_replicas'
let replication: StreamingReplica
let payload: Payload
let content: typeof import('@/lib/content/episodes')
let search: typeof import('@/lib/content/search')
let rest: typeof import('../helpers/payload').rest
let editorToken: string

beforeAll(async () => {
  replication = await startStreamingReplica()
  const primaryAdmin = new pg.Client({ connectionString: replication.primaryUrl })
  await primaryAdmin.connect()
  await primaryAdmin.query(`create database ${databaseName}`)
  await primaryAdmin.end()
  const primaryUrl = withDatabaseName(replication.primaryUrl, databaseName)
  const migration = await runMigrations(
    { ...process.env, DATABASE_URL: primaryUrl, PAYLOAD_SECRET: TEST_SECRET, NODE_ENV: 'test' },
    { quiet: true },
  )
  expect(migration.exitCode, migration.output).toBe(0)
  await replication.resumeReplay()
  // Before anything reads the configuration (lib/env.ts parses it once, at import).
  process.env.DATABASE_URL = primaryUrl
  process.env.DATABASE_REPLICA_URLS = withDatabaseName(replication.replicaUrl, databaseName)
  const { testPayload, rest: restHandler } = await import('../helpers/payload')
  payload = await testPayload()
  // As another instance would: one that has made no write, so Payload's own two seconds of
  // primary reads after a write (readReplicasAfterWriteInterval) do not apply.
  ;(payload.db as unknown as { readReplicasAfterWriteInterval: number }).readReplicasAfterWriteInterval = 0
  content = await import('@/lib/content/episodes')
  search = await import('@/lib/content/search')
  rest = restHandler
  const { tokenFor } = await import('../helpers/users')
  editorToken = (await tokenFor(payload, 'editor'))!
}, 240_000)

afterAll(async () => {
  // Before the clusters stop. Payload's destroy() ends no pool (it only forgets the schema), and
  // none can be ended here: Payload keeps one client of each checked out, so end() would wait for
  // ever. When a server stops, each pool's idle clients report it as an error on their pool,
  // an unhandled error without a listener: every pool, the primary's and the replicas' (seen
  // only inside the reader scope, lib/database/read-replicas.ts), gets one.
  const db = payload?.db as unknown as { pool?: pg.Pool; drizzle?: { $replicas?: { $client: pg.Pool }[] } } | undefined
  const replicas = readingFromReplicas(() => db?.drizzle?.$replicas) ?? []
  for (const pool of [db?.pool, ...replicas.map((replica) => replica.$client)]) pool?.on('error', () => {})
  await payload?.destroy().catch(() => {})
  await replication?.stop()
})

describe('reader queries on a read replica, everything else on the primary', () => {
  it('shows readers the replica, and editors, the API and previews the primary, until the replica catches up', async () => {
    const { createSeries, japaneseEpisodeData } = await import('../helpers/fixtures')
    const series = await createSeries(payload)
    const first = await payload.create({
      collection: 'episodes',
      locale: 'ja',
      data: { ...japaneseEpisodeData(series, 1), _status: 'published' },
    })
    await replication.resumeReplay()
    expect((await content.getEpisode('ja', first.slug!))?.title).toBe(first.title)

    await replication.pauseReplay()
    const renamed = `${first.title}(改訂)`
    const second = await payload.create({
      collection: 'episodes',
      locale: 'ja',
      data: { ...japaneseEpisodeData(series, 2), _status: 'published' },
    })
    await payload.update({ collection: 'episodes', id: first.id, locale: 'ja', data: { title: renamed } })

    // Readers: the replica, which has applied neither change yet.
    expect((await content.getEpisode('ja', first.slug!))?.title).toBe(first.title)
    expect(await content.getEpisode('ja', second.slug!)).toBeNull()
    expect((await content.listSeriesEpisodes('ja', series.id)).map((episode) => episode.id)).toEqual([first.id])
    // Search, which reads with SQL of its own before the Local API, too.
    const foundIds = async (query: string) => (await search.searchContent('ja', query)).map((hit) => hit.slug)
    expect(await foundIds(second.title)).not.toContain(second.slug)

    // The admin's API and the Local API: the primary.
    const viaApi = await rest('GET', `/episodes/${first.id}`, { token: editorToken, locale: 'ja' })
    expect(((await viaApi.json()) as { title: string }).title).toBe(renamed)
    expect((await payload.findByID({ collection: 'episodes', id: second.id })).id).toBe(second.id)
    // A preview (a draft read as the signed-in editor): the primary.
    const editor = (await payload.find({ collection: 'users', where: { role: { equals: 'editor' } }, limit: 1 }))
      .docs[0]!
    const preview = await content.getEpisode('ja', first.slug!, { ...editor, collection: 'users' })
    expect(preview?.title).toBe(renamed)

    await replication.resumeReplay()
    expect((await content.getEpisode('ja', first.slug!))?.title).toBe(renamed)
    expect((await content.getEpisode('ja', second.slug!))?.id).toBe(second.id)
    expect(await foundIds(second.title)).toContain(second.slug)
  })
})
