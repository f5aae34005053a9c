/**
 * Requests for pages that cannot be a page of this site, refused in proxy.ts before Next.js or a
 * database query sees them:
 *   - a path with invalid percent-encoding (`%ff%fe`, `%zz`, a truncated UTF-8 sequence): Next
 *     fails to decode the dynamic segment and answers 500 when a proxy runs
 *     (vercel/next.js#43303 and #36964, the same DecodeError);
 *   - a NUL or other control character in the path or a query value: PostgreSQL refuses a NUL in
 *     a text parameter, a 500 from the slug or search query (no upstream issue: the database is
 *     right to refuse it);
 *   - a method other than GET and HEAD: reader pages and their routes only read, and Next would
 *     otherwise render the page for a DELETE.
 * Imported by proxy.ts: no Payload here.
 */
import { hasControlCharacter } from './query-parameters'

const READ_METHODS = new Set(['GET', 'HEAD'])

function plain(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(`${message}\n`, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    },
  })
}

function decodedPath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname)
  } catch {
    return undefined
  }
}

/** The search parameter holding a control character, if any. Names are ours to print; values are not echoed. */
function parameterWithControlCharacter(url: URL): string | undefined {
  for (const [name, value] of url.searchParams) {
    if (hasControlCharacter(value) || hasControlCharacter(name))
      return /^[\w-]{1,40}$/.test(name) ? name : 'a query parameter'
  }
  return undefined
}

/**
 * For proxy.ts: the answer to a request that names no possible page, otherwise nothing.
 * `readOnly`: reader pages, which take GET and HEAD only (the admin posts its server actions).
 */
export function refusedPageRequest(request: Request, { readOnly }: { readOnly: boolean }): Response | undefined {
  const url = new URL(request.url)
  const path = decodedPath(url.pathname)
  if (path === undefined) return plain(400, 'Bad Request: the path is not valid percent-encoded UTF-8.')
  if (hasControlCharacter(path)) return plain(400, 'Bad Request: the path contains a control character.')
  const parameter = parameterWithControlCharacter(url)
  if (parameter) return plain(400, `Bad Request: ${parameter} contains a control character.`)
  if (readOnly && !READ_METHODS.has(request.method)) return plain(405, 'Method Not Allowed', { Allow: 'GET, HEAD' })
  return undefined
}
