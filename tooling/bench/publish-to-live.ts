/**
 * Publish-to-live: how long after an editor publishes a change a reader sees it. The change is
 * published over REST as the admin; the public page is then fetched as a reader (no cookies)
 * until the new text is in it. Timed from the moment the publish request is sent.
 */
import { randomBytes } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'

export interface PublishEdit {
  name: string
  /** The public page on which the change must appear. */
  pageUrl: string
  /** Publishes a change whose text on the page contains `marker`. */
  publish: (marker: string) => Promise<void>
}

export interface PublishTimings {
  name: string
  /** How long the publish request itself took. */
  savedMilliseconds: number[]
  /** From sending the publish request until a reader first got the new text. */
  liveMilliseconds: number[]
  /** Set when a change was still not live after LIVE_TIMEOUT_MS; the remaining edits are skipped. */
  timedOutAfterMilliseconds?: number
}

const LIVE_TIMEOUT_MS = 30_000
const POLL_INTERVAL_MS = 20

async function firstShown(
  url: string,
  text: string,
  startedAt: number,
  signal: AbortSignal,
): Promise<number | undefined> {
  while (performance.now() - startedAt < LIVE_TIMEOUT_MS) {
    const html = await (await fetch(url, { signal })).text()
    if (html.includes(text)) return performance.now() - startedAt
    await sleep(POLL_INTERVAL_MS, undefined, { signal })
  }
  return undefined
}

export async function timePublishToLive(
  edit: PublishEdit,
  times: number,
  signal: AbortSignal,
): Promise<PublishTimings> {
  const timings: PublishTimings = { name: edit.name, savedMilliseconds: [], liveMilliseconds: [] }
  for (let attempt = 1; attempt <= times; attempt++) {
    // Unique per edit, so that an earlier edit's text can never satisfy a later poll.
    const marker = `bench-${attempt}-${randomBytes(3).toString('hex')}`
    const startedAt = performance.now()
    await edit.publish(marker)
    timings.savedMilliseconds.push(performance.now() - startedAt)
    const live = await firstShown(edit.pageUrl, marker, startedAt, signal)
    if (live === undefined) {
      timings.timedOutAfterMilliseconds = LIVE_TIMEOUT_MS
      break
    }
    timings.liveMilliseconds.push(live)
  }
  return timings
}
