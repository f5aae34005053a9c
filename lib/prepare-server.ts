/**
 * Start-up checks for the Next.js server: configuration and database before the first request,
 * so that `npm start` fails at once with one clear line; then Payload's initialisation, which
 * applies pending migrations in production (`prodMigrations`) and starts the job runner.
 */
import { assertDatabaseReachable } from './database/connection-check'
import { env } from './env'

export async function prepareServer(): Promise<void> {
  try {
    await assertDatabaseReachable(env.DATABASE_URL)
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`)
    process.exit(1)
  }
  if (env.NODE_ENV === 'production') {
    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    // `cron: true` starts the every-minute job runner (scheduled publish and unpublish) now.
    // Without it Payload starts it on the first admin or API request, so after a restart a
    // scheduled episode would wait for someone to open the admin.
    await getPayload({ config, cron: true })
  }
}
