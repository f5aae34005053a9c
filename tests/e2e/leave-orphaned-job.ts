/**
 * Run by tests/e2e/faults.test.ts while its server is down after a SIGKILL: leaves in the job
 * queue what a process killed in the middle of a job leaves, a due scheduled publish still marked
 * `processing`. The next start must hand it back to the runner
 * (lib/jobs/orphaned-jobs.ts), which then runs it.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

const episodeSlug = process.argv[2]!
const payload = await getPayload({ config })

try {
  const { docs } = await payload.find({ collection: 'episodes', where: { slug: { equals: episodeSlug } }, limit: 1, depth: 0 })
  const job = await payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: new Date(),
    input: { type: 'publish', locale: 'ja', doc: { relationTo: 'episodes', value: docs[0]!.id } },
  })
  await payload.update({ collection: 'payload-jobs', id: job.id, data: { processing: true }, depth: 0 })
  process.exit(0)
} catch (error) {
  console.error(`Leaving an orphaned job failed: ${(error as Error).stack ?? String(error)}`)
  process.exit(1)
}
