/**
 * The job runner: scheduled publish and unpublish, and the daily deletion of old inquiries, run
 * inside the app on every instance started with JOBS_AUTORUN (a tick per JOBS_AUTORUN_CRON), and
 * each due job runs once however many instances there are.
 *
 * Payload 3.90's own runner (`jobs.autoRun`) claims due jobs by reading them and then marking
 * them `processing` row by row (@payloadcms/drizzle updateJobs), so two instances ticking at once
 * can claim, and run, the same job. Here a tick runs only while it holds a PostgreSQL advisory
 * lock, on a connection of its own: one instance runs the due jobs, the others skip that tick.
 * PostgreSQL releases the lock when its connection goes, so a process that dies cannot keep it.
 *
 * While the lock is held no other process runs jobs, so a job still marked `processing` was left
 * by a process that died in the middle of it (payload#17645): each tick hands such jobs back to
 * the queue first (lib/server/orphaned-jobs.ts). A job's writes are one transaction, so running
 * it again is safe.
 */
import { Cron } from 'croner'
import type { Payload } from 'payload'
import type pg from 'pg'

import { flushJobRevalidations } from '@/lib/cache/revalidate'

import { releaseOrphanedJobs } from './orphaned-jobs'

/** One number for "the job runner" among the advisory locks of this database. */
const JOB_RUNNER_LOCK = 'the-column:job-runner'
/** The queue the runner runs: scheduled publishing's, and the one scheduled tasks name. */
export const JOB_RUNNER_QUEUE = 'default'

export type TickOutcome = { ran: true; released: number } | { ran: false }

function poolOf(payload: Payload): pg.Pool {
  const pool = (payload.db as { pool?: pg.Pool }).pool
  if (!pool) throw new Error('The job runner needs the PostgreSQL adapter (payload.db.pool)')
  return pool
}

/**
 * Runs the due jobs once if no other process is running them now; `{ ran: false }` if one is.
 * `limit`: at most this many jobs in this tick (the rest wait for the next).
 */
export async function runDueJobsOnce(payload: Payload, limit = 20): Promise<TickOutcome> {
  const connection = await poolOf(payload).connect()
  let locked = false
  try {
    const { rows } = await connection.query<{ locked: boolean }>(
      'select pg_try_advisory_lock(hashtext($1)) as locked',
      [JOB_RUNNER_LOCK],
    )
    locked = rows[0]?.locked === true
    if (!locked) return { ran: false }
    const released = await releaseOrphanedJobs(payload)
    if (released > 0) payload.logger.info(`Jobs: ${released} job(s) left running by a stopped process will run again`)
    // Tasks with a schedule of their own (the daily inquiry deletion) are queued when due.
    if (payload.config.jobs.scheduling) await payload.jobs.handleSchedules({ queue: JOB_RUNNER_QUEUE })
    await payload.jobs.run({ queue: JOB_RUNNER_QUEUE, limit })
    // Every job of the run has committed: now what they published may be rebuilt.
    await flushJobRevalidations()
    return { ran: true, released }
  } finally {
    if (locked) {
      await connection.query('select pg_advisory_unlock(hashtext($1))', [JOB_RUNNER_LOCK]).catch(() => {})
    }
    connection.release()
  }
}

const runnerKey = Symbol.for('the-column.job-runner')

/**
 * Starts ticking on `cron` (once per process). The cron is kept with Payload's own, where the
 * graceful shutdown (lib/server/graceful-shutdown.ts) stops it and waits for a running tick.
 */
export function startJobRunner(payload: Payload, cron: string): void {
  if (Reflect.get(globalThis, runnerKey)) return
  const runner = new Cron(
    cron,
    async () => {
      await runDueJobsOnce(payload)
    },
    {
      // A tick still running when the next is due: the next is skipped, not stacked.
      protect: true,
      catch: (error) => payload.logger.error({ err: error, msg: 'The job runner failed a tick' }),
    },
  )
  Reflect.set(globalThis, runnerKey, runner)
  payload.crons.push(runner)
}
