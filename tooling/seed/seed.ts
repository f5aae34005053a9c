/**
 * Demo content for a site worth looking at in both locales: a series with its episodes, the three
 * therapy categories, the glossary, the site disclaimer, the organisation's pages with the header
 * and footer, the default consult call to action and an admin account. Idempotent: what already exists (by slug) is left as editors left it.
 * Seeding writes as the system, so the Local API's default (overrideAccess: true) is intended.
 */
import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import { richTextFromBlocks, richTextFromParagraphs } from '@/tooling/seed/rich-text'

import * as content from './content'
import { topicPageOfEpisode } from './pages-content'
import { seedNavigation, seedPages } from './pages'
import {
  placeholderAudioFilename,
  placeholderAudioLabel,
  placeholderAudioMimeType,
  silentMp3,
} from './placeholder-audio'

export interface SeedReport {
  created: string[]
  skipped: string[]
  admin?: { email: string; password?: string }
}

type SluggedCollection = 'series' | 'therapy-categories' | 'glossary-terms' | 'episodes'

async function findIdBySlug(payload: Payload, collection: SluggedCollection, slug: string) {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    draft: true,
    limit: 1,
    depth: 0,
    pagination: false,
  })
  return docs[0]?.id
}

type SharedFields = Record<string, unknown>

const isGroup = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A group (the episode's podcast) can hold shared fields (audio) beside localized ones (transcript). */
function withGroupsMerged(shared: SharedFields, localized: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...shared, ...localized }
  for (const [name, value] of Object.entries(localized)) {
    if (isGroup(value) && isGroup(shared[name])) merged[name] = { ...shared[name], ...value }
  }
  return merged
}

/**
 * Creates the Japanese original, then adds and publishes the English translation. Returns the id,
 * whether new or existing. `shared` may be a function, run only when the document is created
 * (it may upload files).
 */
async function upsertPublished<T extends Record<string, unknown>>(
  payload: Payload,
  report: SeedReport,
  collection: SluggedCollection,
  slug: string,
  localized: { ja: T; en: Partial<T> },
  shared: SharedFields | (() => Promise<SharedFields>),
): Promise<number> {
  const existing = await findIdBySlug(payload, collection, slug)
  if (existing !== undefined) {
    report.skipped.push(`${collection}/${slug}`)
    return existing
  }
  const sharedFields = typeof shared === 'function' ? await shared() : shared
  const created = await payload.create({
    collection,
    locale: 'ja',
    data: { ...withGroupsMerged(sharedFields, localized.ja), slug, _status: 'published' } as never,
  })
  await payload.update({
    collection,
    id: created.id,
    locale: 'en',
    data: { ...localized.en, _status: 'published' } as never,
  })
  report.created.push(`${collection}/${slug}`)
  return created.id
}

async function seedTherapyCategories(payload: Payload, report: SeedReport) {
  const ids = new Map<string, number>()
  for (const category of content.therapyCategories) {
    const localized = (locale: 'ja' | 'en') => ({
      name: category.name[locale],
      introduces: category.introduces[locale],
      description: category.description[locale],
    })
    const id = await upsertPublished(
      payload,
      report,
      'therapy-categories',
      category.slug,
      { ja: localized('ja'), en: localized('en') },
      {
        order: category.order,
      },
    )
    ids.set(category.slug, id)
    if (report.created.includes(`therapy-categories/${category.slug}`)) {
      await setCheckpoints(payload, id, category.checkpoints)
    }
  }
  return ids
}

/** Array rows are shared across locales, with a localized field inside: write ja, then en by row id. */
async function setCheckpoints(payload: Payload, id: number, checkpoints: content.LocalizedText[]) {
  const japanese = await payload.update({
    collection: 'therapy-categories',
    id,
    locale: 'ja',
    data: { checkpoints: checkpoints.map((point) => ({ point: point.ja })), _status: 'published' },
  })
  await payload.update({
    collection: 'therapy-categories',
    id,
    locale: 'en',
    data: {
      checkpoints: (japanese.checkpoints ?? []).map((row, index) => ({ id: row.id, point: checkpoints[index]!.en })),
      _status: 'published',
    },
  })
}

