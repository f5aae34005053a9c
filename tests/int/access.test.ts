/**
 * The access matrix: every role and anonymous readers, against every collection, for read
 * (of drafts), create, update, delete and publish, through REST; plus draft leakage attempts
 * through GraphQL, `?draft=true`, the versions endpoints and the Local API as the front end uses it.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { hasDrafts, insertDocument, type MatrixCollection, validData } from '../helpers/documents'
import { createSeries, publishBilingualEpisode } from '../helpers/fixtures'
import { graphql, rest, testPayload } from '../helpers/payload'
import { actors, ensureUser, tokenFor, type Actor } from '../helpers/users'

type Operation = 'create' | 'update' | 'delete' | 'publish' | 'readDrafts'

const columnStaff: Actor[] = ['editor', 'admin']
const glossaryStaff: Actor[] = ['glossary', 'admin']

/** Who may do what. Anything not listed is refused. Drafts are read by those who edit them. */
const allowed: Record<MatrixCollection, Record<Operation, Actor[]>> = {
  episodes: {
    create: columnStaff,
    update: columnStaff,
    delete: columnStaff,
    publish: columnStaff,
    readDrafts: columnStaff,
  },
  series: {
    create: columnStaff,
    update: columnStaff,
    delete: columnStaff,
    publish: columnStaff,
    readDrafts: columnStaff,
  },
  'therapy-categories': {
    create: columnStaff,
    update: columnStaff,
    delete: columnStaff,
    publish: columnStaff,
    readDrafts: columnStaff,
  },
  'glossary-terms': {
    create: glossaryStaff,
    update: glossaryStaff,
    delete: glossaryStaff,
    publish: glossaryStaff,
    readDrafts: glossaryStaff,
  },
  // Topic disclaimers; the site disclaimer is admin-only (below).
  disclaimers: {
    create: columnStaff,
    update: columnStaff,
    delete: columnStaff,
    publish: columnStaff,
    readDrafts: columnStaff,
  },
  authors: { create: columnStaff, update: columnStaff, delete: columnStaff, publish: columnStaff, readDrafts: [] },
}

const collections = Object.keys(allowed) as MatrixCollection[]

/** A text field each collection has, for update checks. */
const editableField: Record<MatrixCollection, string> = {
  episodes: 'slug',
  series: 'slug',
  'therapy-categories': 'slug',
  'glossary-terms': 'slug',
  disclaimers: 'versionLabel',
  authors: 'displayName',
}
let payload: Payload
const tokens = new Map<Actor, string | undefined>()

beforeAll(async () => {
  payload = await testPayload()
  // Created first, so that the first-user-becomes-admin rule cannot promote another role.
  await ensureUser(payload, 'admin')
  for (const actor of actors) tokens.set(actor, await tokenFor(payload, actor))
})

const expectedStatus = (collection: MatrixCollection, operation: Operation, actor: Actor, okStatus: number) =>
  allowed[collection][operation].includes(actor) ? okStatus : 403

describe.each(collections)('%s', (collection) => {
  it.each(actors)('create as a draft: %s', async (actor) => {
    const data = await validData(payload, collection)
    const query = hasDrafts(collection) ? '?draft=true' : ''
    const response = await rest('POST', `/${collection}${query}`, { body: data, token: tokens.get(actor) })
    expect(response.status).toBe(expectedStatus(collection, 'create', actor, 201))
  })

  it.each(actors)('publish: %s', async (actor) => {
    const data = await validData(payload, collection)
    const body = hasDrafts(collection) ? { ...data, _status: 'published' } : data
    const response = await rest('POST', `/${collection}`, { body, token: tokens.get(actor) })
    expect(response.status).toBe(expectedStatus(collection, 'publish', actor, 201))
  })

  it.each(actors)('update: %s', async (actor) => {
    const id = await insertDocument(payload, collection, 'published')
    const field = editableField[collection]
    const value = `updated-${id}-${actor}`
    const response = await rest('PATCH', `/${collection}/${id}`, { body: { [field]: value }, token: tokens.get(actor) })
    expect(response.status).toBe(expectedStatus(collection, 'update', actor, 200))
    const stored = (await payload.findByID({ collection, id, draft: true })) as unknown as Record<string, unknown>
    expect(stored[field] === value).toBe(response.status === 200)
  })

  it.each(actors)('delete: %s', async (actor) => {
    const id = await insertDocument(payload, collection, 'published')
    const response = await rest('DELETE', `/${collection}/${id}`, { token: tokens.get(actor) })
    expect(response.status).toBe(expectedStatus(collection, 'delete', actor, 200))
    const remaining = await payload.count({ collection, where: { id: { equals: id } } })
    expect(remaining.totalDocs).toBe(response.status === 200 ? 0 : 1)
  })
})

