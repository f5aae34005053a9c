/**
 * A 400 naming the parameter, or a 404 for an id no document can have, before Payload hands a
 * REST or GraphQL request's reading parameters to PostgreSQL, which refuses them with a 500:
 *   - `page=-1`, `page=0`, `page=1e309`, `limit=-5`: a negative or infinite OFFSET/LIMIT. Payload
 *     parses them with `isNumber` and passes them on (no payloadcms/payload issue found for it);
 *   - `/api/episodes/not-an-id` or an id beyond 32 bits: `invalid input syntax for type integer`,
 *     the throw of payloadcms/payload#8347 and #9821 (there from the admin's search and a plugin);
 *     no issue found for the REST door itself;
 *   - a page size beyond ANONYMOUS_LIMIT_CAP, `limit=0` or `pagination=false` from an anonymous
 *     reader (every document in one answer) is cut to the cap (lib/http/query-parameters.ts).
 * Only operations that REST and GraphQL requests asked for themselves run through it: the app's own
 * Local API calls, and Payload's populating of relationships, read with `pagination: false` on
 * purpose, also inside such a request. Values that reach the database and are refused there
 * anyway (a `where` on a date with a word) are answered 400 by lib/http/api-error-answers.ts.
 */
import {
  APIError,
  type CollectionBeforeOperationHook,
  type Config,
  type GlobalBeforeOperationHook,
  type PayloadRequest,
  type Plugin,
} from 'payload'

import {
  anonymousLimit,
  depthProblem,
  isDocumentId,
  limitProblem,
  localeProblem,
  pageProblem,
  shapeProblem,
  sortProblem,
  whereProblem,
  type ParameterProblem,
} from '@/lib/http/query-parameters'

/**
 * The operation a REST or GraphQL request asked for itself: not one run inside it with its `req`,
 * such as the populating of relationships (Payload passes those a `currentDepth`) or a hook's Local
 * API call (access overridden, the Local API's default), whose arguments are the app's own.
 */
function askedFromOutside(req: PayloadRequest, args: object): boolean {
  const { overrideAccess, currentDepth } = args as { overrideAccess?: boolean; currentDepth?: number }
  return (
    (req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL') && overrideAccess !== true && currentDepth === undefined
  )
}

/** In Payload's error shape with the parameter as the field, as the admin's forms and any client read field errors. */
function refusal(problem: ParameterProblem): APIError {
  return new APIError(problem.message, 400, { errors: [{ path: problem.parameter, message: problem.message }] }, true)
}

function notFound() {
  return new APIError('Not Found', 404, null, true)
}

type Arguments = Record<string, unknown>

/** What the collection can be sorted by; undefined for globals and for version reads, whose fields differ. */
type Sortable = ReadonlySet<string> | undefined

function firstProblem(req: PayloadRequest, args: Arguments, sortable: Sortable): ParameterProblem | undefined {
  const query = (req.query ?? {}) as Record<string, unknown>
  const { config, collections } = req.payload
  const codes = config.localization ? config.localization.localeCodes : []
  // The raw REST value first (`page=abc` arrives as undefined in args), then the parsed one.
  const checks = [
    () => pageProblem(query.page) ?? pageProblem(args.page),
    () => limitProblem(query.limit) ?? limitProblem(args.limit),
    () => depthProblem(query.depth) ?? depthProblem(args.depth),
    () => localeProblem('locale', query.locale, codes),
    () => localeProblem('fallback-locale', query['fallback-locale'] ?? query.fallbackLocale, codes),
    () => whereProblem(query.where),
    () => (sortable ? sortProblem(query.sort ?? args.sort, sortable) : undefined),
    () => shapeProblem('select', query.select),
    () => shapeProblem('populate', query.populate, new Set(Object.keys(collections))),
  ]
  for (const check of checks) {
    const problem = check()
    if (problem) return problem
  }
  return undefined
}

/** `args` as Payload should run them: refused (thrown) when malformed, the page size capped for anonymous readers. */
function checkedArguments<T extends Arguments>(req: PayloadRequest, args: T, sortable?: Sortable): T {
  if ('id' in args && args.id !== undefined && !isDocumentId(args.id)) throw notFound()
  const problem = firstProblem(req, args, sortable)
  if (problem) throw refusal(problem)
  if (req.user || !('limit' in args || 'pagination' in args)) return args
  const query = (req.query ?? {}) as Record<string, unknown>
  const capped = anonymousLimit(args.limit ?? query.limit, args.pagination === false || query.pagination === 'false')
  return capped === undefined ? args : { ...args, limit: capped, pagination: true }
}

// Fields every collection has, besides its own: the id, timestamps and, with drafts, the status.
const builtInFields = ['id', 'createdAt', 'updatedAt', '_status']

const collectionHook: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (!askedFromOutside(req, args)) return args
  const reading = operation === 'read' || operation === 'count'
  const sortable = reading
    ? new Set([...builtInFields, ...collection.flattenedFields.map((field) => field.name)])
    : undefined
  return checkedArguments(req, args as Arguments, sortable) as typeof args
}

const globalHook: GlobalBeforeOperationHook = ({ args, req }) =>
  askedFromOutside(req, args) ? (checkedArguments(req, args as Arguments) as typeof args) : args

export const refuseBadQueryParameters: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [collectionHook, ...(collection.hooks?.beforeOperation ?? [])] },
  })),
  globals: config.globals?.map((global) => ({
    ...global,
    hooks: { ...global.hooks, beforeOperation: [globalHook, ...(global.hooks?.beforeOperation ?? [])] },
  })),
})
