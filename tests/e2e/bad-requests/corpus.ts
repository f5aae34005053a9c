/**
 * The bad-request corpus: generated, not listed. Every route the app serves (reader pages, feeds,
 * sitemap, share images, transcripts, preview routes, Payload's REST for every collection and the
 * global, GraphQL, health, revalidate, uploaded files) crossed with the kinds of bad input a
 * client can send, each with the status a careful API answers. docs/reliability-bad-requests.md
 * explains the choices (why a malformed id is a 404 and a malformed page a 400, the limit cap).
 */
import { createHash } from 'node:crypto'

import { locales } from '@/lib/i18n/locales'
import { episodes, glossaryTerms, series, therapyCategories } from '@/tooling/seed/content'
import { ANONYMOUS_LIMIT_CAP } from '@/lib/http/query-parameters'

import { TEST_SECRET } from '../../setup/test-secret'

/** A marker that must never come back unescaped in HTML. */
export const PROBE = '<x-probe>'
const probe = encodeURIComponent(PROBE)

export interface BadRequest {
  name: string
  method: string
  /** The request target exactly as sent: already percent-encoded where it should be. */
  path: string
  headers?: Record<string, string>
  body?: string | Buffer
  /** The statuses a careful API gives here (more than one only where either is right). */
  expect: number[]
  /** A 400 must say which parameter was wrong: its name (or, for a `where`, the field or operator) appears in the body. */
  names?: string | string[]
  /** Text the answer must hold (a page size cut to the cap says so in `limit`). */
  bodyIncludes?: string
  /** A GraphQL request that the schema accepts: refused by a resolver, 200 with errors of status `expect`. */
  graphqlResolverError?: boolean
}

const json = { 'Content-Type': 'application/json' }

// Slugs no document has, in every odd shape: each is a 404, never a 500.
const unknownSlugs: [string, string][] = [
  ['ascii', 'no-such-slug'],
  ['numeric', '12345'],
  ['negative number', '-1'],
  ['NFD (が as か + combining mark)', encodeURIComponent('か\u3099いと\u3099')],
  ['NFD latin', encodeURIComponent('cafe\u0301')],
  ['right-to-left override', encodeURIComponent('\u202Egnp.exe')],
  ['Arabic', encodeURIComponent('مرحبا')],
  ['emoji', encodeURIComponent('🧬🧪')],
  ['zero-width joiner', encodeURIComponent('👩\u200D🔬')],
  ['probe', probe],
  ['encoded slashes', '..%2F..%2Fpayload.config.ts'],
  ['overlong (3000 characters)', 'a'.repeat(3000)],
]

// Path segments that cannot be a path at all: a 400, before any page or query sees them.
const invalidSegments: [string, string][] = [
  ['invalid UTF-8 (%ff%fe)', '%ff%fe'],
  ['truncated UTF-8', '%e3%81'],
  ['bad escape (%zz)', '%zz'],
  ['lone percent', 'a%'],
  ['NUL', '%00'],
  ['NUL inside', 'stem%00cell'],
  ['control character (ESC)', '%1b'],
  ['CR LF', '%0d%0a'],
  ['DEL', '%7f'],
]

const readerTemplates: [string, (locale: string, slug: string) => string][] = [
  ['episode', (l, s) => `/${l}/episodes/${s}`],
  ['series', (l, s) => `/${l}/series/${s}`],
  ['therapy category', (l, s) => `/${l}/categories/${s}`],
  ['glossary term', (l, s) => `/${l}/glossary/${s}`],
  ['transcript', (l, s) => `/${l}/episodes/${s}/transcript.txt`],
  ['episode share image', (l, s) => `/${l}/episodes/${s}/opengraph-image`],
]

function readerSlugCases(): BadRequest[] {
  return locales.flatMap((locale) =>
    readerTemplates.flatMap(([route, path]) => [
      ...unknownSlugs.map(([kind, slug]) => ({
        name: `${route}, unknown slug: ${kind}`,
        method: 'GET',
        path: path(locale, slug),
        expect: [404],
      })),
      ...invalidSegments.map(([kind, slug]) => ({
        name: `${route}, ${kind}`,
        method: 'GET',
        path: path(locale, slug),
        expect: [400],
      })),
    ]),
  )
}

