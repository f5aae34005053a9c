/** Glossary terms for the reader site, published only, in the page's locale. */
import type { TypedUser } from 'payload'

import type { GlossaryLinkTarget } from '@/lib/glossary/linking'
import type { GlossaryTerm } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'

import { cachedQuery } from '@/lib/cache/cached-query'
import { cacheTags } from '@/lib/cache/tags'

import { pageCountOf } from '@/lib/paging/page-number'
import { pageSizes } from '@/lib/paging/page-sizes'

import type { ListPage } from './episodes'
import { readerPayload } from './payload-client'
import { readAs } from './preview-viewer'

const glossaryTags = () => [cacheTags.glossary]

export type GlossaryEntry = Pick<GlossaryTerm, 'id' | 'slug' | 'term' | 'reading' | 'shortDefinition' | 'updatedAt'>

/** Published glossary entries in index order: all of them, or one page of `pageSize`. */
const findGlossaryEntries = cachedQuery(
  'glossary-terms',
  async (locale: Locale, paged?: { page: number; pageSize: number }): Promise<GlossaryEntry[]> => {
    const payload = await readerPayload()
    const { docs } = await payload.find({
      collection: 'glossary-terms',
      overrideAccess: false,
      draft: false,
      locale,
      depth: 0,
      // No total: `limit` and `page` apply without it, and Payload's count query would double the cost.
      pagination: false,
      limit: paged?.pageSize,
      page: paged?.page,
      sort: indexSort(locale),
      select: glossaryEntryFields,
    })
    return docs
  },
  { tags: glossaryTags },
)

export function listGlossaryTerms(locale: Locale): Promise<GlossaryEntry[]> {
  return findGlossaryEntries(locale)
}

const glossaryEntryFields = { slug: true, term: true, reading: true, shortDefinition: true, updatedAt: true } as const

/**
 * The index's order, which its pages follow: Japanese by reading (the gojūon order of kana), English
 * by the term; then the id, as offset pages need a total order.
 */
const indexSort = (locale: Locale) => (locale === 'ja' ? ['reading', 'id'] : ['term', 'id'])

/** How many terms are published in this locale. */
export const countGlossaryTerms = cachedQuery(
  'glossary-term-count',
  async (locale: Locale): Promise<number> => {
    const payload = await readerPayload()
    // The same find as the index pages' (not `count`), so the total is exactly what they hold.
    const { totalDocs } = await payload.find({
      collection: 'glossary-terms',
      overrideAccess: false,
      draft: false,
      locale,
      depth: 0,
      limit: 1,
      select: { slug: true },
    })
    return totalDocs
  },
  { tags: glossaryTags },
)

/**
 * A page of the glossary index (null past the last page). Counted first, so a page number past
 * the end queries (and caches) nothing more.
 */
export async function listGlossaryTermsPage(
  locale: Locale,
  page: number,
  pageSize: number = pageSizes.glossaryTerms,
): Promise<ListPage<GlossaryEntry> | null> {
  const totalItems = await countGlossaryTerms(locale)
  const pageCount = pageCountOf(totalItems, pageSize)
  if (!Number.isSafeInteger(page) || page < 1 || page > pageCount) return null
  const items = totalItems === 0 ? [] : await findGlossaryEntries(locale, { page, pageSize })
  return { items, page, pageCount, totalItems }
}

/** A term's page; with a preview `viewer`, its latest draft, read past the cache. */
export function getGlossaryTerm(locale: Locale, slug: string, viewer?: TypedUser | null): Promise<GlossaryTerm | null> {
  return viewer ? findGlossaryTerm(locale, slug, viewer) : findPublishedGlossaryTerm(locale, slug)
}

async function findGlossaryTerm(locale: Locale, slug: string, viewer: TypedUser | null): Promise<GlossaryTerm | null> {
  const payload = await readerPayload()
  const { docs } = await payload.find({
    collection: 'glossary-terms',
    ...readAs(viewer),
    locale,
    depth: 1,
    limit: 1,
    where: { slug: { equals: slug } },
  })
  return docs[0] ?? null
}

const findPublishedGlossaryTerm = cachedQuery(
  'glossary-term',
  (locale: Locale, slug: string) => findGlossaryTerm(locale, slug, null),
  { tags: (_locale, slug) => [cacheTags.glossary, cacheTags.glossaryTerm(slug)] },
)

/** Every published term with its aliases in this locale, for linking terms in episode text. */
export const listGlossaryLinkTargets = cachedQuery(
  'glossary-link-targets',
  async (locale: Locale): Promise<GlossaryLinkTarget[]> => {
    const payload = await readerPayload()
    const { docs } = await payload.find({
      collection: 'glossary-terms',
      overrideAccess: false,
      draft: false,
      locale,
      fallbackLocale: false,
      depth: 0,
      pagination: false,
      select: { slug: true, term: true, aliases: true, shortDefinition: true, reading: true },
    })
    return docs
      .filter((doc) => doc.term && doc.shortDefinition)
      .map((doc) => ({
        slug: doc.slug,
        surfaces: [doc.term, ...(doc.aliases ?? []).map((entry) => entry.alias)],
        shortDefinition: doc.shortDefinition,
        // The reading spells the Japanese term: shown as ruby on the Japanese site only.
        ...(locale === 'ja' && doc.reading ? { reading: doc.reading } : {}),
      }))
  },
  { tags: glossaryTags },
)
