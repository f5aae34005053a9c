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
import { insideNextServer } from '@/lib/env'

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

/** A pending scheduled publication of an episode, with where that episode sits in its series. */
interface PendingEpisodePublication {
  seriesId: number
  episodeNumber: number
  /** Undefined: every locale. */
  locale?: string
  publishAt: string
}

/** The `schedulePublish` jobs that have yet to run, earliest first (their times are checked by the caller). */
async function pendingScheduledPublications(): Promise<Pick<PayloadJob, 'input' | 'waitUntil' | 'hasError'>[]> {
  const payload = await readerPayload()
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    overrideAccess: true,
    depth: 0,
    pagination: false,
    sort: 'waitUntil',
    select: { input: true, waitUntil: true, hasError: true },
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }] },
  })
  return docs
}

/** Whether a job publishes an episode; a document id is stored as a string by the admin and may be a number when queued in code. */
function publishedEpisodeId(input: unknown): number | undefined {
  const job = (input ?? {}) as SchedulePublishInput
  if ((job.type ?? 'publish') !== 'publish' || job.doc?.relationTo !== 'episodes') return undefined
  const id = Number(job.doc.value)
  return Number.isInteger(id) ? id : undefined
}

/**
 * Every pending publication of an episode, whatever its time, with the episode's series and
 * number: from its draft only these two fields.
 */
async function findPendingEpisodePublications(): Promise<PendingEpisodePublication[]> {
  const jobs = (await pendingScheduledPublications()).flatMap((job) => {
    const episodeId = publishedEpisodeId(job.input)
    return !job.hasError && job.waitUntil && episodeId !== undefined ? [{ ...job, episodeId }] : []
  })
  const ids = [...new Set(jobs.map((job) => job.episodeId))]
  if (ids.length === 0) return []
  const payload = await readerPayload()
  const { docs } = await payload.find({
    collection: 'episodes',
    overrideAccess: true,
    draft: true,
    depth: 0,
    pagination: false,
    select: { series: true, episodeNumber: true },
    where: { id: { in: ids } },
  })
  const episodes = new Map(docs.map((doc) => [doc.id, doc]))
  // In the jobs' order: earliest first.
  return jobs.flatMap((job) => {
    const episode = episodes.get(job.episodeId)
    const seriesId = episode ? relationId(episode.series) : undefined
    if (!episode || seriesId === undefined) return []
    const { locale } = (job.input ?? {}) as SchedulePublishInput
    return [{ seriesId, episodeNumber: episode.episodeNumber, locale: locale || undefined, publishAt: job.waitUntil! }]
  })
}

/**
 * Scheduling queues a job and changes no document, so no hook can revalidate a cache entry when an
 * editor schedules or cancels: the pending publications are read again after this long instead,
 * in each process and outside the shared cache (an entry kept for a time would otherwise expire in
 * Redis and be missed by every page that reads it). One small query on the jobs queue per process
 * per period; the times are compared with the clock on every page.
 */
const PENDING_PUBLICATIONS_MAX_AGE_MS = 15_000

const memoKey = Symbol.for('the-column.pending-episode-publications')
type Memo = { readAt: number; reading: Promise<PendingEpisodePublication[]> }
const processMemo = globalThis as typeof globalThis & { [memoKey]?: Memo }

function recentPendingEpisodePublications(): Promise<PendingEpisodePublication[]> {
  // Outside a Next.js server (scripts, tests) every call reads the queue.
  if (!insideNextServer()) return findPendingEpisodePublications()
  const memo = processMemo[memoKey]
  if (memo && Date.now() - memo.readAt < PENDING_PUBLICATIONS_MAX_AGE_MS) return memo.reading
  const reading = findPendingEpisodePublications()
  processMemo[memoKey] = { readAt: Date.now(), reading }
  // A failed read is not kept: the next page asks again.
  reading.catch(() => {
    if (processMemo[memoKey]?.reading === reading) delete processMemo[memoKey]
  })
  return reading
}

/** Whether a reader can already open that episode in this locale (then the nav links it instead). */
async function findIsPublished(locale: Locale, seriesId: number, episodeNumber: number): Promise<boolean> {
  const payload = await readerPayload()
  const { totalDocs } = await payload.count({
    collection: 'episodes',
    overrideAccess: false,
    locale,
    where: { and: [{ series: { equals: seriesId } }, { episodeNumber: { equals: episodeNumber } }] },
  })
  return totalDocs > 0
}

// Changes only when an episode is published or unpublished, which revalidates `episodes`.
const isPublished = cachedQuery('episode-number-published', findIsPublished, { tags: () => [cacheTags.episodes] })

/** The next episode's number and the earliest date it is scheduled to be published in this locale. */
export async function getScheduledNextEpisode(
  locale: Locale,
  episode: Pick<Episode, 'series' | 'episodeNumber'>,
  now: Date = new Date(),
): Promise<ScheduledNextEpisode | null> {
  const seriesId = relationId(episode.series)
  if (seriesId === undefined) return null
  const episodeNumber = episode.episodeNumber + 1
  const moment = now.getTime()
  // The pending publications are earliest first, so the first that matches is the earliest.
  const earliest = (await recentPendingEpisodePublications()).find(
    (publication) =>
      publication.seriesId === seriesId &&
      publication.episodeNumber === episodeNumber &&
      (publication.locale === undefined || publication.locale === locale) &&
      Date.parse(publication.publishAt) > moment,
  )
  if (!earliest || (await isPublished(locale, seriesId, episodeNumber))) return null
  return { episodeNumber, publishAt: new Date(earliest.publishAt).toISOString() }
}
