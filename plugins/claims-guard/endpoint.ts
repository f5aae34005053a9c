/**
 * POST /api/claims/check: the findings in a form's current values, for the admin's findings panel
 * (components/admin/ClaimFindings.tsx) as the editor types. The matcher's analysers load once per
 * server process; no dictionary ships to the browser.
 *
 * Body: `{ collection, locale, data }`, `data` being the form's values in `locale`. The fields read
 * are the collection's server configuration, never the client's. Answers `{ findings }`; 401 to
 * anonymous callers, 403 to those who write in none of the guarded collections, a 4xx naming the
 * problem for any body it cannot take.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { canCheckClaims } from '@/access/roles'
import { loadClaimsMatcher } from '@/lib/claims/check'
import { checkDocument } from '@/lib/claims/document-text'
import { errorAnswer, jsonDepth, MAX_JSON_DEPTH, readLimited } from '@/lib/http/request-body'
import { isLocale, locales } from '@/lib/i18n/locales'

export const CLAIMS_CHECK_PATH = '/claims/check'

/** A long episode with its transcript is far below this; a form's values are text, not files. */
export const MAX_CHECK_BODY_BYTES = 512 * 1024

const noStore = { 'Cache-Control': 'no-store' }

/** A 400 in Payload's validation shape, naming the part of the body that is wrong. */
function refusal(path: string, message: string): Response {
  return Response.json(
    { errors: [{ message, data: { errors: [{ path, message }] } }] },
    { status: 400, headers: noStore },
  )
}

type Body = { collection: string; locale: 'ja' | 'en'; data: Record<string, unknown> }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The body as the check needs it, or the answer that refuses it. */
async function readBody(req: PayloadRequest, guarded: ReadonlySet<string>): Promise<Body | Response> {
  const request = req as unknown as Request
  const mediaType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase()
  if (mediaType !== 'application/json') return errorAnswer(415, 'Content-Type must be application/json.')
  const tooLarge = () => errorAnswer(413, `The body is larger than ${MAX_CHECK_BODY_BYTES} bytes.`)
  if (Number(request.headers.get('content-length') ?? NaN) > MAX_CHECK_BODY_BYTES) return tooLarge()
  const text = await readLimited(request, MAX_CHECK_BODY_BYTES)
  if (text === undefined) return tooLarge()
  if (text.trim() === '') return errorAnswer(400, 'The request needs a JSON body: { collection, locale, data }.')
  if (jsonDepth(text) > MAX_JSON_DEPTH)
    return errorAnswer(400, `The JSON body nests deeper than ${MAX_JSON_DEPTH} levels.`)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return errorAnswer(400, 'The body is not valid JSON.')
  }
  if (!isRecord(body)) return errorAnswer(400, 'The body must be a JSON object: { collection, locale, data }.')
  const { collection, locale, data } = body
  if (typeof collection !== 'string' || !guarded.has(collection)) {
    return refusal('collection', `collection must be one of: ${[...guarded].join(', ')}.`)
  }
  if (typeof locale !== 'string' || !isLocale(locale)) {
    return refusal('locale', `locale must be one of: ${locales.join(', ')}.`)
  }
  if (!isRecord(data)) return refusal('data', "data must be an object: the form's values.")
  return { collection, locale, data }
}

export function claimsCheckEndpoint(guarded: ReadonlySet<string>): Endpoint {
  return {
    path: CLAIMS_CHECK_PATH,
    method: 'post',
    handler: async (req) => {
      if (!req.user) return errorAnswer(401, 'Sign in to check text.')
      if (!(await canCheckClaims({ req }))) return errorAnswer(403, 'Only editorial staff may check text.')
      const body = await readBody(req, guarded)
      if (body instanceof Response) return body
      try {
        await loadClaimsMatcher()
      } catch (error) {
        req.payload.logger.error({ err: error }, 'claims guard: the analysers did not load')
        return errorAnswer(503, 'The claims check is not available now; please try again later.')
      }
      const fields = req.payload.collections[body.collection as keyof typeof req.payload.collections]!.config.fields
      return Response.json({ findings: checkDocument(fields, body.data, body.locale) }, { headers: noStore })
    },
  }
}
