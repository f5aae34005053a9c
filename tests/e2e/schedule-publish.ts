/**
 * Run by tests/e2e/scheduled-publish.test.ts against the e2e server's database: saves the
 * scheduled episode as a Japanese draft and queues its publication in Payload's job queue, as the
 * admin's "Schedule publish" does, `seconds` from now. The app's own job runner must publish it.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { richTextFromParagraphs } from '@/tooling/seed/rich-text'
import { series } from '@/tooling/seed/content'

import { scheduledEpisode } from './unpublished-content'

const seconds = Number(process.argv[2])
const payload = await getPayload({ config })

try {
  const { docs } = await payload.find({ collection: 'series', where: { slug: { equals: series.slug } }, limit: 1 })
  const draft = await payload.create({
    collection: 'episodes',
    locale: 'ja',
    draft: true,
    data: {
      slug: scheduledEpisode.slug,
      title: scheduledEpisode.title,
      episodeNumber: scheduledEpisode.number,
      series: docs[0]!.id,
      lead: '予約した時刻に公開されるかを確かめる回です。',
      body: richTextFromParagraphs(['この回はブラウザのテストのためにあります。']),
    },
  })
  await payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: new Date(Date.now() + seconds * 1000),
    input: { type: 'publish', locale: 'ja', doc: { relationTo: 'episodes', value: draft.id } },
  })
  process.exit(0)
} catch (error) {
  console.error(`Scheduling the e2e episode failed: ${(error as Error).stack ?? String(error)}`)
  process.exit(1)
}
