/**
 * Run by tests/e2e/faults.test.ts against its server's database: queues, as the admin's
 * "Schedule publish" does, a publish or unpublish of an episode in Japanese that is due now, so
 * that the running server's job runner picks it up within its next tick.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

const [episodeSlug, type] = process.argv.slice(2)
if (!episodeSlug || (type !== 'publish' && type !== 'unpublish')) {
  console.error('Usage: queue-scheduled-job.ts <episode slug> publish|unpublish')
  process.exit(2)
}
const payload = await getPayload({ config })

try {
  const { docs } = await payload.find({
    collection: 'episodes',
    where: { slug: { equals: episodeSlug } },
    limit: 1,
    depth: 0,
    draft: true,
  })
  await payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: new Date(),
    input: { type, locale: 'ja', doc: { relationTo: 'episodes', value: docs[0]!.id } },
  })
  process.exit(0)
} catch (error) {
  console.error(`Queueing the scheduled job failed: ${(error as Error).stack ?? String(error)}`)
  process.exit(1)
}