async function seedGlossary(payload: Payload, report: SeedReport, categoryIds: Map<string, number>) {
  const ids = new Map<string, number>()
  for (const term of content.glossaryTerms) {
    const localized = (locale: 'ja' | 'en') => ({
      term: term.term[locale],
      shortDefinition: term.shortDefinition[locale],
      explanation: richTextFromParagraphs(term.explanation[locale]),
      aliases: term.aliases[locale].map((alias) => ({ alias })),
    })
    const id = await upsertPublished(
      payload,
      report,
      'glossary-terms',
      term.slug,
      { ja: localized('ja'), en: localized('en') },
      {
        reading: term.reading,
        sources: term.sources,
        therapyCategories: term.categories.map((slug) => categoryIds.get(slug)).filter(Boolean),
      },
    )
    ids.set(term.slug, id)
  }
  // Related terms point at each other, so they are linked once every term exists.
  for (const term of content.glossaryTerms) {
    if (!report.created.includes(`glossary-terms/${term.slug}`) || term.related.length === 0) continue
    await payload.update({
      collection: 'glossary-terms',
      id: ids.get(term.slug)!,
      locale: 'ja',
      data: { relatedTerms: term.related.map((slug) => ids.get(slug)!).filter(Boolean), _status: 'published' },
    })
  }
}

async function seedAuthor(payload: Payload, report: SeedReport): Promise<number> {
  const { docs } = await payload.find({
    collection: 'authors',
    where: { displayName: { equals: content.author.name.ja } },
    locale: 'ja',
    limit: 1,
    depth: 0,
  })
  if (docs[0]) {
    report.skipped.push('authors/' + content.author.name.en)
    return docs[0].id
  }
  const created = await payload.create({
    collection: 'authors',
    locale: 'ja',
    data: { displayName: content.author.name.ja, bio: content.author.bio.ja },
  })
  await payload.update({
    collection: 'authors',
    id: created.id,
    locale: 'en',
    data: { displayName: content.author.name.en, bio: content.author.bio.en },
  })
  report.created.push('authors/' + content.author.name.en)
  return created.id
}

async function seedEpisodes(
  payload: Payload,
  report: SeedReport,
  seriesId: number,
  authorId: number,
  categoryIds: Map<string, number>,
  pageIds: Map<string, number>,
) {
  for (const episode of content.episodes) {
    const topicPage = topicPageOfEpisode[episode.slug]
    const localized = (locale: 'ja' | 'en') => ({
      title: episode.title[locale],
      lead: episode.lead[locale],
      body: richTextFromBlocks(episode.body[locale]),
      podcast: { transcript: episode.transcript[locale], durationSeconds: episode.podcastDurationSeconds },
      seo: { description: episode.seoDescription[locale] },
    })
    await upsertPublished(
      payload,
      report,
      'episodes',
      episode.slug,
      { ja: localized('ja'), en: localized('en') },
      async () => ({
        series: seriesId,
        episodeNumber: episode.number,
        author: authorId,
        therapyCategories: episode.categories.map((slug) => categoryIds.get(slug)).filter(Boolean),
        ...(topicPage ? { topicPage: pageIds.get(topicPage) } : {}),
        lastReviewedAt: new Date().toISOString(),
        podcast: { audio: await uploadPlaceholderAudio(payload, episode) },
      }),
    )
  }
}

/**
 * Silent audio of the episode's stated length, so the podcast feed and the player have a real
 * file; labelled as a placeholder in both languages. Uploaded only with a new episode.
 */
