/**
 * Start-up checks for the Next.js server: configuration and database before the first request,
 * so that `npm start` fails at once with one clear line; then Payload's initialisation, which
 * applies pending migrations in production (`prodMigrations`) and starts the job runner; and
 * what the process does when the database goes away or it is asked to stop
 * (docs/reliability-faults.md).
 */
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
    if (env.jobsAutoRun) {
      const { releaseOrphanedJobs } = await import('./server/orphaned-jobs')
      const released = await releaseOrphanedJobs(payload)
      if (released > 0) console.log(`Jobs: ${released} job(s) left running by a previous process will run again`)
    }
    // `cron: true` starts the job runner (scheduled publish and unpublish) now. Without it
    // Payload starts it on the first admin or API request, so after a restart a scheduled
    // episode would wait for someone to open the admin.
    await getPayload({ config, cron: true })
    const { closeGracefullyOnSignals } = await import('./server/graceful-shutdown')
    closeGracefullyOnSignals(payload)
  }
}
