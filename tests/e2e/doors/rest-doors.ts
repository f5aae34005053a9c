/**
 * Every REST door of every collection and global the running app exposes, crossed with every
 * value of the parameters that change what Payload reads: generated, not listed, so that a new
 * collection or a new combination is tried without anyone thinking of it.
 */
import type { Actor } from '../../fixtures/private-content'

export interface Door {
  actor: Actor
  /** A short description for failure messages: what was asked, through which door. */
  name: string
  method: 'GET' | 'POST'
  path: string
  headers?: Record<string, string>
  body?: string
  /** The `where` of this door looks for private text: any document it returns is a leak. */
  probesPrivateText?: boolean
  /** A GraphQL door whose arguments the schema accepts: it must be executed, not refused at validation. */
  validArguments?: boolean
}

/** What the admin's view of the app says exists: collections, globals, documents, versions. */
export interface Catalogue {
  collections: { slug: string; versions: boolean; ids: (number | string)[]; versionIds: (number | string)[] }[]
  globals: { slug: string; versions: boolean; versionIds: (number | string)[] }[]
}

type Params = Record<string, string>

export const localeValues = ['ja', 'en', 'all', '*', 'xx', undefined] as const
export const draftValues = [undefined, 'true', 'false', '1', 'garbage'] as const
export const fallbackValues = [undefined, 'none', 'ja', 'en'] as const
export const depthValues = ['0', '1', '3'] as const

function defined(entries: [string, string | undefined][]): Params {
  return Object.fromEntries(entries.filter((entry): entry is [string, string] => entry[1] !== undefined))
}

/**
 * The reading parameters: every combination of locale × draft × fallback-locale, each with one
 * depth chosen so that every depth also meets every value of the other three (a Latin square:
 * all pairs are covered at a third of the full product's requests).
 */
export function readingParameters(): Params[] {
  return localeValues.flatMap((locale, i) =>
    draftValues.flatMap((draft, j) =>
      fallbackValues.map((fallback, k) => {
        const depth = depthValues[(i + j + k) % depthValues.length]
        return defined([
          ['locale', locale],
          ['draft', draft],
          ['fallback-locale', fallback],
          ['depth', depth],
        ])
      }),
    ),
  )
}

/** locale × draft only, for doors whose other parameters are set by the door itself. */
export function localeAndDraft(): Params[] {
  return localeValues.flatMap((locale) =>
    draftValues.map((draft) =>
      defined([
        ['locale', locale],
        ['draft', draft],
      ]),
    ),
  )
}

/**
 * locale × draft in full, fallback-locale and depth rotating so that each meets every value of
 * the other parameters: every pair of values is tried, in a quarter of the Latin square's requests.
 */
export function readingPairs(): Params[] {
  return localeValues.flatMap((locale, i) =>
    draftValues.map((draft, j) =>
      defined([
        ['locale', locale],
        ['draft', draft],
        ['fallback-locale', fallbackValues[(i + j) % fallbackValues.length]],
        ['depth', depthValues[(i + 2 * j) % depthValues.length]],
      ]),
    ),
  )
}

/**
 * The field each collection's private text is written in (tests/fixtures/private-content.ts);
 * `where` doors search it for the private probes. Collections not listed are searched by id.
 */
export const textFieldOf: Record<string, string> = {
  episodes: 'title',
  series: 'title',
  'therapy-categories': 'name',
  'glossary-terms': 'term',
  disclaimers: 'versionLabel',
  media: 'alt',
  users: 'email',
  authors: 'displayName',
  pages: 'title',
}

