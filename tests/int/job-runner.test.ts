/**
 * The job runner of lib/server/job-runner.ts, as several instances run it at once: each due job
 * runs exactly once however many ticks race for it; a tick that finds another one holding the
 * lock runs nothing; a job left `processing` by a process that died runs again.
 */
import type { Payload } from 'payload'
import type pg from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'

import { runDueJobsOnce } from '@/lib/server/job-runner'

import { createSeries, englishEpisodeData, japaneseEpisodeData, episodeIsPublicIn } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  // Keep finished jobs, with their logs, so that the runs of each can be counted.
  payload.config.jobs.deleteJobOnComplete = false
})

/** A Japanese episode with an English draft, and a job due now that publishes the English one. */
async function episodeWithDuePublish(number: number): Promise<{ episodeId: number; jobId: number | string }> {
  const series = await createSeries(payload)
  const episode = await payload.create({
    collection: 'episodes',
    locale: 'ja',
    data: { ...japaneseEpisodeData(series, number), _status: 'published' },
  })
  await payload.update({ collection: 'episodes', id: episode.id, locale: 'en', draft: true, data: englishEpisodeData })
  const job = await payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: new Date(Date.now() - 1000),
    input: { type: 'publish', locale: 'en', doc: { relationTo: 'episodes', value: episode.id } },
  })
  return { episodeId: episode.id, jobId: job.id }
}

async function runsOf(jobId: number | string): Promise<number> {
  const job = await payload.findByID({ collection: 'payload-jobs', id: jobId, depth: 0 })
  return (job.log ?? []).filter((entry) => entry.taskSlug === 'schedulePublish' && entry.state === 'succeeded').length
}

const englishIsPublic = (id: number) => episodeIsPublicIn(payload, id, 'en')

function pool(): pg.Pool {
  return (payload.db as unknown as { pool: pg.Pool }).pool
}

describe('the job runner across instances', () => {
  // Ticks racing for the same due jobs, as that many instances whose crons fire together.
  it.each([2, 3, 5])('runs each due job once when %i ticks race for it', async (ticks) => {
    const scheduled = await Promise.all([1, 2, 3, 4].map((number) => episodeWithDuePublish(number)))
    const outcomes = await Promise.all(Array.from({ length: ticks }, () => runDueJobsOnce(payload)))
    // Whichever tick lost the race found nothing left, or the lock taken: never a second run.
    expect(outcomes.some((outcome) => outcome.ran)).toBe(true)
    for (let round = 0; round < 2; round += 1) await Promise.all([runDueJobsOnce(payload), runDueJobsOnce(payload)])
    for (const { episodeId, jobId } of scheduled) {
      expect(await runsOf(jobId)).toBe(1)
      expect(await englishIsPublic(episodeId)).toBe(true)
    }
  })

  it('runs nothing while another process holds the lock, and the jobs on the next tick', async () => {
    const { episodeId, jobId } = await episodeWithDuePublish(1)
    const other = await pool().connect()
    try {
      await other.query(`select pg_advisory_lock(hashtext('the-column:job-runner'))`)
      expect(await runDueJobsOnce(payload)).toEqual({ ran: false })
      expect(await runsOf(jobId)).toBe(0)
      expect(await englishIsPublic(episodeId)).toBe(false)
    } finally {
      await other.query(`select pg_advisory_unlock(hashtext('the-column:job-runner'))`)
      other.release()
    }
    expect((await runDueJobsOnce(payload)).ran).toBe(true)
    expect(await runsOf(jobId)).toBe(1)
    expect(await englishIsPublic(episodeId)).toBe(true)
  })

  it('hands a job left `processing` by a stopped process back to the queue, and runs it', async () => {
    const { episodeId, jobId } = await episodeWithDuePublish(1)
    await payload.update({ collection: 'payload-jobs', id: jobId, data: { processing: true } })
    const outcome = await runDueJobsOnce(payload)
    expect(outcome).toEqual({ ran: true, released: 1 })
    expect(await runsOf(jobId)).toBe(1)
    expect(await englishIsPublic(episodeId)).toBe(true)
  })
})