describe.each(collections.filter(hasDrafts))('%s drafts', (collection) => {
  it.each(actors)('read a draft by id with ?draft=true: %s', async (actor) => {
    const id = await insertDocument(payload, collection, 'draft')
    const response = await rest('GET', `/${collection}/${id}?draft=true`, { token: tokens.get(actor) })
    const mayRead = allowed[collection].readDrafts.includes(actor)
    expect(response.status).toBe(mayRead ? 200 : 404)
  })

  it('never lists a draft to an anonymous reader', async () => {
    const draftId = await insertDocument(payload, collection, 'draft')
    const publishedId = await insertDocument(payload, collection, 'published')
    for (const path of [`/${collection}?limit=1000`, `/${collection}?draft=true&limit=1000`]) {
      const response = await rest('GET', path)
      const ids = ((await response.json()) as { docs: { id: number }[] }).docs.map((doc) => doc.id)
      expect(ids).not.toContain(draftId)
      if (!path.includes('draft=true')) expect(ids).toContain(publishedId)
    }
  })

  it('keeps the versions endpoint closed to anonymous readers', async () => {
    await insertDocument(payload, collection, 'draft')
    const response = await rest('GET', `/${collection}/versions`)
    expect(response.status).toBe(403)
  })
})

describe('the site disclaimer', () => {
  const siteDisclaimer = async () => ({ ...(await validData(payload, 'disclaimers')), kind: 'site' })

  it.each(actors)('may be created only by an admin: %s', async (actor) => {
    const response = await rest('POST', '/disclaimers?draft=true', {
      body: await siteDisclaimer(),
      token: tokens.get(actor),
    })
    expect(response.status).toBe(actor === 'admin' ? 201 : 403)
  })

  it('cannot be turned into by an editor changing a topic disclaimer', async () => {
    const id = await insertDocument(payload, 'disclaimers', 'draft')
    const response = await rest('PATCH', `/disclaimers/${id}?draft=true`, {
      body: { kind: 'site' },
      token: tokens.get('editor'),
    })
    expect(response.status).toBe(403)
    const stored = await payload.findByID({ collection: 'disclaimers', id, draft: true })
    expect(stored.kind).toBe('topic')
  })
})

describe('users', () => {
  it('are never listed to anonymous readers, through REST or GraphQL', async () => {
    expect((await rest('GET', '/users')).status).toBe(403)
    const result = await graphql<{ Users: { docs: { email: string }[] } | null }>('{ Users { docs { email } } }')
    expect(result.data?.Users?.docs ?? []).toEqual([])
    expect(JSON.stringify(result)).not.toContain('@access.example')
  })

  it.each(['editor', 'glossary'] as const)('show a %s only their own account', async (actor) => {
    const response = await rest('GET', '/users?limit=100', { token: tokens.get(actor) })
    const emails = ((await response.json()) as { docs: { email: string }[] }).docs.map((doc) => doc.email)
    expect(emails).toEqual([`${actor}@access.example`])
  })

  it('can be created only by an admin', async () => {
    for (const actor of actors) {
      const response = await rest('POST', '/users', {
        body: { email: `new-${actor}@access.example`, password: 'another long password', role: 'editor' },
        token: tokens.get(actor),
      })
      expect(response.status, actor).toBe(actor === 'admin' ? 201 : 403)
    }
  })

  it('cannot promote themselves', async () => {
    const id = await ensureUser(payload, 'editor')
    const response = await rest('PATCH', `/users/${id}`, { body: { role: 'admin' }, token: tokens.get('editor') })
    expect(response.status).toBe(200)
    expect((await payload.findByID({ collection: 'users', id })).role).toBe('editor')
  })
})

describe('drafts through GraphQL', () => {
  it('are not returned to anonymous readers, even when asked for', async () => {
    const draftId = await insertDocument(payload, 'episodes', 'draft')
    const list = await graphql<{ Episodes: { docs: { id: number }[] } }>(
      '{ Episodes(draft: true, limit: 1000) { docs { id title } } }',
    )
    expect(list.data?.Episodes.docs.map((doc) => doc.id)).not.toContain(draftId)

    const single = await graphql<{ Episode: { title: string } | null }>(
      `{ Episode(id: ${draftId}, draft: true) { title } }`,
    )
    expect(single.data?.Episode ?? null).toBeNull()

    const versions = await graphql('{ versionsEpisodes { docs { id } } }')
    expect(versions.errors?.length).toBeGreaterThan(0)
  })

  it('are returned to a signed-in editor', async () => {
    const draftId = await insertDocument(payload, 'episodes', 'draft')
    const single = await graphql<{ Episode: { id: number } | null }>(
      `{ Episode(id: ${draftId}, draft: true) { id } }`,
      {
        token: tokens.get('editor'),
      },
    )
    expect(single.data?.Episode?.id).toBe(draftId)
  })
})

