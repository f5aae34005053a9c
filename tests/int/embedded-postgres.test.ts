/**
 * The embedded PostgreSQL that `npm run dev` and `npm test` start when DATABASE_URL is unset:
 * a real server that keeps its data between starts, stops with its owner, and is shared with
 * a second process instead of clashing with it. Runs on its own port and data directory.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { embeddedPostgresMajorVersion, startEmbeddedPostgres } from '@/tooling/database/embedded-postgres'

const parent = mkdtempSync(path.join(tmpdir(), 'column-embedded-'))
// The postgres user that runs the server when we are root must be able to enter it.
chmodSync(parent, 0o755)
const dataDirectory = path.join(parent, 'postgres')
const port = 54000 + Math.floor(Math.random() * 900)

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

function isListening(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })
}

afterAll(() => rmSync(parent, { recursive: true, force: true }))

describe('the embedded PostgreSQL', () => {
  it.runIf(process.getuid?.() === 0)(
    'as root, keeps the data of a checkout the postgres user cannot enter under /var/tmp, and finds it again',
    async () => {
      // mkdtemp makes the directory 0700, as /root is.
      const locked = mkdtempSync(path.join(tmpdir(), 'column-locked-'))
      const requested = path.join(locked, 'postgres')
      let fallback: string | undefined
      try {
        const first = await startEmbeddedPostgres({ dataDirectory: requested, port })
        fallback = first.dataDirectory
        expect(fallback).toMatch(/^\/var\/tmp\/the-column-[0-9a-f]{12}\/postgres$/)
        await query(first.serverUrl, "create table kept (note text); insert into kept values ('再開')")
        await first.stop()
        const second = await startEmbeddedPostgres({ dataDirectory: requested, port })
        expect(second.dataDirectory).toBe(fallback)
        expect(await query(second.serverUrl, 'select note from kept')).toEqual([{ note: '再開' }])
        await second.stop()
      } finally {
        rmSync(locked, { recursive: true, force: true })
        if (fallback) rmSync(path.dirname(fallback), { recursive: true, force: true })
      }
    },
  )

  it('initialises a new data directory, and keeps its data across a stop and a start', async () => {
    const first = await startEmbeddedPostgres({ dataDirectory, port })
    await query(first.serverUrl, "create table kept (note text); insert into kept values ('再生医療')")
    await first.stop()
    expect(await isListening()).toBe(false)

    const second = await startEmbeddedPostgres({ dataDirectory, port })
    try {
      expect(await query(second.serverUrl, 'select note from kept')).toEqual([{ note: '再生医療' }])
      // npm run backup names the embedded server's version without starting it (tooling/backup).
      const [{ num }] = await query(second.serverUrl, "select current_setting('server_version_num') as num")
      expect(Math.floor(Number(num) / 10000)).toBe(embeddedPostgresMajorVersion())
    } finally {
      await second.stop()
    }
  })

  it('refuses to share a port with another cluster, saying what to do', async () => {
    const owner = await startEmbeddedPostgres({ dataDirectory, port })
    try {
      await expect(startEmbeddedPostgres({ dataDirectory: `${dataDirectory}-other`, port })).rejects.toThrow(
        `Port ${port} is taken by another PostgreSQL (data in ${dataDirectory}). Set EMBEDDED_POSTGRES_PORT`,
      )
    } finally {
      await owner.stop()
    }
  })

  it('lets a second process share a running server without stopping it', async () => {
    const owner = await startEmbeddedPostgres({ dataDirectory, port })
    try {
      const guest = await startEmbeddedPostgres({ dataDirectory, port })
      await guest.stop()
      expect(await query(owner.serverUrl, 'select 1 as up')).toEqual([{ up: 1 }])
    } finally {
      await owner.stop()
    }
  })
})
