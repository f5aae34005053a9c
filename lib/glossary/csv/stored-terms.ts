/**
 * The glossary as the CSV file sees it, read and written through the Local API as the signed-in
 * staff member (overrideAccess: false): the latest version of every term (drafts included), both
 * languages without fallback, categories by slug.
 */
import type { PayloadRequest } from 'payload'

import { relationId } from '@/lib/payload/relation-id'

import type { ImportPlan, PlannedTerm, StoredTerm } from './plan'
import type { TermFields } from './term-row'

type PerLocale<T> = { ja?: T | null; en?: T | null } | null | undefined

/** A term read with `locale: 'all'`: every localized field holds both languages. */
interface TermInAllLocales {
  id: number
  slug: string
  _status?: 'draft' | 'published' | null
  term: PerLocale<string>
  reading: string
  aliases: PerLocale<{ alias: string }[]>
  shortDefinition: PerLocale<string>
  therapyCategories?: unknown[] | null
}

export interface TherapyCategorySlugs {
  idOf: Map<string, number>
  slugOf: Map<number, string>
}

/**
 * Every therapy category, drafts included: a term may already point to a category not yet
 * published, and the file must name it to give the term back unchanged. Only slugs are read.
 */
export async function therapyCategorySlugs(req: PayloadRequest): Promise<TherapyCategorySlugs> {
  const { docs } = await req.payload.find({
    collection: 'therapy-categories',
    overrideAccess: true,
    draft: true,
    depth: 0,
    pagination: false,
    select: { slug: true },
    req,
  })
  return {
    idOf: new Map(docs.map((doc) => [doc.slug, doc.id])),
    slugOf: new Map(docs.map((doc) => [doc.id, doc.slug])),
  }
}

const text = (value: string | null | undefined) => (value ?? '').trim()
const aliases = (value: { alias: string }[] | null | undefined) =>
  (value ?? []).map((item) => text(item.alias)).filter((alias) => alias !== '')

function storedTerm(doc: TermInAllLocales, categories: TherapyCategorySlugs): StoredTerm {
  return {
    id: doc.id,
    slug: doc.slug,
    status: doc._status === 'published' ? 'published' : 'draft',
    termJa: text(doc.term?.ja),
    termEn: text(doc.term?.en),
    reading: text(doc.reading),
    aliasesJa: aliases(doc.aliases?.ja),
    aliasesEn: aliases(doc.aliases?.en),
    definitionJa: text(doc.shortDefinition?.ja),
    definitionEn: text(doc.shortDefinition?.en),
    categories: (doc.therapyCategories ?? [])
      .map((value) => categories.slugOf.get(Number(relationId(value))))
      .filter((slug): slug is string => slug !== undefined),
  }
}

/** Every term the staff member may edit, in あいうえお order, as its latest version. */
export async function storedTerms(req: PayloadRequest, categories: TherapyCategorySlugs): Promise<StoredTerm[]> {
  const { docs } = await req.payload.find({
    collection: 'glossary-terms',
    overrideAccess: false,
    user: req.user,
    draft: true,
    locale: 'all',
    fallbackLocale: false,
    depth: 0,
    pagination: false,
    sort: ['reading', 'slug'],
    req,
  })
  return (docs as unknown as TermInAllLocales[]).map((doc) => storedTerm(doc, categories))
}

const hasEnglish = (fields: TermFields) => fields.termEn !== '' || fields.definitionEn !== ''

function japaneseData(planned: PlannedTerm, categories: TherapyCategorySlugs, status: 'draft' | 'published') {
  const { fields } = planned
  return {
    term: fields.termJa,
    slug: planned.slug,
    reading: fields.reading,
    aliases: fields.aliasesJa.map((alias) => ({ alias })),
    shortDefinition: fields.definitionJa,
    therapyCategories: fields.categories.map((slug) => categories.idOf.get(slug) as number),
    _status: status,
  }
}

/** An empty English is saved as empty (null), so that a term's English can be taken away too. */
function englishData(fields: TermFields, status: 'draft' | 'published') {
  return {
    term: fields.termEn === '' ? null : fields.termEn,
    aliases: fields.aliasesEn.map((alias) => ({ alias })),
    shortDefinition: fields.definitionEn === '' ? null : fields.definitionEn,
    _status: status,
  }
}

const englishColumns = new Set(['term_en', 'aliases_en', 'short_definition_en'])

export interface WriteFailure {
  line: number
  /** The language of the save that failed: which of the file's columns a field error is about. */
  locale: 'ja' | 'en'
  error: unknown
}

/**
 * Writes the plan with the caller's transaction on `req`: Japanese (with the shared fields) in
 * one save, English in another, each through the collection's hooks and validation. Stops at the
 * first failure and says on which line; the caller then rolls everything back.
 */
export async function writePlan(
  req: PayloadRequest,
  plan: ImportPlan,
  categories: TherapyCategorySlugs,
  publish: boolean,
): Promise<WriteFailure | undefined> {
  const status = publish ? 'published' : 'draft'
  const common = {
    collection: 'glossary-terms',
    overrideAccess: false,
    user: req.user,
    draft: !publish,
    depth: 0,
    req,
  } as const
  let locale: 'ja' | 'en' = 'ja'
  for (const planned of plan.creates) {
    try {
      locale = 'ja'
      const created = await req.payload.create({
        ...common,
        locale: 'ja',
        data: japaneseData(planned, categories, status),
      })
      if (hasEnglish(planned.fields)) {
        locale = 'en'
        await req.payload.update({
          ...common,
          id: created.id,
          locale: 'en',
          data: englishData(planned.fields, status) as never,
        })
      }
    } catch (error) {
      return { line: planned.line, locale, error }
    }
  }
  for (const change of plan.changes) {
    try {
      const japanese = change.changed.some((column) => !englishColumns.has(column))
      const english = change.changed.some((column) => englishColumns.has(column))
      locale = 'ja'
      if (japanese) {
        await req.payload.update({
          ...common,
          id: change.id,
          locale: 'ja',
          data: japaneseData(change, categories, status),
        })
      }
      locale = 'en'
      if (english) {
        await req.payload.update({
          ...common,
          id: change.id,
          locale: 'en',
          data: englishData(change.fields, status) as never,
        })
      }
    } catch (error) {
      return { line: change.line, locale, error }
    }
  }
  return undefined
}
