/**
 * The daily job that deletes inquiries past INQUIRY_RETENTION_DAYS (lib/consultation/retention.ts).
 * Scheduled on the default queue, which the app already runs every minute (lib/server/job-runner.ts):
 * the runner queues one run a day at the schedule's time, then runs it.
 */
import type { TaskConfig } from 'payload'

import { deleteExpiredInquiries } from '@/lib/consultation/retention'
import { env } from '@/lib/env'

export const deleteExpiredInquiriesTask: TaskConfig<{
  input: Record<string, never>
  output: { deleted: number; cutoff: string }
}> = {
  slug: 'deleteExpiredInquiries',
  label: 'Delete inquiries past their retention period',
  // Every day at 03:30 (seconds first), when the site is quiet.
  schedule: [{ cron: '0 30 3 * * *', queue: 'default' }],
  outputSchema: [
    { name: 'deleted', type: 'number', required: true },
    { name: 'cutoff', type: 'date', required: true },
  ],
  // Deleting is idempotent: a failed run is simply tried again.
  retries: 2,
  handler: async ({ req }) => {
    const run = await deleteExpiredInquiries(req.payload, {
      collection: 'inquiries',
      retentionDays: env.INQUIRY_RETENTION_DAYS,
    })
    if (run.deleted > 0) req.payload.logger.info({ deleted: run.deleted }, 'consultation: expired inquiries deleted')
    return { output: { deleted: run.deleted, cutoff: run.cutoff.toISOString() } }
  },
}
