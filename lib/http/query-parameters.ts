/**
 * The reading parameters of Payload's REST and GraphQL APIs (page, limit, depth, locale, ...),
 * checked before Payload uses them. Payload passes most of them on unchecked: `page=-1` or
 * `page=0` becomes a negative OFFSET, `page=1e309` Infinity, an id beyond 32 bits an integer
 * PostgreSQL cannot hold, and each of those is a 500 from the database. Pure functions, so that
 * the plugin (plugins/refuse-bad-query-parameters.ts) and its unit test share them.
 */

/** The most documents an anonymous reader gets in one page (anonymousLimit); signed-in staff may ask for more. */
export const ANONYMOUS_LIMIT_CAP = 100
/** Beyond this a page number is a mistake, not a page (100 documents a page: 100 million documents). */
export const MAX_PAGE = 1_000_000
/** Payload's own default maxDepth: deeper requests are silently cut there, so say so instead. */
export const MAX_DEPTH = 10
/** PostgreSQL's `serial` ids are 32-bit. */
const MAX_ID = 2_147_483_647

export interface ParameterProblem {
  parameter: string
  message: string
}

const wholeNumber = /^\d+$/

/** A parameter as it arrived: a string in the REST query, a number from GraphQL or Payload's parsing. */
type Raw = unknown

function asWholeNumber(value: Raw): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined
  if (typeof value === 'string' && wholeNumber.test(value) && value.length <= 15) return Number(value)
  return undefined
}

function rangeProblem(parameter: string, value: Raw, min: number, max: number): ParameterProblem | undefined {
  if (value === undefined || value === null || value === '') return undefined
  const number = asWholeNumber(value)
  if (number !== undefined && number >= min && number <= max) return undefined
  return { parameter, message: `${parameter} must be a whole number from ${min} to ${max}.` }
}

export function pageProblem(value: Raw): ParameterProblem | undefined {
  return rangeProblem('page', value, 1, MAX_PAGE)
}

export function limitProblem(value: Raw): ParameterProblem | undefined {
  return rangeProblem('limit', value, 0, Number.MAX_SAFE_INTEGER)
}

/**
 * The page size an anonymous reader gets instead of the one asked for, or undefined to keep it:
 * more than ANONYMOUS_LIMIT_CAP, `limit=0` and `pagination=false` (both "every document") are cut
 * to the cap, as GitHub's API cuts `per_page`; the answer's `limit` and `hasNextPage` say so.
 */
export function anonymousLimit(limit: Raw, paginationOff: boolean): number | undefined {
  const asked = asWholeNumber(limit)
  if (paginationOff || asked === 0 || (asked !== undefined && asked > ANONYMOUS_LIMIT_CAP)) return ANONYMOUS_LIMIT_CAP
  return undefined
}

export function depthProblem(value: Raw): ParameterProblem | undefined {
  return rangeProblem('depth', value, 0, MAX_DEPTH)
}

/** `all` and `*` ask for every locale; fallback-locale also takes `none`, `null` and `false`. */
export function localeProblem(
  parameter: 'locale' | 'fallback-locale',
  value: Raw,
  codes: readonly string[],
): ParameterProblem | undefined {
  if (value === undefined) return undefined
  const allowed = parameter === 'locale' ? [...codes, 'all', '*'] : [...codes, 'none', 'null', 'false']
  if (typeof value === 'string' && allowed.includes(value)) return undefined
  return { parameter, message: `${parameter} must be one of ${allowed.join(', ')}.` }
}

/** A document id: a positive 32-bit whole number. Anything else names no document (a 404, not a 400). */
export function isDocumentId(value: Raw): boolean {
  const number = asWholeNumber(value)
  return number !== undefined && number >= 1 && number <= MAX_ID
}

/** NUL and the other C0 control characters, and DEL: no slug, word or path of this site has them. */
export function hasControlCharacter(value: string): boolean {
  return /[\u0000-\u001f\u007f]/.test(value)
}

/** `where` parsed from the query string is an object of conditions; `where=abc` is a string Payload throws on. */
export function whereProblem(value: Raw): ParameterProblem | undefined {
  if (value === undefined || (typeof value === 'object' && value !== null && !Array.isArray(value))) return undefined
  return { parameter: 'where', message: 'where must be an object of conditions, such as where[slug][equals]=….' }
}

/**
 * `sort`: comma-separated field names, each optionally after `-`. Payload ignores a name it does
 * not know, which hides a client's typo; the first segment of a dotted path must be a field.
 */
export function sortProblem(value: Raw, fieldNames: ReadonlySet<string>): ParameterProblem | undefined {
  if (value === undefined) return undefined
  const items = (Array.isArray(value) ? value : [value]).flatMap((item) =>
    typeof item === 'string' ? item.split(',') : [item],
  )
  const known = (item: unknown) =>
    typeof item === 'string' &&
    /^-?[A-Za-z_][\w.]*$/.test(item.trim()) &&
    fieldNames.has(item.trim().replace(/^-/, '').split('.')[0]!)
  if (items.length > 0 && items.every(known)) return undefined
  return { parameter: 'sort', message: 'sort must name fields of this collection, each optionally after "-".' }
}

function isTrueOrFalse(value: unknown): boolean {
  return value === true || value === false || value === 'true' || value === 'false'
}

function isShape(value: unknown, depth = 0): boolean {
  if (isTrueOrFalse(value)) return true
  if (depth > 8 || typeof value !== 'object' || value === null || Array.isArray(value)) return false
  return Object.values(value).every((inner) => isShape(inner, depth + 1))
}

/** `select[field]=true`, nested; `populate[collection][field]=true`, its keys collections. */
export function shapeProblem(
  parameter: 'select' | 'populate',
  value: Raw,
  collections?: ReadonlySet<string>,
): ParameterProblem | undefined {
  if (value === undefined) return undefined
  const keysKnown =
    !collections ||
    (typeof value === 'object' && value !== null && Object.keys(value).every((key) => collections.has(key)))
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && keysKnown && isShape(value))
    return undefined
  const shape = parameter === 'select' ? 'select[field]=true' : 'populate[collection][field]=true'
  return { parameter, message: `${parameter} must be of the form ${shape}, with true or false.` }
}