const readerPages = (locale: string) => [
  `/${locale}`,
  `/${locale}/episodes/${episodes[1]!.slug}`,
  `/${locale}/series/${series.slug}`,
  `/${locale}/categories/${therapyCategories[0]!.slug}`,
  `/${locale}/glossary`,
  `/${locale}/glossary/${glossaryTerms[1]!.slug}`,
  `/${locale}/search?q=stem`,
  `/${locale}/feed.xml`,
  `/${locale}/podcast.xml`,
  `/${locale}/episodes/${episodes[1]!.slug}/transcript.txt`,
  `/${locale}/opengraph-image`,
]

/** Reader pages take GET and HEAD only. A method Node's parser does not know is its 400. */
function readerMethodCases(): BadRequest[] {
  const methods = ['POST', 'PUT', 'PATCH', 'DELETE', 'TRACE']
  return readerPages('ja')
    .flatMap((path) => [
      ...methods.map((method) => ({ name: `reader page, ${method}`, method, path, expect: [405] })),
      { name: 'reader page, made-up method', method: 'FROBNICATE', path, expect: [400] },
    ])
    .concat(
      ['/sitemap.xml', '/robots.txt'].flatMap((path) =>
        ['POST', 'DELETE'].map((method) => ({ name: `${path}, ${method}`, method, path, expect: [405] })),
      ),
    )
}

function otherReaderCases(): BadRequest[] {
  const searchQueries: [string, string][] = [
    ['NFD', encodeURIComponent('か\u3099')],
    ['right-to-left', encodeURIComponent('\u202Eابحث')],
    ['emoji', encodeURIComponent('🧬 stem')],
    ['probe', probe],
    ['overlong (5000 characters)', 'q'.repeat(5000)],
    ['invalid percent-encoding', '%ff%fe'],
    ['repeated', 'a&q=b'],
    ['as an object', 'x&q[a]=b'],
  ]
  return [
    ...locales.flatMap((locale) =>
      searchQueries.map(([kind, q]) => ({
        name: `search q: ${kind}`,
        method: 'GET',
        path: `/${locale}/search?q=${q}`,
        expect: [200],
      })),
    ),
    ...locales.flatMap((locale) =>
      [
        ['NUL', '%00'],
        ['control character', 'stem%1bcell'],
        ['CR LF', 'a%0d%0ab'],
      ].map(([kind, q]) => ({
        name: `search q: ${kind}`,
        method: 'GET',
        path: `/${locale}/search?q=${q}`,
        expect: [400],
        names: 'q',
      })),
    ),
    { name: 'unknown locale', method: 'GET', path: '/xx/episodes/a', expect: [404] },
    { name: 'probe as locale', method: 'GET', path: `/${probe}`, expect: [404] },
    { name: 'invalid UTF-8 as locale', method: 'GET', path: '/%ff/episodes', expect: [400] },
    { name: 'NUL as locale', method: 'GET', path: '/%00', expect: [400] },
    { name: 'deep unknown path', method: 'GET', path: `/ja/${'a/'.repeat(200)}b`, expect: [404] },
    // Over Node's 16 KiB header limit: Node refuses it itself.
    { name: 'path over 16 KiB', method: 'GET', path: `/ja/${'a'.repeat(17_000)}`, expect: [431] },
    // The parts are /sitemap-<n>.xml only; the route's inner path is no URL.
    { name: 'sitemap route segment', method: 'GET', path: '/sitemap.xml/1', expect: [404] },
    ...['0', '01', '999', '1.0', '-1', '99999999999999999999'].map((part): BadRequest => ({
      name: `sitemap part ${part}`,
      method: 'GET',
      path: `/sitemap-${part}.xml`,
      expect: [404],
    })),
    // Page numbers no list has (the demo series and category fit one page; the glossary two).
    ...['3', '99', 'x', '01', '0', '-1', '1.5', '99999999999999999999', '%EF%BC%92'].flatMap((page) =>
      locales.flatMap((locale): BadRequest[] => [
        {
          name: `series page ${page}`,
          method: 'GET',
          path: `/${locale}/series/${series.slug}/page/${page}`,
          expect: [404],
        },
        { name: `glossary page ${page}`, method: 'GET', path: `/${locale}/glossary/page/${page}`, expect: [404] },
        {
          name: `category page ${page}`,
          method: 'GET',
          path: `/${locale}/categories/${therapyCategories[0]!.slug}/page/${page}`,
          expect: [404],
        },
      ]),
    ),
    { name: 'sitemap, invalid UTF-8 part', method: 'GET', path: '/sitemap.xml/%ff', expect: [400] },
    { name: 'feed with junk query', method: 'GET', path: `/ja/feed.xml?page=-1&limit=abc&x=${probe}`, expect: [200] },
    { name: 'share image, invalid UTF-8', method: 'GET', path: '/ja/opengraph-image/%ff', expect: [400] },
    // Preview: a path that is not a page of this site, then a wrong secret.
    { name: 'preview, no path', method: 'GET', path: '/ja/preview', expect: [400] },
    { name: 'preview, probe as path', method: 'GET', path: `/ja/preview?path=${probe}`, expect: [400] },
    { name: 'preview, javascript: path', method: 'GET', path: '/ja/preview?path=javascript:alert(1)', expect: [400] },
    { name: 'preview, other origin', method: 'GET', path: '/ja/preview?path=//evil.example/', expect: [400] },
    { name: 'preview, wrong secret', method: 'GET', path: '/ja/preview?path=/episodes/x&secret=wrong', expect: [403] },
    { name: 'preview, NUL in path', method: 'GET', path: '/ja/preview?path=/a%00b', expect: [400], names: 'path' },
    { name: 'preview, POST', method: 'POST', path: '/ja/preview', expect: [405] },
    { name: 'exit-preview, other origin', method: 'GET', path: '/ja/exit-preview?path=//evil.example/', expect: [307] },
    { name: 'exit-preview, PUT', method: 'PUT', path: '/ja/exit-preview', expect: [405] },
  ]
}

