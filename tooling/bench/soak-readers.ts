/**
 * The soak's readers: autocannon connections, each one reader going round every page in a loop
 * (from a different starting page, so that they do not move in step) from an address of its own.
 * On a bare `next start` the rate limits (lib/security/rate-limits.ts) key on X-Forwarded-For;
 * with one address for all, the search and share-image limits would be measured instead of the
 * pages. The addresses are from 198.18.0.0/15, the range set aside for benchmarks (RFC 2544).
 */
import type { EventEmitter } from 'node:events'

import autocannon from 'autocannon'

import type { LatencySample } from './soak-figures'
import { runAutocannon } from './load'
import type { SoakPage } from './soak-pages'

/** What the readers got: latencies of the measured run, and everything that went wrong, warm-up included. */
export class SoakRecorder {
  readonly samples: LatencySample[] = []
  /** "<path>: <status or error>" for answers other than the page's status (429 apart) and for requests never answered. */
  readonly errors = new Map<string, number>()
  /** Answers 429 (over a rate limit), by path. */
  readonly rateLimited = new Map<string, number>()
  private measuredFrom: number | undefined

  startMeasuring(): void {
    this.measuredFrom = performance.now()
  }

  answered(page: SoakPage, status: number, latencyMilliseconds: number): void {
    if (status === 429) return count(this.rateLimited, page.path)
    if (status !== page.status) return count(this.errors, `${page.path}: ${status}`)
    if (this.measuredFrom === undefined) return
    this.samples.push({
      pageType: page.type,
      atMilliseconds: performance.now() - this.measuredFrom,
      latencyMilliseconds,
    })
  }

  lost(page: SoakPage | undefined, what: string): void {
    count(this.errors, `${page?.path ?? '(no request)'}: ${what}`)
  }
}

function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1)
}

export function readerAddress(reader: number): string {
  return `198.18.${Math.floor(reader / 250)}.${(reader % 250) + 1}`
}

/** The page list started at the reader's own place in it. */
function roundFor(pages: readonly SoakPage[], reader: number, readers: number): SoakPage[] {
  const start = Math.floor((reader * pages.length) / readers) % pages.length
  return [...pages.slice(start), ...pages.slice(0, start)]
}

/**
 * autocannon says which client an answer came to, not which request it answered; each request
 * notes itself as the client's current one when autocannon prepares it (setupRequest). With one
 * request at a time per connection, an answer or a socket error belongs to the current request;
 * a timeout is reported after autocannon has reconnected and prepared the next request, so it
 * belongs to the one before.
 */
function setUpReader(client: autocannon.Client, round: SoakPage[], address: string, recorder: SoakRecorder): void {
  let current: SoakPage | undefined
  let previous: SoakPage | undefined
  client.setRequests(
    round.map((page) => ({
      method: 'GET' as const,
      path: page.path,
      headers: { 'x-forwarded-for': address },
      setupRequest: (request: autocannon.Request) => {
        previous = current
        current = page
        return request
      },
    })),
  )
  client.on('response', (status, _bytes, latency) => recorder.answered(current!, status, latency))
  const events = client as EventEmitter
  events.on('connError', (error: Error & { code?: string }) =>
    recorder.lost(current, `socket error ${error.code ?? error.message}`),
  )
  events.on('timeout', () => recorder.lost(previous, 'timeout'))
}

export function runReaders(
  options: { baseUrl: string; pages: SoakPage[]; readers: number; seconds: number; recorder: SoakRecorder },
  signal: AbortSignal,
): Promise<autocannon.Result> {
  const { pages, readers, recorder } = options
  let nextReader = 0
  return runAutocannon(
    {
      url: options.baseUrl,
      connections: readers,
      duration: options.seconds,
      requests: pages.map((page) => ({ method: 'GET', path: page.path })),
      setupClient: (client) => {
        const reader = nextReader++
        setUpReader(client, roundFor(pages, reader, readers), readerAddress(reader), recorder)
      },
    },
    signal,
  )
}
