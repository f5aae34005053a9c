/**
 * Start-up checks for the Next.js server: configuration and database before the first request,
 * so that `npm start` fails at once with one clear line; then Payload's initialisation, which
 * applies pending migrations in production (`prodMigrations`) and starts the job runner; and
 * what the process does when the database goes away or it is asked to stop
 * (docs/reliability-faults.md).
 */
import type { Payload } from 'payload'

import { assertDatabaseReachable } from './database/connection-check'
import { env } from './env'
import { answerOutagesWith503 } from './server/unavailable-status'

export async function prepareServer(): Promise<void> {
  try {
    await assertDatabaseReachable(env.DATABASE_URL)
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`)
    process.exit(1)
  }
  answerOutagesWith503()
  if (env.NODE_ENV === 'production') {
    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    const payload = await getPayload({ config })
    await startJobRunnerIfAsked(payload)
    const { closeGracefullyOnSignals } = await import('./server/graceful-shutdown')
    closeGracefullyOnSignals(payload)
  } else if (env.jobsAutoRun) {
    // Development: scheduled publishing works there too (Payload starts on the first request otherwise).
    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    await startJobRunnerIfAsked(await getPayload({ config }))
  }
}

/**
 * The job runner (scheduled publish and unpublish) starts with the server, not on the first
 * request, so after a restart a scheduled episode does not wait for someone to open the admin.
 */
async function startJobRunnerIfAsked(payload: Payload): Promise<void> {
  if (!env.jobsAutoRun) return
  const { startJobRunner } = await import('./server/job-runner')
  startJobRunner(payload, env.jobsAutoRunCron)
}