function healthCases(): BadRequest[] {
  return ['/api/health', '/api/health/live', '/api/health/ready']
    .flatMap((path) => [
      { name: `${path} with junk query`, method: 'GET', path: `${path}?depth=-1&x=${probe}`, expect: [200] },
      ...['POST', 'PUT', 'DELETE', 'PATCH'].map((method) => ({
        name: `${path}, ${method}`,
        method,
        path,
        expect: [405],
      })),
    ])
    .concat([{ name: 'unknown health path', method: 'GET', path: '/api/health/nope', expect: [404] }])
}

function revalidateCases(): BadRequest[] {
  const secret = {
    'x-column-revalidate-secret': createHash('sha256').update(`revalidate:${TEST_SECRET}`).digest('hex'),
  }
  const path = '/api/revalidate'
  return [
    { name: 'revalidate, GET', method: 'GET', path, expect: [405] },
    { name: 'revalidate, no secret', method: 'POST', path, headers: json, body: '{"tags":["x"]}', expect: [403] },
    {
      name: 'revalidate, wrong secret, malformed',
      method: 'POST',
      path,
      headers: { ...json, 'x-column-revalidate-secret': 'nope' },
      body: '{',
      expect: [403],
    },
    {
      name: 'revalidate, malformed JSON',
      method: 'POST',
      path,
      headers: { ...json, ...secret },
      body: '{"tags":',
      expect: [400],
    },
    {
      name: 'revalidate, no tags',
      method: 'POST',
      path,
      headers: { ...json, ...secret },
      body: '{}',
      expect: [400],
      names: 'tags',
    },
    {
      name: 'revalidate, tags not an array',
      method: 'POST',
      path,
      headers: { ...json, ...secret },
      body: '{"tags":"x"}',
      expect: [400],
      names: 'tags',
    },
    {
      name: 'revalidate, text/plain',
      method: 'POST',
      path,
      headers: { 'Content-Type': 'text/plain', ...secret },
      body: 'tags',
      expect: [415],
    },
    {
      name: 'revalidate, oversized',
      method: 'POST',
      path,
      headers: { ...json, ...secret },
      body: oversizedJson(3),
      expect: [413],
    },
    {
      name: 'revalidate, deeply nested',
      method: 'POST',
      path,
      headers: { ...json, ...secret },
      body: deeplyNested(5000),
      expect: [400],
    },
  ]
}

/** `megabytes` of valid JSON. */
export function oversizedJson(megabytes: number): string {
  return JSON.stringify({ title: 'x'.repeat(megabytes * 1024 * 1024) })
}

export function deeplyNested(levels: number): string {
  return `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`
}

