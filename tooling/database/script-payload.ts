/**
 * Payload for a one-shot command that reads the column's content (`npm run claims:check`). The
 * database is found as scripts/with-database.ts finds it (DATABASE_URL, or the embedded
 * development cluster under .data/postgres), but from inside the command, so that the command's
 * other modes need no database at all. Anything in the way ends as one ScriptSetupError line.
 */
import type { EventEmitter } from 'node:events'
import type { Config, Payload, SanitizedConfig } from 'payload'

import { readOrCreateDevSecret } from '../dev-secret'
import { ConfigError, parseEnv } from '../../lib/env-schema'
import { describeDatabaseUrl } from '../../lib/database/connection-check'
import { pendingMigrations } from './migration-status'
import { provideDatabase, type ProvidedDatabase } from './provide-database'
import { runMigrations } from './run-migrations'

/** The configuration or the database is not usable; the message is one line for the user. */
export class ScriptSetupError extends Error {
  override name = 'ScriptSetupError'
}

export interface ScriptPayload {
  payload: Payload
  /** Closes Payload's connections and stops an embedded cluster this command started. */
  stop: () => Promise<void>
}

export async function startScriptPayload(): Promise<ScriptPayload> {
  const database = await asSetupError(() => provideDatabase({ embeddedDatabaseName: 'column', purpose: 'development' }))
  try {
    prepareEnvironment(database.url)
    // The config first, alone: it brings Payload, the adapter and the migrations with it.
    const { default: configPromise } = await import('@payload-config')
    await bringSchemaUpToDate(database)
    const payload = await startPayload(await configPromise)
    return {
      payload,
      stop: async () => {
        await payload.destroy()
        // destroy() leaves the adapter's pool open, with a client Payload never releases, so it
        // cannot be ended: the command exits instead. Stopping an embedded cluster closes those
        // connections, which the pool would report as an error that ends the process.
        ;(payload.db as { pool?: EventEmitter }).pool?.on('error', () => {})
        await database.stop()
      },
    }
  } catch (error) {
    await database.stop()
    throw error
  }
}

/**
 * lib/env.ts reads process.env once, when the Payload config first imports it, so the database
 * found here (and a development secret, as with-database.ts gives) must be there beforehand. The
 * values are checked here first because lib/env.ts would exit 1, which for claims:check means
 * "error findings".
 */
function prepareEnvironment(databaseUrl: string): void {
  process.env.DATABASE_URL = databaseUrl
  if (!process.env.PAYLOAD_SECRET && process.env.NODE_ENV !== 'production') {
    process.env.PAYLOAD_SECRET = readOrCreateDevSecret().secret
  }
  // Payload's start-up notes (no e-mail adapter, ...) are not what the command reports.
  process.env.LOG_LEVEL ??= 'error'
  try {
    parseEnv(process.env)
  } catch (error) {
    if (error instanceof ConfigError) throw new ScriptSetupError(error.message)
    throw error
  }
}

/**
 * A clean clone's embedded database is migrated first, as `npm run seed` does. A server named by
 * DATABASE_URL is only read: a checker must not change the schema of a database it is pointed at.
 */
async function bringSchemaUpToDate(database: ProvidedDatabase): Promise<void> {
  const { migrations } = await import('../../migrations')
  const where = describeDatabaseUrl(database.url)
  const pending = await asSetupError(() => pendingMigrations(database.url, migrations), `cannot read ${where}: `)
  if (pending.length === 0) return
  if (!database.embedded) {
    throw new ScriptSetupError(
      `DATABASE_URL: the database at ${where} lacks ${pending.length} of ${migrations.length} migrations: run "npm run migrate" first`,
    )
  }
  // On stderr: stdout is the command's report.
  process.stderr.write(`Applying the committed migrations to the embedded database (${where})...\n`)
  const run = await runMigrations({ ...process.env }, { quiet: true })
  if (run.exitCode !== 0) {
    const reason = run.output.trim().split('\n').at(-1) ?? `exit code ${run.exitCode}`
    throw new ScriptSetupError(`migrating the embedded database at ${where} failed: ${reason}`)
  }
}

async function startPayload(config: SanitizedConfig): Promise<Payload> {
  const { getPayload } = await import('payload')
  const { env } = await import('../../lib/env')
  // Payload logs to stdout by default; a command's stdout is its report, possibly JSON. (The
  // sanitized config's type asks for every pino option; Payload passes on what is given.)
  const logger: Config['logger'] = { options: { level: env.LOG_LEVEL }, destination: process.stderr }
  return getPayload({ config: { ...config, logger } as SanitizedConfig })
}

async function asSetupError<T>(work: () => Promise<T>, prefix = ''): Promise<T> {
  try {
    return await work()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new ScriptSetupError(`${prefix}${message.split('\n')[0]}`)
  }
}
