/**
 * lib/http/content-length.ts at a real Node HTTP server: the length a route handler kept in the
 * internal header goes out as Content-Length, with GET and HEAD alike, and the internal header
 * never does; a compressed answer keeps no length.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { installContentLengthRestore, keptLengthHeader } from '@/lib/http/content-length'

let server: http.Server
let base: string

beforeAll(async () => {
  installContentLengthRestore()
  // Answers as Next.js sends a route handler's answer: headers one by one (Content-Length left
  // out), then the body piped in chunks, so Node would otherwise send it chunked.
  server = http.createServer((request, response) => {
    const url = new URL(request.url!, 'http://localhost')
    const size = Number(url.searchParams.get('size'))
    response.statusCode = 200
    if (url.searchParams.has('keep')) response.appendHeader(keptLengthHeader, String(size))
    if (url.searchParams.has('gzip')) response.appendHeader('content-encoding', 'gzip')
    if (request.method === 'HEAD') return response.end()
    let sent = 0
    const step = () => {
      if (sent >= size) return response.end()
      const chunk = Buffer.alloc(Math.min(1000, size - sent), 7)
      sent += chunk.length
      response.write(chunk, step)
    }
    step()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** The raw head of an answer: status and headers as they came off the socket. */
function head(method: string, path: string): Promise<http.IncomingMessage & { bytes: number }> {
  return new Promise((resolve, reject) => {
    http
      .request(`${base}${path}`, { method, agent: false }, (response) => {
        let bytes = 0
        response.on('data', (chunk: Buffer) => (bytes += chunk.length))
        response.on('end', () => resolve(Object.assign(response, { bytes })))
      })
      .on('error', reject)
      .end()
  })
}

describe('Content-Length kept past Next.js', () => {
  const sizes = [1, 999, 1000, 1001, 65_537]

  it('goes out as Content-Length, for GET and HEAD, and the internal header does not', async () => {
    for (const size of sizes) {
      for (const method of ['GET', 'HEAD']) {
        const response = await head(method, `/?keep&size=${size}`)
        expect(response.headers['content-length'], `${method} ${size}`).toBe(String(size))
        expect(response.headers['transfer-encoding'], `${method} ${size}`).toBeUndefined()
        expect(response.headers[keptLengthHeader], `${method} ${size}`).toBeUndefined()
        expect(response.bytes, `${method} ${size}`).toBe(method === 'HEAD' ? 0 : size)
      }
    }
  })

  it('is not invented for an answer that kept none, nor given to a compressed one', async () => {
    for (const size of sizes) {
      const plain = await head('GET', `/?size=${size}`)
      expect(plain.headers['content-length']).toBeUndefined()
      expect(plain.headers['transfer-encoding']).toBe('chunked')
      const compressed = await head('GET', `/?keep&gzip&size=${size}`)
      expect(compressed.headers['content-length']).toBeUndefined()
      expect(compressed.headers[keptLengthHeader]).toBeUndefined()
    }
  })
})
