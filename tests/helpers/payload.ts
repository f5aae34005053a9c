/** The real Payload Local API, REST and GraphQL handlers, on this run's database. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
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

export interface RequestOptions {
  body?: unknown
  /** A multipart body (uploads); sent as is, with its own content type. */
  formData?: FormData
  token?: string
  locale?: string
  /** The language the caller reads messages in. */
  acceptLanguage?: string
  /** Any other request headers. */
  headers?: Record<string, string>
}

function requestHeaders(options: RequestOptions): Headers {
  const headers = new Headers(options.headers)
  if (options.body !== undefined) headers.set('Content-Type', 'application/json')
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  if (options.acceptLanguage) headers.set('Accept-Language', options.acceptLanguage)
  return headers
}

/**
 * Sends a request through Payload's REST route handlers exactly as Next.js would route
 * `/api/...` to them, without starting an HTTP server.
 */
export async function rest(
  method: keyof typeof handlers,
  apiPath: string,
  options: RequestOptions = {},
): Promise<Response> {
  const url = new URL(`http://localhost/api${apiPath}`)
  if (options.locale) url.searchParams.set('locale', options.locale)
  const request = new Request(url, {
    method,
    headers: requestHeaders(options),
    body: options.formData ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  })
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .map(decodeURIComponent)
  return handlers[method](request, { params: Promise.resolve({ slug }) })
}

const graphqlHandler = GRAPHQL_POST(config)

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null
  errors?: { message: string }[]
}

export async function graphql<T = Record<string, unknown>>(
  query: string,
  options: { token?: string; variables?: Record<string, unknown> } = {},
): Promise<GraphQLResult<T>> {
  const request = new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers: requestHeaders({ token: options.token, body: true }),
    body: JSON.stringify({ query, variables: options.variables }),
  })
  const response = await graphqlHandler(request)
  return (await response.json()) as GraphQLResult<T>
}
