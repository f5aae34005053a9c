/**
 * Sends one corpus request over node:http, which (unlike fetch) sends the request target and the
 * method exactly as given: invalid percent-encoding, TRACE and made-up methods included.
 */
import http from 'node:http'

import type { BadRequest } from './corpus'

export interface Answer {
  status: number
  contentType: string
  body: string
}

let forwardedFor = 0

/** Each request its own client address, so that no rate limit is what answers. */
function nextForwardedFor(): string {
  forwardedFor += 1
  return `10.${(forwardedFor >> 16) & 255}.${(forwardedFor >> 8) & 255}.${forwardedFor & 255}`
}

export function send(baseUrl: string, request: BadRequest): Promise<Answer> {
  const { hostname, port } = new URL(baseUrl)
  const body = request.body === undefined ? undefined : Buffer.from(request.body)
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: hostname,
        port,
        method: request.method,
        path: request.path,
        headers: {
          'X-Forwarded-For': nextForwardedFor(),
          ...(body ? { 'Content-Length': String(body.length) } : {}),
          ...request.headers,
        },
        timeout: 60_000,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: String(response.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
        response.on('error', reject)
      },
    )
    outgoing.on('timeout', () => outgoing.destroy(new Error('no answer within 60 s')))
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}

/** Runs `work` over `items`, `concurrency` at a time, in order of the items. */
export async function inBatches<T, R>(items: T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const index = next++
        results[index] = await work(items[index]!)
      }
    }),
  )
  return results
}
