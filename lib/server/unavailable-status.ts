/**
 * 503 with Retry-After, instead of Next's 500, for a response that failed while the database is
 * unreachable: a reader page whose content is not in the data cache yet, a feed, an API call.
 * Pages whose content is cached keep answering 200.
 *
 * Next 16 lets a page choose 404, 401 and 403 (`notFound()`, `unauthorized()`, `forbidden()`:
 * `HTTPAccessErrorStatus` in next/dist/client/components/http-access-fallback) and redirects, and
 * renders every other error with 500; nothing in the App Router sets another status. So the
 * status is corrected where the response starts: Node's `http.server.request.start` diagnostics
 * channel hands us each response before Next writes to it, and its status line is rewritten when
 * it is a 500 and the database was found unreachable within the last seconds (the data layer
 * reports it as the query fails, lib/database/availability.ts).
 *
 * The body of an HTML page is replaced too. A page that throws on the server gets Next's bare
 * error shell (`<html id="__next_error__">`), without `<html lang>` or the disclaimer: React's
 * server rendering runs no error boundary, so the localized error page
 * (app/(frontend)/[locale]/error.tsx) would appear only once the browser ran the scripts.
 * Instead the reader gets lib/server/unavailable-page.ts, drawn on the server. JSON, feeds and
 * other bodies stay Next's.
 */
import { subscribe } from 'node:diagnostics_channel'
import type { IncomingMessage, OutgoingHttpHeader, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { databaseRecentlyUnavailable } from '@/lib/database/availability'

import { RETRY_AFTER_SECONDS } from './retry-after'
import { outageLocale, readerUnavailablePage } from './unavailable-page'

type WriteHeadRest =
  [string?, (OutgoingHttpHeaders | OutgoingHttpHeader[])?] | [(OutgoingHttpHeaders | OutgoingHttpHeader[])?]

/** The status and headers a response should start with (exported for the unit test). */
export function outageStatus(statusCode: number, databaseDown: boolean): { statusCode: number; retryAfter?: string } {
  if (statusCode !== 500 || !databaseDown) return { statusCode }
  return { statusCode: 503, retryAfter: String(RETRY_AFTER_SECONDS) }
}

function headersArgument(rest: WriteHeadRest): OutgoingHttpHeaders | undefined {
  const headers = rest.find((item) => typeof item === 'object' && item !== null && !Array.isArray(item))
  return headers as OutgoingHttpHeaders | undefined
}

function isHtml(response: ServerResponse, headers: OutgoingHttpHeaders | undefined): boolean {
  const fromArgument = headers && Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1]
  return String(fromArgument ?? response.getHeader('content-type') ?? '').startsWith('text/html')
}

/**
 * Watches one response: at its status line, a 500 while the database is down becomes a 503, and
 * an HTML body the reader page of the outage. `write` and `end` are wrapped from the start,
 * because Node writes the status line from inside the first of them (`_implicitHeader`), too late
 * to hold back the chunk it was given.
 */
function correctResponse(request: IncomingMessage, response: ServerResponse): void {
  const writeHead = response.writeHead
  const write = response.write
  const end = response.end
  let replacement: string | undefined

  response.writeHead = function (this: ServerResponse, statusCode: number, ...rest: WriteHeadRest) {
    const corrected = outageStatus(statusCode, databaseRecentlyUnavailable())
    if (corrected.retryAfter) {
      this.setHeader('Retry-After', corrected.retryAfter)
      // Node writes "500 Internal Server Error" when given that phrase; let it choose the 503's.
      if (typeof rest[0] === 'string') rest = rest.slice(1) as WriteHeadRest
      const headers = headersArgument(rest)
      if (isHtml(this, headers) && request.method !== 'HEAD') {
        const locale = outageLocale(request.url ?? '/', request.headers['accept-language'] ?? null)
        replacement = readerUnavailablePage(locale)
        for (const name of Object.keys(headers ?? {}))
          if (name.toLowerCase() === 'content-length') delete headers![name]
        this.removeHeader('content-length')
        // Next's compression has already chosen gzip for the shell it would have sent; the page
        // that replaces it is small, and goes out as it is.
        this.removeHeader('content-encoding')
        this.setHeader('Content-Type', 'text/html; charset=utf-8')
      }
    }
    return (writeHead as (this: ServerResponse, ...args: unknown[]) => ServerResponse).call(
      this,
      corrected.statusCode,
      ...rest,
    )
  } as ServerResponse['writeHead']

  const startHead = () => {
    if (!response.headersSent) response.writeHead(response.statusCode)
  }
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    startHead()
    if (replacement === undefined) return (write as (...a: unknown[]) => boolean).apply(this, args)
    // Next's error shell is dropped; a callback still hears that its chunk was taken.
    const callback = args.find((item) => typeof item === 'function') as (() => void) | undefined
    if (callback) queueMicrotask(callback)
    return true
  } as ServerResponse['write']
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    startHead()
    if (replacement === undefined) return (end as (...a: unknown[]) => ServerResponse).apply(this, args)
    const callback = args.find((item) => typeof item === 'function') as (() => void) | undefined
    const body = replacement
    replacement = ''
    return (end as (...a: unknown[]) => ServerResponse).call(this, body, callback)
  } as ServerResponse['end']
}

const installedKey = Symbol.for('the-column.unavailable-status')

/** Once per process (the instrumentation hook may be loaded more than once in development). */
export function answerOutagesWith503(): void {
  const state = globalThis as typeof globalThis & { [installedKey]?: boolean }
  if (state[installedKey]) return
  state[installedKey] = true
  subscribe('http.server.request.start', (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse }
    correctResponse(request, response)
  })
}
