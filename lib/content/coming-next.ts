/**
 * "Coming next" on an episode page: the next episode of the series when it is not published in
 * the page's locale yet but an editor has scheduled its publication (a pending `schedulePublish`
 * job in Payload's queue).
 *
 * Drafts never reach the public, so this is the one reader query that reads past access control
 * (`overrideAccess: true`: the jobs queue and an unpublished episode are staff-only) and it is kept
 * narrow on purpose: from the draft it selects only its series and number, and it returns only
 * that number and the scheduled date, never the draft's title or any other of its text.
 */
import type { Episode, PayloadJob } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'
import { relationId } from '@/lib/payload/relation-id'

import { cachedQuery } from '@/lib/cache/cached-query'
import { cacheTags } from '@/lib/cache/tags'

import { readerPayload } from './payload-client'

export interface ScheduledNextEpisode {
  episodeNumber: number
  /** ISO date-time at which the scheduled publication runs. */
  publishAt: string
}

/** The `input` Payload's `schedulePublish` task is queued with. */
interface SchedulePublishInput {
  type?: 'publish' | 'unpublish'
  locale?: string
  doc?: { relationTo: string; value: number | string }
}

/** The id of the episode with this number in the series, whatever its status. */
async function findEpisodeId(seriesId: number, episodeNumber: number): Promise<number | undefined> {
  const payload = await readerPayload()
  const { docs } = await payload.find({
    collection: 'episodes',
    overrideAccess: true,
    draft: true,
    depth: 0,
    limit: 1,
    select: { series: true, episodeNumber: true },
    where: { and: [{ series: { equals: seriesId } }, { episodeNumber: { equals: episodeNumber } }] },
  })
  return docs[0]?.id
}

/** Whether a reader can already open that episode in this locale (then the nav links it instead). */
async function isPublished(locale: Locale, seriesId: number, episodeNumber: number): Promise<boolean> {
  const payload = await readerPayload()
  const { totalDocs } = await payload.count({
    collection: 'episodes',
    overrideAccess: false,
    locale,
    where: { and: [{ series: { equals: seriesId } }, { episodeNumber: { equals: episodeNumber } }] },
  })
  return totalDocs > 0
}

/** Scheduled publications that have yet to run, earliest first. */
async function pendingScheduledPublications(
  now: Date,
): Promise<Pick<PayloadJob, 'id' | 'input' | 'waitUntil' | 'hasError'>[]> {
  const payload = await readerPayload()
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    overrideAccess: true,
    depth: 0,
    pagination: false,
    sort: 'waitUntil',
    select: { input: true, waitUntil: true, hasError: true },
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { waitUntil: { greater_than: now.toISOString() } },
      ],
    },
  })
  return docs
}

/**
 * Whether a job will publish this episode in this locale. A job without a locale publishes every
 * locale; the document id is stored as a string by the admin and may be a number when queued in code.
 */
function publishesEpisodeIn(input: unknown, episodeId: number, locale: Locale): boolean {
  const job = (input ?? {}) as SchedulePublishInput
  return (
    (job.type ?? 'publish') === 'publish' &&
    job.doc?.relationTo === 'episodes' &&
    String(job.doc.value) === String(episodeId) &&
    (!job.locale || job.locale === locale)
  )
}

/** The next episode's number and the earliest date it is scheduled to be published in this locale. */
export async function getScheduledNextEpisode(
  locale: Locale,
  episode: Pick<Episode, 'series' | 'episodeNumber'>,
  now?: Date,
): Promise<ScheduledNextEpisode | null> {
  const seriesId = relationId(episode.series)
  if (seriesId === undefined) return null
  const episodeNumber = episode.episodeNumber + 1
  return now
    ? findScheduledEpisode(locale, seriesId, episodeNumber, now)
    : scheduledEpisode(locale, seriesId, episodeNumber)
}

// Scheduling queues a job rather than changing the episode, so no hook revalidates it: the
// cached answer is re-read each minute instead.
const scheduledEpisode = cachedQuery(
  'scheduled-next-episode',
  (locale: Locale, seriesId: number, episodeNumber: number) =>
    findScheduledEpisode(locale, seriesId, episodeNumber, new Date()),
  { tags: () => [cacheTags.episodes], revalidate: 60 },
)

async function findScheduledEpisode(
  locale: Locale,
  seriesId: number,
  episodeNumber: number,
  now: Date,
): Promise<ScheduledNextEpisode | null> {
  const [nextId, alreadyPublished, jobs] = await Promise.all([
    findEpisodeId(seriesId, episodeNumber),
    isPublished(locale, seriesId, episodeNumber),
    pendingScheduledPublications(now),
  ])
  if (nextId === undefined || alreadyPublished) return null
  const job = jobs.find((candidate) => !candidate.hasError && publishesEpisodeIn(candidate.input, nextId, locale))
  return job?.waitUntil ? { episodeNumber, publishAt: job.waitUntil } : null
}