// Collections and the global as the REST API names them. Payload's own collections refuse an
// anonymous reader before any query; ours validate parameters first.
const ourCollections = [
  'episodes',
  'series',
  'therapy-categories',
  'authors',
  'media',
  'glossary-terms',
  'disclaimers',
  'users',
]
const payloadCollections = ['payload-preferences', 'payload-locked-documents']

const badIds: [string, string][] = [
  ['word', 'not-an-id'],
  ['negative', '-1'],
  ['fraction', '1.5'],
  ['beyond a 32-bit integer', '99999999999999999999'],
  ['hexadecimal', '0x10'],
  ['probe', probe],
]

// Each with the status for a collection anonymous readers may list; `readable` below.
const badQueries: [string | string[], string, string][] = [
  ['page', 'negative', 'page=-1'],
  ['page', 'zero', 'page=0'],
  ['page', 'word', 'page=abc'],
  ['page', 'huge', 'page=1e309'],
  ['page', 'fraction', 'page=1.5'],
  ['limit', 'negative', 'limit=-5'],
  ['limit', 'word', 'limit=abc'],
  ['limit', 'beyond a safe integer', 'limit=99999999999999999999'],
  ['depth', 'negative', 'depth=-1'],
  ['depth', 'word', 'depth=deep'],
  ['depth', 'huge', 'depth=1000'],
  [['where', 'nonexistent'], 'unknown field', 'where[nonexistent][equals]=x'],
  [['where', 'frobnicate'], 'unknown operator', 'where[id][frobnicate]=1'],
  ['where', 'not an object', 'where=abc'],
  [['where', 'slug'], 'NUL in a value', 'where[slug][equals]=a%00b'],
  ['where', 'deeply nested', `${'where[or][0]'.repeat(40)}[id][equals]=1`],
  ['sort', 'unknown field', 'sort=nonexistent'],
  ['sort', 'NUL', 'sort=%00'],
  ['select', 'not a boolean', 'select[title]=maybe'],
  ['select', 'a string', 'select=title'],
  ['populate', 'unknown collection', 'populate[nonexistent][title]=true'],
  ['locale', 'unknown', 'locale=xx'],
  ['locale', 'probe', `locale=${probe}`],
  ['fallback-locale', 'unknown', 'fallback-locale=xx'],
]

// Page sizes an anonymous reader may ask for but not get: cut to the cap, which the answer states.
const overCap: [string, string][] = [
  ['limit over the anonymous cap', `limit=${ANONYMOUS_LIMIT_CAP + 1}`],
  ['limit huge', 'limit=99999999999'],
  ['limit zero (every document)', 'limit=0'],
  ['pagination off', 'pagination=false'],
]

// Filters that are well formed and match nothing: Payload answers an empty page, as it should.
const emptyFilters: [string, string][] = [
  ['id not a number', 'where[id][equals]=abc'],
  ['not a date', 'where[createdAt][greater_than]=not-a-date'],
  ['probe as a value', `where[id][equals]=${probe}`],
]

// Payload checks a `where` against the fields after the read access: a collection anonymous
// readers cannot list answers 403 first. Our own checks (plugins/refuse-bad-query-parameters.ts)
// come before access, so their 400 is the same everywhere.
const anonymousCannotList = new Set(['users'])
const payloadChecksWhere = (parameter: string | string[], query: string) =>
  parameter.includes('where') && query !== 'where=abc'

