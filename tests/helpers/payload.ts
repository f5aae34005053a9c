/** The real Payload Local API and REST handlers, on this run's database. */
import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { getPayload, type Payload } from 'payload'

export function testPayload(): Promise<Payload> {
  return getPayload({ config })
}

const handlers = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  DELETE: REST_DELETE(config),
}

/**
 * Sends a request through Payload's REST route handlers exactly as Next.js would route
 * `/api/...` to them, without starting an HTTP server.
 */
export async function rest(
  method: keyof typeof handlers,
  apiPath: string,
  options: { body?: unknown; token?: string; locale?: string } = {},
): Promise<Response> {
  const url = new URL(`http://localhost/api${apiPath}`)
  if (options.locale) url.searchParams.set('locale', options.locale)
  const headers = new Headers()
  if (options.body !== undefined) headers.set('Content-Type', 'application/json')
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  const request = new Request(url, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const slug = url.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent)
  return handlers[method](request, { params: Promise.resolve({ slug }) })
}
