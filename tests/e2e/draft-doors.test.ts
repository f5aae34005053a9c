/**
 * No draft through any door: the production build on a database of its own, filled with
 * documents in every state that must stay private (tests/fixtures/private-content.ts), asked for
 * through every REST and GraphQL door the app exposes with every combination of the reading
 * parameters, and through the reader pages, as an anonymous reader and as each role. No answer
 * may contain a marker of an audience the actor is not in, and no `where` that searches private
 * text may match anything for them.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { buildSchema, type GraphQLSchema } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@/access/roles'
import { parseEnv } from '@/lib/env-schema'
import { pagePath, previewPath } from '@/lib/i18n/paths'

import { audiencePrefix, mayRead, type Actor, type Audience, type PrivateContent } from '../fixtures/private-content'
import { TEST_SECRET } from '../setup/test-secret'
import { runScript, startProductionServer, type ProductionServer } from '../../tooling/server/production-server'
import { graphqlDoors } from './doors/graphql-doors'
import { readerDoors, readerPaths } from './doors/reader-doors'
import { restDoors, type Catalogue, type Door } from './doors/rest-doors'

let server: ProductionServer
let content: PrivateContent
let schema: GraphQLSchema
/** Collection slug → the GraphQL name of its documents (`Episode`, `TherapyCategory`, ...). */
let graphqlNames: Record<string, string>
const tokens = new Map<Role, string>()

