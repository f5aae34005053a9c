/**
 * Request bodies checked before a route handler reads them: 415 for a type the route does not
 * take, 413 over its size, 400 for JSON that does not parse or nests beyond reason. Payload reads
 * a JSON body with a bare `JSON.parse` (addDataAndFileToRequest), so a malformed body to its REST
 * API or GraphQL is a 500: payloadcms/payload#15635, open when this was written.
 */

export type BodyKind = 'json' | 'multipart' | 'form'

export interface BodyRules {
  /** The body types the route takes. */
  accepts: BodyKind[]
  /** Largest JSON or form body, in bytes (uploads, multipart, have their own limits). */
  maxBytes: number
  /** A route that needs a body (GraphQL) answers 400 without one; others pass an empty body on. */
  required?: boolean
}

/** How deep JSON may nest: far beyond any document of ours, far below a parser's recursion limit. */
export const MAX_JSON_DEPTH = 64

const mediaTypes: Record<string, BodyKind> = {
  'application/json': 'json',
  'multipart/form-data': 'multipart',
  'application/x-www-form-urlencoded': 'form',
}

/** An answer in Payload's error shape, `{ errors: [{ message }] }`, which GraphQL clients read too. */
export function errorAnswer(status: number, message: string): Response {
  return Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })
}

/** The deepest nesting of arrays and objects in `text`, counted outside strings; stops counting past `limit`. */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const character = text[i]
    if (inString) {
      if (character === '\\') i++
      else if (character === '"') inString = false
    } else if (character === '"') inString = true
    else if (character === '{' || character === '[') {
      depth++
      if (depth > deepest) deepest = depth
      if (deepest > limit) return deepest
    } else if (character === '}' || character === ']') depth--
  }
  return deepest
}

function kindOf(contentType: string | null): BodyKind | undefined {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() ?? ''
  return mediaTypes[mediaType]
}

/** The body's bytes, or undefined once they pass `maxBytes` (read no further). */
export async function readLimitedBytes(request: Request, maxBytes: number): Promise<Buffer | undefined> {
  if (!request.body) return Buffer.alloc(0)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      // Not awaited: cancelling one branch of a cloned (tee'd) body settles only when the other is cancelled too.
      reader.cancel().catch(() => undefined)
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/** The body as text, or undefined once it passes `maxBytes` (read no further). */
export async function readLimited(request: Request, maxBytes: number): Promise<string | undefined> {
  return (await readLimitedBytes(request, maxBytes))?.toString('utf8')
}

/** Why this request's body cannot be taken, as the answer to send; undefined when it can. */
export async function refusedBody(request: Request, rules: BodyRules): Promise<Response | undefined> {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return undefined
  const declaredLength = Number(request.headers.get('content-length') ?? NaN)
  const empty = declaredLength === 0 || (!request.body && !request.headers.has('transfer-encoding'))
  if (empty) return rules.required ? errorAnswer(400, 'The request needs a JSON body.') : undefined
  const kind = kindOf(request.headers.get('content-type'))
  if (!kind || !rules.accepts.includes(kind)) {
    const accepted = rules.accepts
      .map((accepted) => Object.keys(mediaTypes).find((type) => mediaTypes[type] === accepted))
      .join(', ')
    return errorAnswer(415, `Content-Type must be one of: ${accepted}.`)
  }
  if (kind === 'multipart') {
    return /;\s*boundary=/i.test(request.headers.get('content-type') ?? '')
      ? undefined
      : errorAnswer(400, 'A multipart body needs a boundary.')
  }
  if (declaredLength > rules.maxBytes) return errorAnswer(413, `The body is larger than ${rules.maxBytes} bytes.`)
  const text = await readLimited(request.clone(), rules.maxBytes)
  if (text === undefined) return errorAnswer(413, `The body is larger than ${rules.maxBytes} bytes.`)
  if (kind !== 'json') return undefined
  if (text.trim() === '') return rules.required ? errorAnswer(400, 'The request needs a JSON body.') : undefined
  if (jsonDepth(text) > MAX_JSON_DEPTH)
    return errorAnswer(400, `The JSON body nests deeper than ${MAX_JSON_DEPTH} levels.`)
  try {
    JSON.parse(text)
  } catch {
    return errorAnswer(400, 'The body is not valid JSON.')
  }
  return undefined
}

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response> | Response

/** `handler`, answering first for a body it could not take. */
export function checkingBody<Context>(handler: RouteHandler<Context>, rules: BodyRules): RouteHandler<Context> {
  return async (request, context) => (await refusedBody(request, rules)) ?? handler(request, context)
}
