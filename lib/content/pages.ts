/**
 * The organisation's own pages (collections/Pages) for the reader site: published only, in one
 * locale and without fallback, like episodes. A page is found by its slug (its route), or by its
 * kind when the site needs "the consultation page" or "the privacy policy".
 */
import type { TypedUser } from 'payload'

import type { PageKind } from '@/collections/Pages'
import type { Episode, Page } from '@/payload-types'
import { locales, type Locale } from '@/lib/i18n/locales'
import { pagePathIn } from '@/lib/i18n/paths'
import { relationId } from '@/lib/payload/relation-id'

import { cachedQuery } from '@/lib/cache/cached-query'
import { cacheTags } from '@/lib/cache/tags'

import { readerPayload } from './payload-client'
import { readAs } from './preview-viewer'

/** What links, the sitemap and the navigation need of a page. */
export type PageLink = Pick<Page, 'id' | 'title' | 'slug' | 'kind' | 'updatedAt'>

const linkFields = { title: true, slug: true, kind: true, updatedAt: true } as const

async function findPage(locale: Locale, slug: string, viewer: TypedUser | null): Promise<Page | null> {
  const payload = await readerPayload()
  const { docs } = await payload.find({
    collection: 'pages',
    ...readAs(viewer),
    locale,
    fallbackLocale: false,
    // The SEO image, for the share card. Blocks name what they show by id: whatever this depth
    // populates there is read again, published only, by lib/content/page-blocks.ts.
    depth: 1,
    limit: 1,
    where: { slug: { equals: slug } },
  })
  return docs[0] ?? null
}

const findPublishedPage = cachedQuery('page', (locale: Locale, slug: string) => findPage(locale, slug, null), {
  tags: (_locale, slug) => [cacheTags.page(slug), cacheTags.pages],
})

/**
 * A page by slug. With `draft` (a preview: a signed-in staff member in draft mode, `viewer`) the
 * latest draft under that user's access rules, past the cache; otherwise the published page.
 */
export function getPageBySlug(
  locale: Locale,
  slug: string,
  { draft = false, viewer = null }: { draft?: boolean; viewer?: TypedUser | null } = {},
): Promise<Page | null> {
  return draft && viewer ? findPage(locale, slug, viewer) : findPublishedPage(locale, slug)
}

/** Every page published in this locale, by title: for the sitemap, calls to action and navigation. */
export const listPublishedPages = cachedQuery(
  'pages',
  async (locale: Locale): Promise<PageLink[]> => {
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
    })
    // A page published in another locale only has no title here.
    return docs.filter((doc) => doc.title)
  },
  { tags: () => [cacheTags.pages] },
)

/** The published page of this kind in this locale (the first by title), or null: "the consultation page". */
export async function getPageOfKind(locale: Locale, kind: PageKind): Promise<PageLink | null> {
  return (await listPublishedPages(locale)).find((page) => page.kind === kind) ?? null
}

/** A published page by id, in this locale: the target a call to action chose. */
export async function getPublishedPageById(locale: Locale, id: number): Promise<PageLink | null> {
  return (await listPublishedPages(locale)).find((page) => page.id === id) ?? null
}

/** The locales a page is published in: for hreflang and the language switcher. */
export async function publishedLocalesOfPage(slug: string): Promise<Locale[]> {
  const found = await Promise.all(
    locales.map(async (locale) =>
      (await listPublishedPages(locale)).some((page) => page.slug === slug) ? locale : null,
    ),
  )
  return found.filter((locale): locale is Locale => locale !== null)
}

/** The pages among `ids` that are published in this locale, by id; the others are absent. */
export async function publishedPageLinks(locale: Locale, ids: number[]): Promise<Map<number, PageLink>> {
  if (ids.length === 0) return new Map()
  const wanted = new Set(ids)
  const pages = (await listPublishedPages(locale)).filter((page) => wanted.has(page.id))
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