async function signIn(role: Role): Promise<string> {
  const { email, password } = content.accounts[role]
  const response = await fetch(`${server.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (response.status !== 200) throw new Error(`signing in as ${role} answered ${response.status}`)
  return ((await response.json()) as { token: string }).token
}

beforeAll(async () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'doors-'))
  const descriptionFile = path.join(directory, 'content.json')
  const schemaFile = path.join(directory, 'schema.graphql')
  const namesFile = path.join(directory, 'graphql-names.json')
  server = await startProductionServer({
    secret: TEST_SECRET,
    databasePrefix: 'column_doors',
    seed: (databaseUrl) =>
      runScript('tests/e2e/doors/seed-private-content.ts', [descriptionFile, schemaFile, namesFile], {
        databaseUrl,
        secret: TEST_SECRET,
      }),
  })
  content = JSON.parse(readFileSync(descriptionFile, 'utf8')) as PrivateContent
  schema = buildSchema(readFileSync(schemaFile, 'utf8'))
  graphqlNames = JSON.parse(readFileSync(namesFile, 'utf8')) as Record<string, string>
  for (const role of ['admin', 'editor', 'glossary'] as const) tokens.set(role, await signIn(role))
}, 300_000)

afterAll(() => server?.stop())

function authorization(actor: Actor): Record<string, string> {
  return actor === 'anonymous' ? {} : { Authorization: `JWT ${tokens.get(actor)}` }
}

async function asAdmin<T>(apiPath: string): Promise<T> {
  const response = await fetch(`${server.baseUrl}${apiPath}`, { headers: authorization('admin') })
  if (!response.ok) throw new Error(`${apiPath} answered ${response.status} to the admin`)
  return (await response.json()) as T
}

/** Ids the admin can list there; none where the API offers no listing (Payload's migrations answer 501). */
async function idsAt(apiPath: string): Promise<(number | string)[]> {
  const response = await fetch(`${server.baseUrl}${apiPath}?limit=200&depth=0&draft=true`, {
    headers: authorization('admin'),
  })
  if (!response.ok) return []
  return ((await response.json()) as { docs: { id: number | string }[] }).docs.map((doc) => doc.id)
}

/** What exists, as the admin sees it: every collection and global, every document and version. */
async function catalogue(): Promise<Catalogue> {
  const access = await asAdmin<{
    collections: Record<string, { readVersions?: unknown }>
    globals: Record<string, { readVersions?: unknown }>
  }>('/api/access')
  // Collections the admin's permissions leave out (Payload's key-value store) are doors too.
  for (const slug of Object.keys(graphqlNames)) access.collections[slug] ??= {}
  const collections = await Promise.all(
    Object.entries(access.collections).map(async ([slug, permissions]) => ({
      slug,
      versions: 'readVersions' in permissions,
      ids: await idsAt(`/api/${slug}`),
      versionIds: 'readVersions' in permissions ? await idsAt(`/api/${slug}/versions`) : [],
    })),
  )
  const globals = await Promise.all(
    Object.entries(access.globals).map(async ([slug, permissions]) => ({
      slug,
      versions: 'readVersions' in permissions,
      versionIds: 'readVersions' in permissions ? await idsAt(`/api/globals/${slug}/versions`) : [],
    })),
  )
  return { collections, globals }
}

/** What a browser says of its own navigations; Payload reads a session cookie only with it. */
const sameOrigin = { 'Sec-Fetch-Site': 'same-origin' }

/** Next's draft mode for a staff member, turned on through the preview route as the admin's Preview button does. */
async function draftModeCookie(role: Role): Promise<string> {
  const session = `payload-token=${tokens.get(role)}`
  const previewSecret = parseEnv({
    NODE_ENV: 'production',
    DATABASE_URL: server.database.url,
    PAYLOAD_SECRET: TEST_SECRET,
  }).previewSecret
  const response = await fetch(
    `${server.baseUrl}${previewPath('ja')}?${new URLSearchParams({ path: pagePath.glossary, secret: previewSecret })}`,
    { headers: { Cookie: session, ...sameOrigin }, redirect: 'manual' },
  )
  const bypass = response.headers.getSetCookie().find((cookie) => cookie.startsWith('__prerender_bypass='))
  if (!bypass)
    throw new Error(
      `the preview route did not turn on draft mode for ${role} (${response.status} ${await response.text()})`,
    )
  return `${session}; ${bypass.split(';')[0]}`
}

function withoutEcho(body: string, requested: string): string {
  const sent = requested.split(/[/?&=]/).filter((part) => part.includes(content.run))
  return sent.reduce((rest, part) => rest.replaceAll(part, ''), body)
}

interface Outcome {
  door: Door
  status: number
  leaked: string[]
  /** GraphQL answers with 200 either way: whether it gave data, and its first error. */
  graphql?: { executed: boolean; data: boolean; error?: string }
}

/** A query refused at validation has no `data` at all; one that ran has it, null where access said no. */
function graphqlOutcome(body: string): Outcome['graphql'] {
  try {
    const { data, errors } = JSON.parse(body) as {
      data?: Record<string, unknown> | null
      errors?: { message: string }[]
    }
    return {
      executed: data !== undefined,
      data: Object.values(data ?? {}).some((value) => value !== null),
      error: errors?.[0]?.message,
    }
  } catch {
    return { executed: false, data: false, error: 'not JSON' }
  }
}

function forbiddenFor(actor: Actor): Audience[] {
  return content.audiences.filter((audience) => !mayRead(actor, audience))
}

/** Markers and literals of the audiences `actor` is not in, and whether a probing `where` matched. */
function leaksIn(door: Door, status: number, body: string): string[] {
  const leaked: string[] = []
  for (const audience of forbiddenFor(door.actor)) {
    if (body.includes(audiencePrefix(content.run, audience))) leaked.push(`a ${audience} marker`)
    for (const literal of content.literals[audience] ?? [])
      if (body.includes(literal)) leaked.push(`the ${audience} value ${literal}`)
  }
  if (door.probesPrivateText && status === 200 && matchedSomething(body)) leaked.push('a match for a private word')
  return leaked
}

/** A REST list or count, or a GraphQL answer, that found at least one document. */
function matchedSomething(body: string): boolean {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return false
  }
  const found = (value: unknown): boolean => {
    if (!value || typeof value !== 'object') return false
    const record = value as Record<string, unknown>
    if (typeof record.totalDocs === 'number' && record.totalDocs > 0) return true
    if (Array.isArray(record.docs) && record.docs.length > 0) return true
    return Object.values(record).some(found)
  }
  return found(parsed)
}

function clientAddressFor(index: number): string {
  return `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`
}

async function tryDoors(doors: Door[], concurrency = 8): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  let next = 0
  const worker = async () => {
    while (next < doors.length) {
      const index = next++
      const door = doors[index]!
      const response = await fetch(`${server.baseUrl}${door.path}`, {
        method: door.method,
        // Each door from an address of its own: GraphQL and search are limited per address
        // (lib/security/rate-limits.ts), and a bare `next start` takes it from X-Forwarded-For.
        headers: { ...authorization(door.actor), ...door.headers, 'X-Forwarded-For': clientAddressFor(index) },
        body: door.body,
        redirect: 'manual',
      })
      // What the door itself sent (a private slug in its path) comes back in a 404 page: not a leak.
      const body = withoutEcho(await response.text(), door.path)
      outcomes.push({
        door,
        status: response.status,
        leaked: leaksIn(door, response.status, body),
        graphql: door.path === '/api/graphql' ? graphqlOutcome(body) : undefined,
      })
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return outcomes
}

function report(label: string, outcomes: Outcome[]) {
  const byStatus = new Map<number, number>()
  for (const { status } of outcomes) byStatus.set(status, (byStatus.get(status) ?? 0) + 1)
  const statuses = [...byStatus]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status}×${count}`)
    .join(' ')
  const graphql = outcomes.filter((outcome) => outcome.graphql)
  const answered = graphql.filter((outcome) => outcome.graphql!.data).length
  const errors = new Map<string, number>()
  for (const { graphql: answer } of graphql)
    if (answer?.error) errors.set(answer.error.slice(0, 80), (errors.get(answer.error.slice(0, 80)) ?? 0) + 1)
  const graphqlSummary =
    graphql.length > 0
      ? `; GraphQL: ${answered} with data, errors ${[...errors].map(([message, count]) => `"${message}"×${count}`).join(', ')}`
      : ''
  console.log(`${label}: ${outcomes.length} doors tried (${statuses}${graphqlSummary})`)
}

