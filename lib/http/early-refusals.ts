/**
 * Requests Next.js throws on before any code of ours runs, answered at the Node HTTP server:
 *   - TRACE: Next builds a fetch `Request` for every request, and undici refuses to make one with
 *     that method ("'TRACE' HTTP method is unsupported"), a 500 on every path, proxy.ts never
 *     reached (no vercel/next.js issue found; dust-tt/dust#12337 met it, a middleware could not
 *     help). Answered 405, as nginx does;
 *   - a path with invalid percent-encoding or an encoded control character under /api, /sitemap.xml
 *     and the other paths proxy.ts does not run for: Next fails to decode a catch-all segment
 *     (`/api/episodes/%ff%fe`) and answers 500 (vercel/next.js#43303 and #36964, the same
 *     DecodeError). Answered 400. proxy.ts refuses the same paths for pages (lib/http/page-request.ts).
 *   - a write to /sitemap.xml, its parts or /robots.txt, which proxy.ts does not run for: once the
 *     sitemap is in Next's cache, Next serves it to a POST or DELETE as to a GET (a 200). Answered 405.
 * Installed once from instrumentation.ts, in the Node.js server only.
 */
import http from 'node:http'

import { hasControlCharacter } from './query-parameters'

const INSTALLED = Symbol.for('column.earlyRefusals')
/** Files made by the app that only read, outside proxy.ts (its matcher leaves them out). */
const READ_ONLY_FILES = /^\/(?:sitemap\.xml(?:\/.*)?|sitemap-\d+\.xml|robots\.txt)$/

/** Why Next cannot take this request, as a status and message; undefined when it can. */
export function earlyRefusal(method: string | undefined, target: string | undefined): [number, string] | undefined {
  if (method === 'TRACE') return [405, 'Method Not Allowed']
  const path = (target ?? '/').split('?')[0]!
  if (READ_ONLY_FILES.test(path) && method !== 'GET' && method !== 'HEAD') return [405, 'Method Not Allowed']
  let decoded: string
  try {
    decoded = decodeURIComponent(path)
  } catch {
    return [400, 'Bad Request: the path is not valid percent-encoded UTF-8.']
  }
  if (hasControlCharacter(decoded)) return [400, 'Bad Request: the path contains a control character.']
  return undefined
}

/** Answers the requests of earlyRefusal on every HTTP server of this process, before Next sees them. */
export function installEarlyRefusals(): void {
  const prototype = http.Server.prototype as http.Server & { [INSTALLED]?: true }
  if (prototype[INSTALLED]) return
  prototype[INSTALLED] = true
  const emit = prototype.emit
  prototype.emit = function emitUnlessRefused(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse]
      const refusal = earlyRefusal(request.method, request.url)
      if (refusal) {
        const [status, message] = refusal
        const headers: Record<string, string> = {
          'Content-Type': 'text/plain; charset=utf-8',
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
        }
        if (status === 405)
          headers.Allow = request.method === 'TRACE' ? 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS' : 'GET, HEAD'
        response.writeHead(status, headers).end(`${message}\n`)
        return true
      }
    }
    return (emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean).call(
      this,
      event,
      ...args,
    )
  } as typeof prototype.emit
}
