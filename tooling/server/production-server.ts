/**
 * The production path on a database of its own, for the end-to-end tests and `npm run bench`:
 * the `next build` output started by `next start` with NODE_ENV=production on a fresh, empty
 * database, which Payload migrates on start (prodMigrations), then seeded by the caller.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { withLexicalEntryCondition } from '../lexical-entry-condition'
import { createRunDatabase } from '../database/run-database'

export interface ProductionServer {
  baseUrl: string
  database: { name: string; url: string; serverUrl: string }
  /** The environment `next start` runs with: what the server derives from it (the preview secret) can be derived again. */
  env: NodeJS.ProcessEnv
  /** The `next start` process, whose memory the benchmark's soak reads. */
  pid: number
  /** The `next start` process, for the fault tests to signal (SIGTERM, SIGKILL). */
  process: ChildProcess
  /** What the server printed so far. */
  output: () => string
  /** Ends with the process's exit code (null when a signal ended it). */
  exited: Promise<number | null>
  /** Stops the server, then drops its database. */
  stop: () => Promise<void>
}

/** A `next start` process on a database that already exists (a restart after a crash). */
export interface NextServer {
  baseUrl: string
  process: ChildProcess
  output: () => string
  /** Ends with the process's exit code (null when a signal ended it). */
  exited: Promise<number | null>
}

/** A TCP port nothing listens on now, for a server started by a test. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

/** Where `next build` writes and `next start` reads (COLUMN_DIST_DIR, see next.config.ts). */
export const buildDirectory = process.env.COLUMN_DIST_DIR ?? '.next'

export function ensureBuild(): void {
  if (existsSync(path.join(buildDirectory, 'BUILD_ID'))) return
  console.log('No production build found: running "next build" first...')
  build()
}

/** `next build`, its output on our stderr (a benchmark's stdout is its report). */
export function build(env: Record<string, string> = {}): void {
  const result = spawnSync(path.resolve('node_modules/.bin/next'), ['build'], {
    stdio: ['ignore', process.stderr, 'inherit'],
    env: { ...process.env, ...env },
  })
  if (result.status !== 0) throw new Error('next build failed')
}

async function waitUntilHealthy(baseUrl: string, server: ChildProcess, output: () => string, signal?: AbortSignal) {
  for (let attempt = 0; attempt < 120; attempt++) {
    signal?.throwIfAborted()
    if (server.exitCode !== null) throw new Error(`next start exited early:\n${output()}`)
    const response = await fetch(`${baseUrl}/api/health`).catch(() => undefined)
    if (response?.ok) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`next start did not become healthy:\n${output()}`)
}

export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

/**
 * `next start` with `env` (NODE_ENV, DATABASE_URL, PAYLOAD_SECRET and SITE_URL included), on
 * `port` or a free one, resolved once /api/health answers 200.
 */
export async function startNextServer(options: {
  env: NodeJS.ProcessEnv
  port?: number
  signal?: AbortSignal
}): Promise<NextServer> {
  const port = options.port ?? (await freePort())
  const baseUrl = `http://127.0.0.1:${port}`
  let output = ''
  const server = spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', String(port)], {
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout?.on('data', (chunk) => (output += chunk))
  server.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)))
  try {
    await waitUntilHealthy(baseUrl, server, () => output, options.signal)
  } catch (error) {
    server.kill('SIGKILL')
    throw error
  }
  return { baseUrl, process: server, output: () => output, exited }
}

export async function startProductionServer(options: {
  secret: string
  /** Start of the database's name; a time and a random suffix follow. */
  databasePrefix?: string
  /**
   * The PostgreSQL server to create the database on (its maintenance database's URL); by default
   * the one of DATABASE_URL or the embedded test cluster. The fault tests pass one they stop.
   */
  databaseServerUrl?: string
  /** Fills the database once the server has migrated it. */
  seed: (databaseUrl: string) => void | Promise<void>
  /** Gives up waiting for the server (an interrupted benchmark); everything started is stopped. */
  signal?: AbortSignal
  /** More environment for `next start` (the benchmark's build directory). */
  env?: Record<string, string>
}): Promise<ProductionServer> {
  const database = await createRunDatabase({ prefix: options.databasePrefix, serverUrl: options.databaseServerUrl })
  const port = await freePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: options.secret,
    SITE_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'warn',
    ...options.env,
  }
  let server: NextServer
  try {
    server = await startNextServer({ env, port, signal: options.signal })
  } catch (error) {
    await database.drop()
    throw error
  }
  const stop = async () => {
    await stopProcess(server.process)
    await database.drop()
  }
  try {
    await options.seed(database.url)
  } catch (error) {
    await stop()
    throw error
  }
  const { name, url, serverUrl } = database
  const { baseUrl, process: child, output, exited } = server
  return { baseUrl, database: { name, url, serverUrl }, env, pid: child.pid!, process: child, output, exited, stop }
}

/** Runs a TypeScript script (seed, fixtures) against the server's database, as a test process. */
export function runScript(
  script: string,
  args: string[],
  options: { databaseUrl: string; secret: string; env?: Record<string, string> },
): void {
  const result = spawnSync(path.resolve('node_modules/.bin/tsx'), [script, ...args], {
    env: withLexicalEntryCondition({
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      PAYLOAD_SECRET: options.secret,
      NODE_ENV: 'test' as const,
      LOG_LEVEL: 'warn',
      ...options.env,
    }),
    encoding: 'utf8',
  })
  if (result.status === 0) return
  const database = new URL(options.databaseUrl).pathname.slice(1)
  const how = result.signal ? `was killed by ${result.signal}` : `exited with ${result.status}`
  throw new Error(`${script} ${how} on database ${database}:\n${result.stdout}${result.stderr}${result.error ?? ''}`)
}