function describeLeaks(outcomes: Outcome[]): string[] {
  return outcomes
    .filter((outcome) => outcome.leaked.length > 0)
    .map(
      ({ door, status, leaked }) =>
        `${door.actor} → ${door.method} ${door.path} [${door.name}] ${status}: ${leaked.join(', ')}`,
    )
}

const actors: Actor[] = ['anonymous', 'glossary', 'editor']

function probesFor(actor: Actor): string[] {
  return forbiddenFor(actor).flatMap((audience) => content.probes[audience] ?? [])
}

describe('the fixtures', () => {
  it('hold the markers where the admin can read them (the matrix below can find a leak)', async () => {
    const never = content.documents.find((doc) => doc.collection === 'episodes' && doc.state === 'never published')!
    const draft = await fetch(`${server.baseUrl}/api/episodes/${never.id}?draft=true&locale=ja`, {
      headers: authorization('admin'),
    })
    expect(await draft.text()).toContain(audiencePrefix(content.run, 'column'))
    const users = await fetch(`${server.baseUrl}/api/users?limit=10`, { headers: authorization('admin') })
    expect(await users.text()).toContain(audiencePrefix(content.run, 'user-editor'))
  })
})

describe.each(actors)('as %s', (actor) => {
  it('no REST door shows a private marker or matches a private word', async () => {
    // The anonymous reader gets the full product where drafts exist; each role every pair of values.
    const outcomes = await tryDoors(
      restDoors(actor, await catalogue(), probesFor(actor), { exhaustive: actor === 'anonymous' }),
    )
    report(`REST as ${actor}`, outcomes)
    expect(outcomes.filter((outcome) => outcome.status === 429).length).toBe(0)
    expect(describeLeaks(outcomes).slice(0, 20)).toEqual([])
  }, 1_800_000)

  it('no GraphQL door shows a private marker or matches a private word', async () => {
    const admin = await catalogue()
    // `Episode(id)` asks for an episode, `versionEpisode(id)` for one of its versions.
    const idsByQuery = (queryField: string) => {
      const collection = admin.collections.find(({ slug }) => graphqlNames[slug] === queryField)
      if (collection) return collection.ids
      const versioned = admin.collections.find(({ slug }) => `version${graphqlNames[slug]}` === queryField)
      if (versioned) return versioned.versionIds
      throw new Error(`no collection answers to the GraphQL query ${queryField}`)
    }
    const outcomes = await tryDoors(graphqlDoors(actor, { schema, idsFor: idsByQuery, probes: probesFor(actor) }))
    report(`GraphQL as ${actor}`, outcomes)
    expect(outcomes.filter((outcome) => outcome.status === 429).length).toBe(0)
    // Every well-formed query really ran (a selection the schema refuses would prove nothing),
    // and the published documents came back through some of them.
    const refused = outcomes.filter((outcome) => outcome.door.validArguments && !outcome.graphql!.executed)
    expect(refused.map(({ door, graphql }) => `${door.name}: ${graphql!.error}`).slice(0, 5)).toEqual([])
    expect(outcomes.filter((outcome) => outcome.graphql!.data).length).toBeGreaterThan(outcomes.length / 10)
    expect(describeLeaks(outcomes).slice(0, 20)).toEqual([])
  }, 1_800_000)

  it('no reader page shows a private marker', async () => {
    const paths = readerPaths(content.documents, probesFor(actor))
    const doors =
      actor === 'anonymous'
        ? [
            ...readerDoors(actor, 'anonymous', paths),
            // Next's draft-mode cookie is the same for every visitor of a build: without an
            // account it must show nothing more than published pages.
            ...readerDoors(
              actor,
              'draft-mode cookie, no account',
              paths,
              (await draftModeCookie('editor')).split('; ')[1],
            ),
          ]
        : readerDoors(actor, 'draft mode, signed in', paths, await draftModeCookie(actor))
    const outcomes = await tryDoors(doors)
    report(`reader pages as ${actor}`, outcomes)
    expect(describeLeaks(outcomes).slice(0, 20)).toEqual([])
  }, 600_000)
})
