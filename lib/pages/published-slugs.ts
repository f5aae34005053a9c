/**
 * Which page slugs are published, per locale, for proxy.ts: a one-segment path under a locale that
 * is not a published page is sent to the server-drawn 404 before the [slug] route can call
 * notFound(), whose 404 Next sends without its content to readers without JavaScript
 * (vercel/next.js#62228, docs/reliability-404.md).
 *
 * The proxy cannot use the pages' data cache, so it keeps its own: one query for every published
 * (slug, locale), at most `PUBLISHED_SLUGS_MAX_AGE_MS` old, emptied at once when a page is published
 * or unpublished in this process (lib/cache/revalidate.ts, by the `pages` tag). Other processes see
 * the change within that age. The query repeats the collection's read access for anonymous readers
 * (access/roles.ts, `_status` published, per locale with localizeStatus); tests/int/pages.test.ts
 * checks it against the REST API.
 *
 * State lives on globalThis: Next bundles the proxy and the route handlers (whose hooks empty it)
 * separately, and each would otherwise hold a copy of its own.
 */
import pg from 'pg'

import { env } from '@/lib/env'
import { isLocale, type Locale } from '@/lib/i18n/locales'

export const PUBLISHED_SLUGS_MAX_AGE_MS = 1000
const QUERY_TIMEOUT_MS = 1500

/** The locales each published slug is published in. */
type Slugs = Map<string, Set<Locale>>

interface State {
  pool?: pg.Pool
  slugs?: Slugs
  readAt?: number
  reading?: Promise<Slugs>
  /** Bumped when emptied, so a read that started before cannot store what it found. */
  generation: number
}

const stateKey = Symbol.for('the-column.published-page-slugs')
const global = globalThis as typeof globalThis & { [stateKey]?: State }
const state: State = (global[stateKey] ??= { generation: 0 })

function pool(): pg.Pool {
  if (!state.pool) {
    state.pool = new pg.Pool({
      connectionString: env.DATABASE_URL,
      max: 1,
      connectionTimeoutMillis: QUERY_TIMEOUT_MS,
      query_timeout: QUERY_TIMEOUT_MS,
      idleTimeoutMillis: 60_000,
      allowExitOnIdle: true,
      application_name: 'the-column page slugs',
    })
    state.pool.on('error', () => {})
  }
  return state.pool
}

async function readSlugs(): Promise<Slugs> {
  const { rows } = await pool().query<{ slug: string; locale: string }>(
    `select p.slug, l._locale as locale from pages p join pages_locales l on l._parent_id = p.id
     where l._status = 'published' and p.slug is not null`,
  )
  const slugs: Slugs = new Map()
  for (const { slug, locale } of rows) {
    if (!isLocale(locale)) continue
    slugs.set(slug, (slugs.get(slug) ?? new Set<Locale>()).add(locale))
  }
  return slugs
}

/**
 * The locales `slug` is published in (none: no published page has it); undefined when that cannot
 * be told (the database is unreachable): the caller then lets the page decide.
 */
export async function publishedPageLocales(slug: string): Promise<Locale[] | undefined> {
  try {
    const fresh = state.slugs && state.readAt !== undefined && Date.now() - state.readAt < PUBLISHED_SLUGS_MAX_AGE_MS
    const slugs = fresh ? state.slugs! : await currentSlugs()
    return [...(slugs.get(slug) ?? [])]
  } catch {
    return undefined
  }
}

function currentSlugs(): Promise<Slugs> {
  const generation = state.generation
  state.reading ??= readSlugs().finally(() => {
    state.reading = undefined
  })
  return state.reading.then((slugs) => {
    if (generation === state.generation) {
      state.slugs = slugs
      state.readAt = Date.now()
    }
    return slugs
  })
}

/** A page was published, unpublished, renamed or deleted: the next request reads the slugs again. */
export function forgetPublishedPageSlugs(): void {
  state.generation += 1
  state.slugs = undefined
  state.readAt = undefined
  state.reading = undefined
}
