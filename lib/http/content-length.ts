/**
 * Content-Length for the app's streamed answers (stored files: lib/media/serve-file.ts). Next.js
 * drops a route handler's Content-Length on its way to the socket (server/send-response.ts lists
 * it among the headers it never forwards, as a fetch body may have been decoded), so a podcast
 * app or directory sees chunked audio of unknown length, and a HEAD request no length at all.
 * Our route handlers set the length in an internal header as well (`withLengthKept`); at the Node
 * HTTP server, before the head of the answer is written, it becomes Content-Length again
 * (`installContentLengthRestore`, from instrumentation.ts). The internal header never leaves the
 * process. A body Next compressed on the way out has another length: it keeps none.
 */
import http from 'node:http'

/** The internal header; lower case, as Headers and Node name it. */
export const keptLengthHeader = 'x-column-content-length'

const INSTALLED = Symbol.for('column.contentLengthRestore')

/** `response`, with its Content-Length also under the internal header; unchanged when it has none. */
export function withLengthKept(response: Response): Response {
  const length = response.headers.get('content-length')
  if (length === null || !/^\d+$/.test(length)) return response
  const headers = new Headers(response.headers)
  headers.set(keptLengthHeader, length)
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

/** Before `response` writes its head: the internal header becomes Content-Length. */
export function restoreContentLength(response: http.ServerResponse): void {
  const kept = response.getHeader(keptLengthHeader)
  if (kept === undefined) return
  response.removeHeader(keptLengthHeader)
  if (response.getHeader('content-encoding') !== undefined || response.getHeader('content-length') !== undefined) return
  response.setHeader('Content-Length', String(kept))
}

/** On every HTTP server of this process: each answer's kept length is restored as it is sent. */
export function installContentLengthRestore(): void {
  const prototype = http.Server.prototype as http.Server & { [INSTALLED]?: true }
  if (prototype[INSTALLED]) return
  prototype[INSTALLED] = true
  const emit = prototype.emit
  prototype.emit = function emitRestoringLength(
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ): boolean {
    if (event === 'request') {
      const response = args[1] as http.ServerResponse
      // Node writes the head through writeHead, whether called by Next or implied by a first write.
      const writeHead = response.writeHead
      response.writeHead = function writeHeadRestoringLength(this: http.ServerResponse, ...headArgs: unknown[]) {
        restoreContentLength(this)
        return (writeHead as (...a: unknown[]) => http.ServerResponse).apply(this, headArgs)
      } as typeof response.writeHead
    }
    return (emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean).call(
      this,
      event,
      ...args,
    )
  } as typeof prototype.emit
}