function collectionCases(): BadRequest[] {
  return [
    ...ourCollections.flatMap((slug) => [
      ...badIds.map(([kind, id]) => ({
        name: `${slug} by id: ${kind}`,
        method: 'GET',
        path: `/api/${slug}/${id}`,
        expect: [404],
      })),
      ...badQueries.map(([parameter, kind, query]) => {
        const refusedFirst = anonymousCannotList.has(slug) && payloadChecksWhere(parameter, query)
        return {
          name: `${slug} ${[parameter].flat()[0]}: ${kind}`,
          method: 'GET',
          path: `/api/${slug}?${query}`,
          expect: refusedFirst ? [403] : [400],
          names: refusedFirst ? undefined : parameter,
        }
      }),
      ...overCap.map(([kind, query]) => ({
        name: `${slug} ${kind}`,
        method: 'GET',
        path: `/api/${slug}?${query}`,
        ...(anonymousCannotList.has(slug)
          ? { expect: [403] }
          : { expect: [200], bodyIncludes: `"limit":${ANONYMOUS_LIMIT_CAP}` }),
      })),
      // Good requests stay good: a known sort with relationships populated (each populated with
      // the request's own \`req\`, which must not be checked against this collection's fields).
      {
        name: `${slug}, known sort and depth 2 (control)`,
        method: 'GET',
        path: `/api/${slug}?sort=-createdAt&depth=2&limit=3`,
        expect: anonymousCannotList.has(slug) ? [403] : [200],
      },
      ...emptyFilters.map(([kind, query]) => ({
        name: `${slug} where: ${kind}`,
        method: 'GET',
        path: `/api/${slug}?${query}`,
        expect: anonymousCannotList.has(slug) ? [403] : [200],
      })),
      {
        name: `${slug} by id, depth: word`,
        method: 'GET',
        path: `/api/${slug}/1?depth=deep`,
        expect: [400],
        names: 'depth',
      },
      {
        name: `${slug} count, where: unknown field`,
        method: 'GET',
        path: `/api/${slug}/count?where[nonexistent][equals]=x`,
        ...(anonymousCannotList.has(slug) ? { expect: [403] } : { expect: [400], names: 'nonexistent' }),
      },
      // Payload's own check: "Missing ID of version." (400), before any operation of ours runs.
      {
        name: `${slug} versions by id: word`,
        method: 'GET',
        path: `/api/${slug}/versions/not-an-id`,
        expect: [400, 404],
      },
      { name: `${slug}, invalid UTF-8 id`, method: 'GET', path: `/api/${slug}/%ff%fe`, expect: [400] },
      { name: `${slug}, NUL id`, method: 'GET', path: `/api/${slug}/%00`, expect: [400] },
      {
        name: `${slug} PATCH by id: word`,
        method: 'PATCH',
        path: `/api/${slug}/not-an-id`,
        headers: json,
        body: '{}',
        expect: [404],
      },
      { name: `${slug} DELETE by id: word`, method: 'DELETE', path: `/api/${slug}/not-an-id`, expect: [404] },
      {
        name: `${slug} POST, malformed JSON`,
        method: 'POST',
        path: `/api/${slug}`,
        headers: json,
        body: '{"title":',
        expect: [400],
      },
      {
        name: `${slug} POST, text/plain`,
        method: 'POST',
        path: `/api/${slug}`,
        headers: { 'Content-Type': 'text/plain' },
        body: 'title=x',
        expect: [415],
      },
      {
        name: `${slug} POST, oversized JSON`,
        method: 'POST',
        path: `/api/${slug}`,
        headers: json,
        body: oversizedJson(3),
        expect: [413],
      },
      {
        name: `${slug} POST, deeply nested JSON`,
        method: 'POST',
        path: `/api/${slug}`,
        headers: json,
        body: deeplyNested(5000),
        expect: [400],
      },
      {
        name: `${slug} PATCH, malformed JSON`,
        method: 'PATCH',
        path: `/api/${slug}/1`,
        headers: json,
        body: '[',
        expect: [400],
      },
      { name: `${slug}, TRACE`, method: 'TRACE', path: `/api/${slug}`, expect: [405] },
    ]),
    // GET /api/payload-preferences/<key> is Payload's preference-by-key door: no key is a 200 with null.
    ...badIds.slice(0, 2).map(([kind, id]) => ({
      name: `payload-preferences by key: ${kind}`,
      method: 'GET',
      path: `/api/payload-preferences/${id}`,
      expect: [200],
    })),
    ...badIds.slice(0, 2).map(([kind, id]) => ({
      name: `payload-locked-documents by id: ${kind}`,
      method: 'GET',
      path: `/api/payload-locked-documents/${id}`,
      expect: [403],
    })),
    ...payloadCollections.flatMap((slug) => [
      { name: `${slug} page: negative`, method: 'GET', path: `/api/${slug}?page=-1`, expect: [403] },
      {
        name: `${slug} POST, malformed JSON`,
        method: 'POST',
        path: `/api/${slug}`,
        headers: json,
        body: '{',
        expect: [400],
      },
    ]),
    // Episodes populate categories and authors, which have no `title`: the sort is this collection's alone.
    {
      name: 'episodes, sort by title with depth 2 (control)',
      method: 'GET',
      path: '/api/episodes?sort=title&depth=2',
      expect: [200],
    },
    { name: 'unknown collection', method: 'GET', path: '/api/no-such-collection', expect: [404] },
    // Payload's migrations collection has no REST API (`endpoints: false`): no route, a 404.
    ...['GET', 'POST', 'DELETE'].map((method) => ({
      name: `payload-migrations, ${method}`,
      method,
      path: '/api/payload-migrations',
      expect: [404],
    })),
    { name: 'payload-migrations by id', method: 'GET', path: '/api/payload-migrations/1', expect: [404] },
    {
      name: 'media upload, multipart without boundary',
      method: 'POST',
      path: '/api/media',
      headers: { 'Content-Type': 'multipart/form-data' },
      body: 'garbage',
      expect: [400],
    },
    {
      name: 'media upload, truncated multipart',
      method: 'POST',
      path: '/api/media',
      headers: { 'Content-Type': 'multipart/form-data; boundary=x' },
      body: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nabc',
      expect: [400, 403],
    },
    {
      name: 'login, malformed JSON',
      method: 'POST',
      path: '/api/users/login',
      headers: json,
      body: '{"email":',
      expect: [400],
    },
    {
      name: 'login, email as an object',
      method: 'POST',
      path: '/api/users/login',
      headers: json,
      body: '{"email":{"$gt":""},"password":"x"}',
      expect: [400],
      names: 'email',
    },
    {
      name: 'forgot-password, malformed JSON',
      method: 'POST',
      path: '/api/users/forgot-password',
      headers: json,
      body: '}',
      expect: [400],
    },
  ]
}

