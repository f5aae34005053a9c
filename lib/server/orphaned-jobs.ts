/**
 * Jobs a previous process left half-run. Payload 3.90 marks a job `processing` while it runs and
 * clears the mark when it ends; a process killed in between (SIGKILL, a crash, a stop that
 * outlasted the grace period) leaves the mark, and Payload never picks such a job up again
 * (payload#17645; upstream replaces the mark with a renewable lease in payload#17220). A job's
 * writes are a transaction, so nothing of the interrupted run was kept: running it again is safe.
 *
 * Called by the job runner at each tick while it holds the runner's lock (lib/server/job-runner.ts):
 * no other process is running jobs then, so a job marked `processing` cannot belong to anyone alive.
 */
import type { Payload } from 'payload'

export async function releaseOrphanedJobs(payload: Payload): Promise<number> {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: { processing: { equals: true } },
    data: { processing: false },
    depth: 0,
    overrideAccess: true,
  })
  return docs.length
}
