/**
 * Scheduled publications and unpublications: the pending `schedulePublish` jobs Payload's
 * "Schedule publish" queues. The job queue is Payload's own system collection, read past access;
 * what keeps the list to what this person may see is the second query, which reads the scheduled
 * documents as them (drafts only for those who edit the collection) and drops the jobs of any
 * document it does not return.
 */
import type { CollectionSlug } from 'payload'

import { isLocale } from '@/lib/i18n/locales'

import { readableTitles } from './titles'
import { DESK_LIST_LIMIT, type DeskItem, type DeskReader } from './types'

/** The `input` Payload's `schedulePublish` task is queued with (the id a string from the admin, a number from code). */
interface SchedulePublishInput {
  type?: 'publish' | 'unpublish'
  locale?: string
  doc?: { relationTo: string; value: number | string }
}

interface PendingJob {
  input: SchedulePublishInput
  waitUntil: string
}

async function pendingJobs(reader: DeskReader): Promise<PendingJob[]> {
  const { docs } = await reader.payload.find({
    collection: 'payload-jobs',
    overrideAccess: true,
    depth: 0,
    pagination: false,
    sort: 'waitUntil',
    select: { input: true, waitUntil: true },
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { waitUntil: { exists: true } },
      ],
    },
  })
  return docs
    .filter((job) => job.waitUntil && (job.input as SchedulePublishInput | null)?.doc)
    .map((job) => ({ input: job.input as SchedulePublishInput, waitUntil: job.waitUntil! }))
}

/** Titles of the documents this person may read, by "collection/id". */
async function titlesOfScheduled(reader: DeskReader, jobs: PendingJob[]): Promise<Map<string, string>> {
  const idsByCollection = new Map<CollectionSlug, Set<string>>()
  for (const { input } of jobs) {
    const collection = input.doc!.relationTo as CollectionSlug
    const ids = idsByCollection.get(collection) ?? new Set<string>()
    ids.add(String(input.doc!.value))
    idsByCollection.set(collection, ids)
  }
  const titles = new Map<string, string>()
  await Promise.all(
    [...idsByCollection].map(async ([collection, ids]) => {
      for (const [id, title] of await readableTitles(reader, collection, [...ids]))
        titles.set(`${collection}/${id}`, title)
    }),
  )
  return titles
}

/** Pending scheduled publications and unpublications, the soonest first. */
export async function listScheduledPublications(reader: DeskReader): Promise<DeskItem[]> {
  const jobs = await pendingJobs(reader)
  const titles = await titlesOfScheduled(reader, jobs)
  return jobs
    .flatMap(({ input, waitUntil }): DeskItem[] => {
      const title = titles.get(`${input.doc!.relationTo}/${String(input.doc!.value)}`)
      if (title === undefined) return []
      const locale = input.locale && isLocale(input.locale) ? input.locale : null
      return [
        {
          collection: input.doc!.relationTo,
          id: input.doc!.value,
          title,
          at: waitUntil,
          notes: [{ kind: 'scheduled', action: input.type ?? 'publish', locale }],
        },
      ]
    })
    .slice(0, DESK_LIST_LIMIT)
}
