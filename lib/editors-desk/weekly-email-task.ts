/**
 * The weekly e-mail to editors (./weekly-email.ts) as a Payload task, queued by the app's job
 * runner (lib/server/job-runner.ts) for every Monday at 09:00 in Japan. Payload reads a schedule's
 * cron in the server's time zone, which is UTC in our images; the hook sets the time in Japan
 * whatever the server's zone is.
 */
import { Cron } from 'croner'
import type { TaskConfig } from 'payload'

import { env } from '@/lib/env'

import { sendWeeklyEditorsEmail } from './weekly-email'

/** Monday 09:00 (seconds first), in Japan. */
const WEEKLY_CRON = '0 0 9 * * 1'

export function nextWeeklyEmailAt(after: Date): Date {
  return new Cron(WEEKLY_CRON, { timezone: 'Asia/Tokyo' }).nextRun(after)!
}

export const weeklyEditorsEmailTask: TaskConfig<{ input: Record<string, never>; output: { sent: number } }> = {
  slug: 'weeklyEditorsEmail',
  label: 'E-mail editors the reviews due and translations missing',
  schedule: [
    {
      cron: WEEKLY_CRON,
      queue: 'default',
      hooks: {
        beforeSchedule: async (args) => {
          const scheduled = await args.defaultBeforeSchedule(args)
          return { ...scheduled, waitUntil: nextWeeklyEmailAt(new Date()) }
        },
      },
    },
  ],
  outputSchema: [{ name: 'sent', type: 'number', required: true }],
  // Not retried: a second run would send the e-mails that did go out once more.
  retries: 0,
  handler: async ({ req }) => {
    const outcome = await sendWeeklyEditorsEmail(req.payload, { smtpConfigured: Boolean(env.SMTP_URL) })
    if (outcome.sent > 0) req.payload.logger.info({ sent: outcome.sent }, "editors' desk: weekly e-mail sent")
    return { output: { sent: outcome.sent } }
  },
}
