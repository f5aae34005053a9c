/**
 * "The database cannot be reached" as opposed to "this query is wrong": the first is an outage
 * the reader should wait out (503 with Retry-After), the second a bug (500). Pure, so the
 * classification is unit-tested (tests/unit/database-unavailable.test.ts).
 */

/**
 * The digest of the error a reader page throws when its content cannot be read. Next keeps a
 * digest an error already has, and hands it to the error boundary in the browser, which then
 * says "temporarily unavailable" rather than "something went wrong".
 */
export const DATABASE_UNAVAILABLE_DIGEST = 'COLUMN_DATABASE_UNAVAILABLE'

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError'
  readonly digest = DATABASE_UNAVAILABLE_DIGEST

  constructor(reason: string, options?: { cause?: unknown }) {
    super(`database unavailable: ${reason}`, options)
  }
}

/** Socket-level failures: nothing answers, the answer stopped, or the name does not resolve. */
const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
])

/**
 * SQLSTATEs of a server that is going away, starting, or full: 57P01 admin shutdown (a stop),
 * 57P02 crash shutdown, 57P03 cannot connect now (starting up or shutting down), 53300 too many
 * connections; and class 08, connection exceptions.
 */
function isUnavailableSqlState(code: string): boolean {
  return code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300'
}

/** node-postgres's own messages for a connection that is gone or never came. */
const driverMessages = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'Connection terminated due to connection timeout',
]

function describesUnavailability(error: { code?: unknown; message?: unknown; name?: unknown }): boolean {
  if (error.name === 'DatabaseUnavailableError') return true
  const code = typeof error.code === 'string' ? error.code : undefined
  if (code && (networkCodes.has(code) || isUnavailableSqlState(code))) return true
  const message = typeof error.message === 'string' ? error.message : ''
  return driverMessages.some((fragment) => message.includes(fragment))
}

/**
 * Whether an error, or anything it wraps (Drizzle's "Failed query" keeps the driver's error as
 * `cause`; a refused connection to a name with two addresses is an AggregateError), says the
 * database is unreachable.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false
  if (describesUnavailability(error as Record<string, unknown>)) return true
  const { cause, errors } = error as { cause?: unknown; errors?: unknown }
  if (cause !== undefined && isDatabaseUnavailable(cause, depth + 1)) return true
  return Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))
}