function globalCases(): BadRequest[] {
  const path = '/api/globals/site-settings'
  return [
    { name: 'global, depth: word', method: 'GET', path: `${path}?depth=deep`, expect: [400], names: 'depth' },
    { name: 'global, depth: negative', method: 'GET', path: `${path}?depth=-1`, expect: [400], names: 'depth' },
    { name: 'global, locale: unknown', method: 'GET', path: `${path}?locale=xx`, expect: [400], names: 'locale' },
    // Versions of the global are staff-only: an anonymous reader is refused before anything else.
    { name: 'global, versions page: negative', method: 'GET', path: `${path}/versions?page=-1`, expect: [403] },
    { name: 'global, version by id: word', method: 'GET', path: `${path}/versions/not-an-id`, expect: [403] },
    { name: 'global, POST malformed JSON', method: 'POST', path, headers: json, body: '{', expect: [400] },
    {
      name: 'global, POST text/plain',
      method: 'POST',
      path,
      headers: { 'Content-Type': 'text/plain' },
      body: 'x',
      expect: [415],
    },
    { name: 'unknown global', method: 'GET', path: '/api/globals/no-such-global', expect: [404] },
  ]
}

function mediaFileCases(): BadRequest[] {
  const path = '/api/media/file'
  return [
    { name: 'media file that does not exist', method: 'GET', path: `${path}/does-not-exist.png`, expect: [404] },
    { name: 'media file, probe', method: 'GET', path: `${path}/${probe}.png`, expect: [404] },
    { name: 'media file, emoji', method: 'GET', path: `${path}/${encodeURIComponent('🧬.png')}`, expect: [404] },
    {
      name: 'media file, traversal',
      method: 'GET',
      path: `${path}/..%2F..%2Fpayload.config.ts`,
      expect: [400, 403, 404],
    },
    { name: 'media file, NUL', method: 'GET', path: `${path}/a%00.png`, expect: [400] },
    { name: 'media file, control character', method: 'GET', path: `${path}/a%1b.png`, expect: [400] },
    { name: 'media file, invalid UTF-8', method: 'GET', path: `${path}/%ff%fe.png`, expect: [400] },
    { name: 'media file, overlong name', method: 'GET', path: `${path}/${'a'.repeat(3000)}.png`, expect: [404] },
    { name: 'media file, DELETE', method: 'DELETE', path: `${path}/does-not-exist.png`, expect: [404, 405] },
  ]
}

