/**
 * Rate limits per client address on the routes an attacker or a careless script can make
 * expensive: password guessing (login), e-mail bombing (forgot-password), GraphQL, search
 * (a database query per request) and the share images (drawn by next/og). Checked by proxy.ts
 * before the route runs, and by Payload for logins sent through GraphQL; deploy/nginx/column.conf
 * applies the same numbers in front of the app. Over a limit: 429 with Retry-After.
 *
 * Login and forgot-password also have a ceiling for all clients together. Behind a trusted proxy
 * a client cannot change its address and the ceiling is a backstop; on a bare `next start` a
 * client can (see lib/security/client-address.ts), and the ceiling is what bounds it. Those
 * routes see a handful of honest requests a minute, so a ceiling far above that costs nobody.
 * The reader-facing routes (GraphQL, search, share images) have none: there one client over a
 * shared ceiling would shut every reader out, which is worse than what it would prevent.
 */
import { RateLimiterMemory, type RateLimiterAbstract, type RateLimiterRes } from 'rate-limiter-flexible'

import { clientAddress } from './client-address'

export interface Budget {
  points: number
  seconds: number
}

export interface RateLimit {
  name: string
  path: RegExp
  /** Methods counted; all when unset. */
  methods?: string[]
  /** Counted only when this query parameter has a value (a search, not the empty search page). */
  whenQueryHas?: string
  perAddress: Budget
  /** A ceiling for all clients together (see above). */
  allClients?: Budget
}

const minute = 60
// A reader page without a locale (`/search?q=`) is served inside the negotiated one (proxy.ts).
const locale = '(?:/(?:ja|en))?'

export const rateLimits: RateLimit[] = [
  {
    name: 'login',
    path: /^\/api\/users\/login\/?$/,
    methods: ['POST'],
    perAddress: { points: 10, seconds: minute },
    allClients: { points: 60, seconds: minute },
  },
  {
    name: 'forgot-password',
    path: /^\/api\/users\/forgot-password\/?$/,
    methods: ['POST'],
    perAddress: { points: 5, seconds: 15 * minute },
    allClients: { points: 30, seconds: 15 * minute },
  },
  {
    name: 'graphql',
    path: /^\/api\/graphql\/?$/,
    perAddress: { points: 60, seconds: minute },
  },
  {
    name: 'search',
    path: new RegExp(`^${locale}/search/?$`),
    whenQueryHas: 'q',
    perAddress: { points: 30, seconds: minute },
  },
  {
    name: 'share-image',
    // Next names an image route inside a route group `opengraph-image-<hash>`.
    path: new RegExp(`^${locale}(?:/episodes/[^/]+)?/opengraph-image(?:-[0-9a-z]+)?/?$`),
    perAddress: { points: 60, seconds: minute },
  },
]

/**
 * The store of the counts: in this process's memory. With more than one app process, this is the
 * one line to change, to a shared store (`RateLimiterRedis` with the same options and a client).
 */
function createLimiter(keyPrefix: string, { points, seconds }: Budget): RateLimiterAbstract {
  return new RateLimiterMemory({ keyPrefix, points, duration: seconds })
}

interface Limiters {
  perAddress: RateLimiterAbstract
  allClients?: RateLimiterAbstract
}

// On globalThis: proxy.ts and Payload's GraphQL route are separate bundles in one process, and
// must count against the same budgets.
const registry = ((globalThis as { columnRateLimiters?: Map<string, Limiters> }).columnRateLimiters ??= new Map())

function limitersFor(limit: RateLimit): Limiters {
  let limiters = registry.get(limit.name)
  if (!limiters) {
    limiters = {
      perAddress: createLimiter(`${limit.name}:address`, limit.perAddress),
      allClients: limit.allClients && createLimiter(`${limit.name}:all`, limit.allClients),
    }
    registry.set(limit.name, limiters)
  }
  return limiters
}

/**
 * The path as the routes see it: Next and Payload decode `%6Cogin` to `login` and ignore doubled
 * slashes, so the limits must too, or an encoded path would slip past them.
 */
function routedPath(url: URL): string {
  let path = url.pathname
  try {
    path = decodeURIComponent(path)
  } catch {
    // Not valid percent-encoding: no route decodes it either.
  }
  return path.replace(/\/{2,}/g, '/')
}

export function rateLimitFor(method: string, url: URL): RateLimit | undefined {
  const path = routedPath(url)
  return rateLimits.find(
    (limit) =>
      limit.path.test(path) &&
      (!limit.methods || limit.methods.includes(method.toUpperCase())) &&
      (!limit.whenQueryHas || Boolean(url.searchParams.get(limit.whenQueryHas)?.trim())),
  )
}

/**
 * The limiter rejects with a RateLimiterRes when over the limit, and with an Error when its store
 * fails. Not `instanceof`: limiters made in one bundle (proxy.ts) reject with that bundle's copy
 * of the class when another bundle (the GraphQL route) consumes from them.
 */
function isOverLimit(rejection: unknown): rejection is RateLimiterRes {
  return (
    typeof rejection === 'object' && rejection !== null && !(rejection instanceof Error) && 'msBeforeNext' in rejection
  )
}

/** Counts one request; the seconds until the client may try again when it is over a limit. */
export async function consume(limit: RateLimit, address: string): Promise<{ retryAfterSeconds: number } | undefined> {
  const { perAddress, allClients } = limitersFor(limit)
  try {
    await perAddress.consume(address)
    await allClients?.consume('all')
    return undefined
  } catch (rejection) {
    if (!isOverLimit(rejection)) throw rejection
    return { retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) }
  }
}

/** The limit a request falls under and whether it is over it, for proxy.ts. */
export async function checkRateLimit(
  request: { method: string; url: string; headers: Headers },
  options: { trustProxy: boolean },
): Promise<{ limit: RateLimit; retryAfterSeconds: number } | undefined> {
  const limit = rateLimitFor(request.method, new URL(request.url))
  if (!limit) return undefined
  const refused = await consume(limit, clientAddress(request.headers, options.trustProxy))
  return refused && { limit, ...refused }
}
