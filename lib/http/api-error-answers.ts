/**
 * Two afterError hooks that keep Payload's answers to bad input a clear 4xx.
 *
 * answerBadInputAs400: input that Payload passes on to something that refuses it, a 500 until now.
 *   - PostgreSQL: plugins/refuse-bad-query-parameters.ts checks the parameters it can before any
 *     query (page, limit, depth, ids, locale, sort); a `where` holds any field with any operator,
 *     and a value only the column's type can judge (a NUL in a text) reaches the database, which
 *     answers with a "data exception" (SQLSTATE class 22). Payload passes it on as "Something went
 *     wrong." (the same throw as payloadcms/payload#8347 and #9821). Recognised by its SQLSTATE,
 *     on the error or the `cause` Drizzle wraps it in, never by class.
 *   - a multipart body that ends early or has no boundary (see MALFORMED_MULTIPART).
 * keepClientErrorMessages: see below.
 */
import type { AfterErrorHook } from 'payload'

const MESSAGE = 'A value in the request is not valid for the field it is compared with (check where and sort).'

/** The SQLSTATE of a PostgreSQL error, however deep Drizzle and GraphQL wrapped it. */
export function sqlState(error: unknown): string | undefined {
  let current = error as { code?: unknown; cause?: unknown; originalError?: unknown } | undefined
  for (let hops = 0; current && hops < 4; hops++) {
    if (typeof current.code === 'string' && /^[0-9A-Z]{5}$/.test(current.code)) return current.code
    current = (current.originalError ?? current.cause) as typeof current
  }
  return undefined
}

/** SQLSTATE class 22, "data exception": the value, not the server, was wrong. */
export function isDataException(error: unknown): boolean {
  return sqlState(error)?.startsWith('22') ?? false
}

/**
 * Busboy's words for a multipart body that ends early or has no boundary (Payload's upload parser
 * passes its errors on unwrapped, a 500; no payloadcms/payload issue found). They have no code or
 * status, so their message is all there is to recognise.
 */
const MALFORMED_MULTIPART =
  /^(?:Unexpected end of (?:form|file)|Malformed part header|Multipart: Boundary not found|Malformed urlencoded form)$/

function refusal(message: string, path: string) {
  return { status: 400, response: { errors: [{ message, data: { errors: [{ path, message }] } }] } }
}

export const answerBadInputAs400: AfterErrorHook = ({ error, graphqlResult }) => {
  if (isDataException(error)) {
    if (graphqlResult) {
      return {
        graphqlResult: {
          ...graphqlResult,
          message: MESSAGE,
          extensions: { ...graphqlResult.extensions, statusCode: 400 },
        },
      }
    }
    return refusal(MESSAGE, 'where')
  }
  if (!graphqlResult && MALFORMED_MULTIPART.test(error.message))
    return refusal('The multipart body is malformed.', 'file')
}

const UNKNOWN = 'An unknown error occurred.'

/**
 * keepClientErrorMessages: Payload formats an error by its `name`, which it takes from the class;
 * the production bundle's minified classes have an empty one, so every 4xx without field data
 * ("Not Found", "Missing ID of version.") came back as "An unknown error occurred.". A 4xx's
 * message is meant for the client (Payload's isErrorPublic shows every non-500 error).
 */
export const keepClientErrorMessages: AfterErrorHook = ({ error, result }) => {
  const { status } = error as { status?: number }
  if (!result || typeof status !== 'number' || status < 400 || status >= 500 || !error.message) return
  if (result.errors.length !== 1 || result.errors[0]?.message !== UNKNOWN) return
  return { response: { ...result, errors: [{ ...result.errors[0], message: error.message }] } }
}