function graphqlCases(): BadRequest[] {
  const path = '/api/graphql'
  // application/graphql-response+json: GraphQL over HTTP answers a request it cannot run with 400
  // (with plain application/json, a 200 carrying the errors).
  const json = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' }
  const query = (source: string) => JSON.stringify({ query: source })
  const resolverErrors: [string, string, string][] = [
    ['page', 'negative', '{ Episodes(page: -1) { docs { id } } }'],
    ['page', 'zero', '{ Episodes(page: 0) { docs { id } } }'],
    ['limit', 'negative', '{ TherapyCategories(limit: -5) { docs { id } } }'],
    ['where', 'not a date', '{ Episodes(where: { createdAt: { greater_than: "not-a-date" } }) { docs { id } } }'],
    ['sort', 'unknown field', '{ Episodes(sort: "nonexistent") { docs { id } } }'],
  ]
  return [
    { name: 'graphql, GET', method: 'GET', path: `${path}?query=%7B__typename%7D`, expect: [405] },
    { name: 'graphql, malformed JSON', method: 'POST', path, headers: json, body: '{"query":', expect: [400] },
    { name: 'graphql, empty body', method: 'POST', path, headers: json, body: '', expect: [400] },
    {
      name: 'graphql, text/plain',
      method: 'POST',
      path,
      headers: { 'Content-Type': 'text/plain' },
      body: '{ __typename }',
      expect: [415],
    },
    { name: 'graphql, no content type', method: 'POST', path, body: query('{ __typename }'), expect: [415] },
    { name: 'graphql, oversized', method: 'POST', path, headers: json, body: oversizedJson(3), expect: [413] },
    {
      name: 'graphql, deeply nested JSON',
      method: 'POST',
      path,
      headers: json,
      body: deeplyNested(5000),
      expect: [400],
    },
    { name: 'graphql, query not a string', method: 'POST', path, headers: json, body: '{"query":42}', expect: [400] },
    { name: 'graphql, syntax error', method: 'POST', path, headers: json, body: query('{ Episodes { '), expect: [400] },
    {
      name: 'graphql, unknown field',
      method: 'POST',
      path,
      headers: json,
      body: query(`{ nonexistent${PROBE} }`),
      expect: [400],
    },
    {
      name: 'graphql, deeply nested query',
      method: 'POST',
      path,
      headers: json,
      body: query(`${'{ a '.repeat(2000)}${'}'.repeat(2000)}`),
      expect: [400],
    },
    {
      name: 'graphql, id not a number',
      method: 'POST',
      path,
      headers: json,
      body: query('{ Episode(id: "not-an-id") { id } }'),
      expect: [400],
    },
    {
      name: 'graphql, id beyond 32 bits',
      method: 'POST',
      path,
      headers: json,
      body: query('{ Episode(id: 99999999999) { id } }'),
      expect: [400],
    },
    {
      name: 'graphql, unknown locale',
      method: 'POST',
      path,
      headers: json,
      body: query('{ Episodes(locale: xx) { docs { id } } }'),
      expect: [400],
    },
    {
      name: 'graphql, variables not an object',
      method: 'POST',
      path,
      headers: json,
      body: '{"query":"{ __typename }","variables":"x"}',
      expect: [400],
    },
    ...resolverErrors.map(([parameter, kind, source]) => ({
      name: `graphql ${parameter}: ${kind}`,
      method: 'POST',
      path,
      headers: json,
      body: query(source),
      expect: [400],
      names: parameter,
      graphqlResolverError: true,
    })),
    ...[`GlossaryTerms(limit: ${ANONYMOUS_LIMIT_CAP + 1})`, 'Authors(limit: 0)', 'Episodes(pagination: false)'].map(
      (call) => ({
        name: `graphql ${call}: cut to the cap`,
        method: 'POST',
        path,
        headers: json,
        body: query(`{ ${call} { limit } }`),
        expect: [200],
        bodyIncludes: `"limit":${ANONYMOUS_LIMIT_CAP}`,
      }),
    ),
    { name: 'graphql-playground, POST', method: 'POST', path: '/api/graphql-playground', expect: [404, 405] },
  ]
}

export function badRequestCorpus(): BadRequest[] {
  return [
    ...readerSlugCases(),
    ...readerMethodCases(),
    ...otherReaderCases(),
    ...healthCases(),
    ...revalidateCases(),
    ...collectionCases(),
    ...globalCases(),
    ...mediaFileCases(),
    ...graphqlCases(),
  ]
}