/** Query shapes Payload accepts beyond the reading parameters. */
function shapingVariants(collection: string, probes: string[]): { name: string; params: Params; probes?: boolean }[] {
  const field = textFieldOf[collection]
  const variants: { name: string; params: Params; probes?: boolean }[] = [
    { name: 'where _status = draft', params: { 'where[_status][equals]': 'draft' } },
    { name: 'where _status = published', params: { 'where[_status][equals]': 'published' } },
    { name: 'where _status not published', params: { 'where[_status][not_equals]': 'published' } },
    {
      name: 'where _status = draft or missing',
      params: { 'where[or][0][_status][equals]': 'draft', 'where[or][1][_status][exists]': 'false' },
    },
    { name: 'select claimsOverride', params: { 'select[claimsOverride]': 'true', 'select[nextReviewDue]': 'true' } },
    {
      name: 'populate series and categories',
      params: { 'populate[series][title]': 'true', 'populate[therapy-categories][name]': 'true' },
    },
    { name: 'joins off', params: { joins: 'false' } },
    { name: 'trash', params: { trash: 'true' } },
    { name: 'sort by _status', params: { sort: '-_status' } },
  ]
  for (const probe of probes) {
    if (field) {
      variants.push({
        name: `where ${field} like a private probe`,
        params: { [`where[${field}][like]`]: probe },
        probes: true,
      })
      variants.push({
        name: `where ${field} contains a private probe`,
        params: { [`where[${field}][contains]`]: probe },
        probes: true,
      })
    }
    variants.push({ name: 'where slug like a private probe', params: { 'where[slug][like]': probe }, probes: true })
    variants.push({
      name: 'where claimsOverride.reason like a private probe',
      params: { 'where[claimsOverride.reason][like]': probe },
      probes: true,
    })
  }
  return variants
}

const query = (params: Params) => {
  const search = new URLSearchParams(params).toString()
  return search ? `?${search}` : ''
}

/**
 * `exhaustive`: collections with drafts get locale × draft × fallback-locale in full (the Latin
 * square); otherwise, and for collections without drafts, every pair of parameter values.
 */
export function restDoors(actor: Actor, catalogue: Catalogue, probes: string[], { exhaustive = false } = {}): Door[] {
  const doors: Door[] = []
  const get = (name: string, path: string, params: Params, probesPrivateText = false) =>
    doors.push({
      actor,
      name: `${name} ${query(params)}`,
      method: 'GET',
      path: `${path}${query(params)}`,
      probesPrivateText,
    })

  for (const { slug, versions, ids, versionIds } of catalogue.collections) {
    const base = `/api/${slug}`
    for (const params of exhaustive && versions ? readingParameters() : readingPairs()) {
      get(`REST list ${slug}`, base, params)
      for (const id of ids) get(`REST ${slug} by id`, `${base}/${id}`, params)
      if (versions) get(`REST versions of ${slug}`, `${base}/versions`, params)
    }
    for (const params of localeAndDraft()) {
      get(`REST count ${slug}`, `${base}/count`, params)
      for (const versionId of versionIds) get(`REST ${slug} version by id`, `${base}/versions/${versionId}`, params)
      // Payload reads a long query from a POST body when the method is overridden.
      doors.push({
        actor,
        name: `REST list ${slug} through a POST method override ${query(params)}`,
        method: 'POST',
        path: base,
        headers: { 'X-Payload-HTTP-Method-Override': 'GET', 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ...params, depth: '3' }).toString(),
      })
    }
    // Each query shape with every locale, and every draft value, once each.
    for (const [v, variant] of shapingVariants(slug, probes).entries()) {
      for (const [i, locale] of localeValues.entries()) {
        const draft = draftValues[(i + v) % draftValues.length]
        const combined = {
          ...defined([
            ['locale', locale],
            ['draft', draft],
          ]),
          depth: '1',
          ...variant.params,
        }
        get(`REST list ${slug}, ${variant.name}`, base, combined, variant.probes)
        get(`REST count ${slug}, ${variant.name}`, `${base}/count`, combined, variant.probes)
        if (versions) get(`REST versions of ${slug}, ${variant.name}`, `${base}/versions`, combined, variant.probes)
      }
    }
  }
  for (const { slug, versions, versionIds } of catalogue.globals) {
    const base = `/api/globals/${slug}`
    for (const params of exhaustive && versions ? readingParameters() : readingPairs()) {
      get(`REST global ${slug}`, base, params)
      if (versions) get(`REST versions of global ${slug}`, `${base}/versions`, params)
    }
    for (const params of localeAndDraft()) {
      for (const versionId of versionIds)
        get(`REST global ${slug} version by id`, `${base}/versions/${versionId}`, params)
    }
  }
  return doors
}
