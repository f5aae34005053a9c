/**
 * Stopping the production server without losing work, on SIGTERM (`docker stop`, an
 * orchestrator) or SIGINT.
 *
 * Next.js's own handler (next/dist/server/lib/start-server.js) closes the listening socket, waits
 * for the requests in flight to finish, then calls `process.exit`. Payload's side it does not
 * know: the job runner may be in the middle of a scheduled publish, and the pool holds
 * connections to PostgreSQL. So, at the signal, readiness turns 503 and the job runner takes no
 * new jobs; and when Next calls `process.exit`, the exit waits, within bounds, for a running job
 * to finish and then for the pools to close. A job still running at the deadline is left to its
 * transaction, which PostgreSQL rolls back when the connection goes; the next start hands it
 * back to the queue (lib/server/orphaned-jobs.ts).
 */
import { constants } from 'node:os'

import type pg from 'pg'
import type { Payload } from 'payload'

import { closeDatabaseProbes } from '@/lib/database/availability'

import { markStopping } from './stopping'

/** Longer than a publish takes; shorter than docker-compose's stop_grace_period (30 s). */
export const JOB_DRAIN_MS = 20_000
const POOL_CLOSE_MS = 3_000

function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const deadline = Date.now() + timeoutMs
    const check = () => {
      if (condition()) return resolve(true)
      if (Date.now() >= deadline) return resolve(false)
      setTimeout(check, 100)
    }
    check()
  })
}

function within<T>(promise: Promise<T>, timeoutMs: number): Promise<T | undefined> {
  return Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(resolve, timeoutMs))])
}

type PoolInternals = { _clients: pg.PoolClient[]; _idle: { client: pg.PoolClient }[] }

/**
 * `pool.end()` waits for every client to come back, and @payloadcms/db-postgres 3.90 keeps the
 * client it connected with checked out for good (payload#17831, fixed upstream after 3.90), so
 * it would never return. Once no request or job is running, a client still out is that one.
 */
function releaseClientsStillOut(pool: pg.Pool): void {
  const { _clients: clients, _idle: idle } = pool as unknown as PoolInternals
  if (!Array.isArray(clients) || !Array.isArray(idle)) return
  const idleClients = new Set(idle.map((item) => item.client))
  for (const client of clients) {
    if (idleClients.has(client)) continue
    try {
      client.release(true)
    } catch {
      // Already released: nothing to do.
    }
  }
}

async function closePayloadPool(payload: Payload): Promise<boolean> {
  const pool = (payload.db as { pool?: pg.Pool }).pool
  if (!pool || pool.ending) return true
  releaseClientsStillOut(pool)
  return (
    (await within(
      pool.end().then(() => true),
      POOL_CLOSE_MS,
    )) ?? false
  )
}

export function closeGracefullyOnSignals(payload: Payload, log: (line: string) => void = console.log): void {
  let signalled = false
  let jobsDone: Promise<boolean> = Promise.resolve(true)
  let finishing: Promise<void> | undefined

  const finish = () =>
    (finishing ??= (async () => {
      if (!(await jobsDone)) {
        log(`Shutdown: a job was still running after ${JOB_DRAIN_MS / 1000} s; it runs again after the next start`)
      }
      const closed = await closePayloadPool(payload)
      await within(closeDatabaseProbes(), POOL_CLOSE_MS)
      log(closed ? 'Shutdown: database connections closed' : 'Shutdown: database connections did not close in time')
    })())

  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) return
    signalled = true
    markStopping()
    // What payload.destroy() does first, without its second half, which would take the database
    // adapter apart under the requests still in flight.
    const crons = payload.crons.splice(0, payload.crons.length)
    for (const cron of crons) cron.stop()
    const busy = () => crons.some((cron) => cron.isBusy())
    log(`Shutdown (${signal}): taking no new requests or jobs; finishing those in flight`)
    if (busy()) log('Shutdown: waiting for the running job to finish')
    jobsDone = waitFor(() => !busy(), JOB_DRAIN_MS)
    // Next exits once its requests are done; the exit waits for the job and the pools too. Next
    // exits with 128 + the signal's number; a stop that went as planned exits 0 instead, so an
    // orchestrator (or `docker compose stop`) sees a clean stop, not a crash.
    const exit = process.exit.bind(process)
    const signalExitCode = 128 + (constants.signals[signal] ?? 0)
    process.exit = ((code?: number | string | null) => {
      void finish().finally(() => exit(code === signalExitCode ? 0 : (code ?? undefined)))
    }) as typeof process.exit
  }
  process.on('SIGTERM', onSignal)
  process.on('SIGINT', onSignal)
}
