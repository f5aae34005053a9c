/**
 * The organisation's own pages for the reader site, published in the reader's locale only (no
 * fallback: a page not yet translated is not linked from the other locale).
 * Minimal in branch h/navigation (what links need); the page route's helper adds getPageBySlug.
 */
import type { Episode, Page } from '@/payload-types'
import type { PageKind } from '@/collections/Pages'
import type { Locale } from '@/lib/i18n/locales'
import { pagePathIn } from '@/lib/i18n/paths'
import { relationId } from '@/lib/payload/relation-id'

import { cachedQuery } from '@/lib/cache/cached-query'
import { cacheTags } from '@/lib/cache/tags'

import { readerPayload } from './payload-client'

/** What a link to a page needs. */
export type PageLink = Pick<Page, 'id' | 'title' | 'slug' | 'kind'>

const linkFields = { title: true, slug: true, kind: true } as const

const findPageLinks = cachedQuery(
  'page-links',
  async (locale: Locale, query: { ids?: number[]; kind?: PageKind }) => {
    const payload = await readerPayload()
    const { docs } = await payload.find({
      collection: 'pages',
      overrideAccess: false,
      draft: false,
      locale,
      fallbackLocale: false,
      depth: 0,
      pagination: false,
      sort: 'title',
      select: linkFields,
      where: query.kind ? { kind: { equals: query.kind } } : { id: { in: query.ids ?? [] } },
    })
    return docs.filter((page) => page.slug && page.title) as PageLink[]
  },
  { tags: () => [cacheTags.pages] },
)

/** "The consultation page", "the privacy policy"…: the first published page of that kind, by title. */
export async function getPageOfKind(locale: Locale, kind: PageKind): Promise<PageLink | null> {
  const pages = await findPageLinks(locale, { kind })
  return pages[0] ?? null
}

/** The pages among `ids` that are published in this locale, by id; the others are absent. */
export async function publishedPageLinks(locale: Locale, ids: number[]): Promise<Map<number, PageLink>> {
  const unique = [...new Set(ids)].sort((a, b) => a - b)
  if (unique.length === 0) return new Map()
  const pages = await findPageLinks(locale, { ids: unique })
  return new Map(pages.map((page) => [page.id, page]))
}

/** Where a page link points, in the reader's locale. */
export function pageLink(locale: Locale, page: Pick<Page, 'slug'>): string {
  return pagePathIn(locale, page.slug)
}

/** The topic landing page an episode links to, when it is published in this locale. */
export async function getTopicPage(locale: Locale, episode: Pick<Episode, 'topicPage'>): Promise<PageLink | null> {
  const id = relationId(episode.topicPage)
  if (typeof id !== 'number') return null
  try {
    return (await publishedPageLinks(locale, [id])).get(id) ?? null
  } catch {
    return null
  }
}