describe('the reported door: a pending draft through locale=all', () => {
  it('shows an anonymous reader the published episode, never its pending Japanese edit', async () => {
    const series = await createSeries(payload)
    const episode = await publishBilingualEpisode(payload, series, 1)
    await payload.update({
      collection: 'episodes',
      id: episode.id,
      locale: 'ja',
      draft: true,
      data: { title: '未公開の見出し' },
    })
    for (const locale of ['all', '*']) {
      const response = await rest('GET', `/episodes/${episode.id}?locale=${encodeURIComponent(locale)}&draft=true`)
      expect(response.status).toBe(400)
      expect(await response.text()).not.toContain('未公開の見出し')
    }
    const japanese = await rest('GET', `/episodes/${episode.id}?locale=ja&draft=true`)
    expect(((await japanese.json()) as { title: string }).title).toBe(episode.title)
  })

  it('shows the pending edit to an editor, who may read drafts', async () => {
    const series = await createSeries(payload)
    const episode = await publishBilingualEpisode(payload, series, 1)
    await payload.update({
      collection: 'episodes',
      id: episode.id,
      locale: 'ja',
      draft: true,
      data: { title: '未公開の見出し' },
    })
    const response = await rest('GET', `/episodes/${episode.id}?locale=all&draft=true`, { token: tokens.get('editor') })
    expect(((await response.json()) as { title: { ja: string } }).title.ja).toBe('未公開の見出し')
  })
})

describe('the Local API as the reader site calls it', () => {
  it('returns published documents only when access is enforced without a user', async () => {
    const draftId = await insertDocument(payload, 'glossary-terms', 'draft')
    const publishedId = await insertDocument(payload, 'glossary-terms', 'published')
    const { docs } = await payload.find({
      collection: 'glossary-terms',
      overrideAccess: false,
      draft: true,
      pagination: false,
    })
    const ids = docs.map((doc) => doc.id)
    expect(ids).toContain(publishedId)
    expect(ids).not.toContain(draftId)
  })
})

describe('the same rules through GraphQL mutations', () => {
  const names: Record<MatrixCollection, { type: string; create?: string }> = {
    episodes: { type: 'Episode' },
    series: { type: 'Series', create: 'mutationSeriesInput' },
    'therapy-categories': { type: 'TherapyCategory', create: 'mutationTherapyCategoryInput' },
    'glossary-terms': { type: 'GlossaryTerm', create: 'mutationGlossaryTermInput' },
    disclaimers: { type: 'Disclaimer', create: 'mutationDisclaimerInput' },
    authors: { type: 'Author', create: 'mutationAuthorInput' },
  }

  const creatable = collections.filter((collection) => names[collection].create)

  async function createThroughGraphQL(collection: MatrixCollection, actor: Actor, status: 'draft' | 'published') {
    const { type, create } = names[collection]
    const data = await validData(payload, collection)
    const result = await graphql<Record<string, { id: number } | null>>(
      `mutation ($data: ${create}!) { create${type}(data: $data, draft: ${status === 'draft'}) { id } }`,
      { token: tokens.get(actor), variables: { data: hasDrafts(collection) ? { ...data, _status: status } : data } },
    )
    return { id: result.data?.[`create${type}`]?.id ?? null, errors: result.errors }
  }

  describe.each(creatable)('%s', (collection) => {
    it.each(actors)('create: %s', async (actor) => {
      const { id, errors } = await createThroughGraphQL(collection, actor, 'draft')
      if (allowed[collection].create.includes(actor)) expect(id, JSON.stringify(errors)).toBeTypeOf('number')
      else expect(id).toBeNull()
    })

    it.each(actors)('publish: %s', async (actor) => {
      const { id, errors } = await createThroughGraphQL(collection, actor, 'published')
      if (allowed[collection].publish.includes(actor)) expect(id, JSON.stringify(errors)).toBeTypeOf('number')
      else expect(id).toBeNull()
    })
  })

  describe.each(collections)('%s', (collection) => {
    it.each(actors)('update: %s', async (actor) => {
      const id = await insertDocument(payload, collection, 'published')
      const field = editableField[collection]
      const value = `graphql-${id}-${actor}`
      await graphql(
        `mutation ($data: mutation${names[collection].type}UpdateInput!) { update${names[collection].type}(id: ${id}, data: $data) { id } }`,
        { token: tokens.get(actor), variables: { data: { [field]: value } } },
      )
      const stored = (await payload.findByID({ collection, id, draft: true })) as unknown as Record<string, unknown>
      expect(stored[field] === value).toBe(allowed[collection].update.includes(actor))
    })
  })

  describe.each(collections)('%s', (collection) => {
    it.each(actors)('delete: %s', async (actor) => {
      const id = await insertDocument(payload, collection, 'published')
      await graphql(`mutation { delete${names[collection].type}(id: ${id}) { id } }`, { token: tokens.get(actor) })
      const remaining = (await payload.count({ collection, where: { id: { equals: id } } })).totalDocs
      expect(remaining).toBe(allowed[collection].delete.includes(actor) ? 0 : 1)
    })
  })
})
