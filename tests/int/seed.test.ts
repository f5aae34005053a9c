import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import * as content from '@/tooling/seed/content'
import { placeholderAudioLabel, silentMp3Duration } from '@/tooling/seed/placeholder-audio'
import { seed, type SeedReport } from '@/tooling/seed/seed'
import type { Media } from '@/payload-types'

import { testPayload } from '../helpers/payload'

let payload: Payload
let first: SeedReport
let second: SeedReport

const collections = [
  'episodes',
  'series',
  'therapy-categories',
  'glossary-terms',
  'authors',
  'disclaimers',
  'media',
] as const

async function counts() {
  return Object.fromEntries(
    await Promise.all(
      collections.map(async (collection) => [collection, (await payload.count({ collection })).totalDocs]),
    ),
  )
}

beforeAll(async () => {
  payload = await testPayload()
  // Other test files share this run's database: compare before and after, not absolute numbers.
  first = await seed(payload, { email: 'seed-admin@example.com' })
  second = await seed(payload, { email: 'seed-admin@example.com' })
}, 180_000)

describe('npm run seed', () => {
  it('creates the demo content the first time', () => {
    expect(first.created).toEqual(
      expect.arrayContaining([
        `series/${content.series.slug}`,
        ...content.episodes.map((episode) => `episodes/${episode.slug}`),
        ...content.glossaryTerms.map((term) => `glossary-terms/${term.slug}`),
        ...content.therapyCategories.map((category) => `therapy-categories/${category.slug}`),
      ]),
    )
    expect(content.episodes.length).toBeGreaterThanOrEqual(3)
    expect(content.glossaryTerms.length).toBeGreaterThanOrEqual(12)
  })

  it('creates nothing the second time', async () => {
    const before = await counts()
    const third = await seed(payload, { email: 'seed-admin@example.com' })
    expect(third.created).toEqual([])
    expect(second.created).toEqual([])
    expect(await counts()).toEqual(before)
  })

  it('publishes every episode in both languages', async () => {
    for (const locale of ['ja', 'en'] as const) {
      const { docs } = await payload.find({
        collection: 'episodes',
        locale,
        overrideAccess: false,
        where: { slug: { in: content.episodes.map((episode) => episode.slug) } },
        pagination: false,
      })
      expect(docs.map((doc) => doc.title).sort()).toEqual(
        content.episodes.map((episode) => episode.title[locale]).sort(),
      )
    }
  })

  it('marks every demo episode’s translation complete in both languages', async () => {
    const { docs } = await payload.find({
      collection: 'episodes',
      draft: true,
      where: { slug: { in: content.episodes.map((episode) => episode.slug) } },
      pagination: false,
    })
    expect(docs).toHaveLength(content.episodes.length)
    for (const doc of docs) expect(doc.translationStatus).toEqual({ ja: 'complete', en: 'complete' })
  })

  it('gives every demo episode placeholder audio of its stated length, labelled as such in both languages', async () => {
    const { docs } = await payload.find({
      collection: 'episodes',
      locale: 'all',
      depth: 1,
      where: { slug: { in: content.episodes.map((episode) => episode.slug) } },
      pagination: false,
    })
    expect(docs).toHaveLength(content.episodes.length)
    const staticDir = payload.collections.media.config.upload.staticDir!
    for (const doc of docs) {
      const audio = doc.podcast?.audio as Media
      expect(audio.mimeType).toBe('audio/mpeg')
      const file = await readFile(path.resolve(staticDir, audio.filename!))
      expect(audio.filesize).toBe(file.length)
      const stated = content.episodes.find((episode) => episode.slug === doc.slug)!.podcastDurationSeconds
      expect(silentMp3Duration(file)).toBeGreaterThanOrEqual(stated)
      expect(silentMp3Duration(file)).toBeLessThan(stated + 0.1)
      expect(audio.alt as unknown as Record<string, string>).toEqual(placeholderAudioLabel)
    }
  })

  it('gives every glossary term a kana reading and a tooltip within the limit in both languages', async () => {
    const { docs } = await payload.find({
      collection: 'glossary-terms',
      locale: 'all',
      where: { slug: { in: content.glossaryTerms.map((term) => term.slug) } },
      pagination: false,
    })
    expect(docs).toHaveLength(content.glossaryTerms.length)
    for (const doc of docs) {
      const definitions = doc.shortDefinition as unknown as Record<string, string>
      expect(definitions.ja!.length).toBeLessThanOrEqual(160)
      expect(definitions.en!.length).toBeLessThanOrEqual(160)
      expect(doc.reading).toMatch(/^[\p{Script=Hiragana}\p{Script=Katakana}ー・\s]+$/u)
    }
  })

  it('publishes one active site disclaimer with both texts', async () => {
    const { docs } = await payload.find({
      collection: 'disclaimers',
      where: { and: [{ kind: { equals: 'site' } }, { _status: { equals: 'published' } }] },
      locale: 'all',
    })
    expect(docs.length).toBeGreaterThanOrEqual(1)
    expect(Object.keys(docs[0]!.text as object).sort()).toEqual(['en', 'ja'])
  })

  it('leaves an admin account, and adds no second one on the next run', async () => {
    expect(second.admin).toBeUndefined()
    const admins = await payload.count({ collection: 'users', where: { role: { equals: 'admin' } } })
    expect(admins.totalDocs).toBeGreaterThanOrEqual(1)
    // When this run created the admin, the generated password is reported exactly once.
    if (first.admin) expect(first.admin.password).toMatch(/^[\w-]{16}$/)
  })
})
