/**
 * A scheduled publish, end to end: the app's own job runner (every minute, in the `next start`
 * process) publishes a draft at its time, and the publication reaches the public page, which is
 * rendered per request from Next's data cache. Jobs run outside a request, where Next refuses
 * revalidateTag; lib/cache/revalidate.ts then revalidates the cache store directly. Without that the
 * "no such episode" cached before the publication would stay.
 */
import { describe, expect, inject, it } from 'vitest'

import { TEST_SECRET } from '../setup/test-secret'
import { runScript } from '../../tooling/server/production-server'
import { scheduledEpisode } from './unpublished-content'
import { episodePath } from '@/lib/i18n/paths'

const baseUrl = inject('baseUrl')
const databaseUrl = inject('databaseUrl')
const pageUrl = `${baseUrl}${episodePath('ja', scheduledEpisode.slug)}`

/** The runner looks for due jobs once a minute: a job due in 15 s runs within about 75 s. */
const RUNNER_INTERVAL_MS = 60_000

async function publicPage(): Promise<{ status: number; html: string }> {
  const response = await fetch(pageUrl)
  return { status: response.status, html: await response.text() }
}

async function waitUntilPublic(deadline: number): Promise<string> {
  while (Date.now() < deadline) {
    const page = await publicPage()
    if (page.status === 200) return page.html
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
  throw new Error(`${pageUrl} was still not public after the job's time and a run of the job runner`)
}

describe('a scheduled publish', () => {
  it('goes live through the app’s job runner, past the cached 404', { timeout: 3 * RUNNER_INTERVAL_MS }, async () => {
    runScript('tests/e2e/schedule-publish.ts', ['15'], { databaseUrl, secret: TEST_SECRET })

    // Before its time: a 404, twice, so that the second is answered from Next's data cache.
    expect((await publicPage()).status).toBe(404)
    expect((await publicPage()).status).toBe(404)

    const html = await waitUntilPublic(Date.now() + 15_000 + 2 * RUNNER_INTERVAL_MS)
    expect(html).toContain(scheduledEpisode.title)
  })
})