async function uploadPlaceholderAudio(payload: Payload, episode: content.SeedEpisode): Promise<number> {
  const data = silentMp3(episode.podcastDurationSeconds)
  const file = {
    data,
    mimetype: placeholderAudioMimeType,
    name: placeholderAudioFilename(episode.slug),
    size: data.length,
  }
  const media = await payload.create({
    collection: 'media',
    locale: 'ja',
    data: { alt: placeholderAudioLabel.ja },
    file,
  })
  await payload.update({ collection: 'media', id: media.id, locale: 'en', data: { alt: placeholderAudioLabel.en } })
  return media.id
}

async function seedSiteDisclaimer(payload: Payload, report: SeedReport) {
  const { totalDocs } = await payload.count({ collection: 'disclaimers', where: { kind: { equals: 'site' } } })
  if (totalDocs > 0) {
    report.skipped.push('disclaimers/site')
    return
  }
  const { versionLabel, text } = content.siteDisclaimer
  // Saved as a draft in each locale first: a site disclaimer is only published with both texts.
  const draft = await payload.create({
    collection: 'disclaimers',
    locale: 'ja',
    data: {
      kind: 'site',
      versionLabel,
      text: richTextFromParagraphs([text.ja]),
      activeFrom: new Date().toISOString(),
      _status: 'draft',
    },
  })
  await payload.update({
    collection: 'disclaimers',
    id: draft.id,
    locale: 'en',
    data: { text: richTextFromParagraphs([text.en]), _status: 'draft' },
  })
  await payload.update({ collection: 'disclaimers', id: draft.id, locale: 'ja', data: { _status: 'published' } })
  report.created.push('disclaimers/site')
}

async function seedSiteSettings(payload: Payload, report: SeedReport) {
  const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'ja', depth: 0 })
  if (settings.consultCallToAction?.heading) {
    report.skipped.push('site-settings')
    return
  }
  const { heading, body, label } = content.consultCallToAction
  // No page chosen: the button opens the consultation page.
  for (const locale of ['ja', 'en'] as const) {
    await payload.updateGlobal({
      slug: 'site-settings',
      locale,
      data: { consultCallToAction: { heading: heading[locale], body: body[locale], label: label[locale] } },
    })
  }
  report.created.push('site-settings')
}

async function seedAdmin(payload: Payload, report: SeedReport, credentials: { email?: string; password?: string }) {
  const { totalDocs } = await payload.count({ collection: 'users', where: { role: { equals: 'admin' } } })
  if (totalDocs > 0) return
  const email = credentials.email ?? 'admin@column.example'
  const password = credentials.password ?? randomBytes(12).toString('base64url')
  await payload.create({ collection: 'users', data: { email, password, name: 'Administrator', role: 'admin' } })
  report.admin = { email, password: credentials.password ? undefined : password }
}

export interface SeedOptions {
  email?: string
  password?: string
  /** False leaves the users alone, e.g. for a site whose first admin signs up in the browser. */
  createAdmin?: boolean
}

export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedReport> {
  const report: SeedReport = { created: [], skipped: [] }
  await seedSiteDisclaimer(payload, report)
  await seedSiteSettings(payload, report)
  const categoryIds = await seedTherapyCategories(payload, report)
  await seedGlossary(payload, report, categoryIds)
  const authorId = await seedAuthor(payload, report)
  const { series } = content
  const seriesId = await upsertPublished(
    payload,
    report,
    'series',
    series.slug,
    {
      ja: { title: series.title.ja, description: series.description.ja },
      en: { title: series.title.en, description: series.description.en },
    },
    { plannedEpisodeCount: series.plannedEpisodeCount, order: series.order },
  )
  const pageIds = await seedPages(payload, report, seriesId)
  await seedNavigation(payload, report, pageIds)
  await seedEpisodes(payload, report, seriesId, authorId, categoryIds, pageIds)
  if (options.createAdmin !== false) await seedAdmin(payload, report, options)
  return report
}
