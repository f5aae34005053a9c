/**
 * Payload's REST route handlers (app/(payload)/api/[...slug]/route.ts), answering first for what
 * Payload throws on before any hook of ours runs:
 *   - `where=abc` (a string, not conditions): Payload's parseParams throws on it, a 500 with
 *     "An unknown error occurred." (no payloadcms/payload issue found);
 *   - bodies it cannot take: lib/http/request-body.ts (payloadcms/payload#15635);
 * and answering 404, not Payload's 501 "Cannot GET …", for a collection whose REST API is off
 * (`endpoints: false`, Payload's own payload-migrations): the route does not exist, and a 5xx says
 * the server failed (no payloadcms/payload issue found).
 * Everything else about the reading parameters is checked by plugins/refuse-bad-query-parameters.ts,
 * which also covers GraphQL.
 * Answers keep their Content-Length past Next.js (lib/http/content-length.ts), and HEAD is
 * answered as GET without the body: Next hands HEAD to the GET handler as it is, and Payload, which
 * matches its endpoints by method, answers 404 (podcast apps and directories check the audio's
 * length and type with HEAD).
 */
import { withLengthKept } from './content-length'
import { whereProblem } from './query-parameters'
import { errorAnswer, refusedBody, type BodyRules } from './request-body'

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response> | Response

function refusedQuery(request: Request): Response | undefined {
  const where = new URL(request.url).searchParams.get('where')
  const problem = where === null ? undefined : whereProblem(where)
  return problem && errorAnswer(400, problem.message)
}

/** `handler`, answering first for a query or body Payload would throw on. */
export function checkingRestRequest<Context>(
  handler: RouteHandler<Context>,
  bodies?: BodyRules,
): RouteHandler<Context> {
  return async (request, context) => {
    const refused = refusedQuery(request) ?? (bodies && (await refusedBody(request, bodies)))
    if (refused) return refused
    const response = await handler(request, context)
    return response.status === 501 ? errorAnswer(404, 'Not Found') : withLengthKept(response)
  }
}

/** A HEAD handler from a GET one: the same status and headers, no body. */
export function headFromGet<Context>(get: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    const asGet = new Request(request.url, { method: 'GET', headers: request.headers, signal: request.signal })
    const response = await get(asGet, context)
    // Nothing is read from the body: a file's stream is closed at once.
    await response.body?.cancel()
    return new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers })
  }
}
