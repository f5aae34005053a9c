/**
 * The organisation's own pages (collections/Pages) for the reader site: published only, in one
 * locale and without fallback, like episodes. A page is found by its slug (its route), or by its
 * kind when the site needs "the consultation page" or "the privacy policy".
 */
import type { TypedUser } from 'payload'

import type { PageKind } from '@/collections/Pages'
import type { Page } from '@/payload-types'
import { locales, type Locale } from '@/lib/i18n/locales'

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
