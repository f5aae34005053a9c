/**
 * Metadata of one page of a paged list (a series, a therapy category, the glossary index): each
 * page is its own canonical URL (page n's canonical is page n, not page 1, which would tell search
 * engines that the episodes on later pages are not worth indexing), with rel=prev/next to its
 * neighbours, and hreflang only to the locales where the list has that many pages.
 */
import type { Metadata } from 'next'

import { locales, type Locale } from '@/lib/i18n/locales'
import { fill, getMessages } from '@/lib/i18n/messages'
import { localePath } from '@/lib/i18n/paths'
import { pagedPath } from '@/lib/paging/paths'

import { pageMetadata, type PageMetadataInput } from './page-metadata'

export type PagedMetadataInput = Omit<PageMetadataInput, 'path' | 'available'> & {
  /** The list's page-1 path within the locale (`pagePath.series(slug)`, …). */
  firstPage: string
  page: number
  pageCount: number
  /** How many pages the same list has in another locale. */
  pageCountIn: (locale: Locale) => Promise<number>
}

export async function pagedMetadata({
  firstPage,
  page,
  pageCount,
  pageCountIn,
  ...page1
}: PagedMetadataInput): Promise<Metadata> {
  const { locale } = page1
  // Page 1 exists in every locale the list does; a later page only where the list is that long.
  const available =
    page === 1
      ? locales
      : (
          await Promise.all(
            locales.map(async (other) =>
              (other === locale ? pageCount : await pageCountIn(other)) >= page ? other : null,
            ),
          )
        ).filter((other): other is Locale => other !== null)
  const title = page1.title ?? getMessages(locale).site.name
  const metadata = pageMetadata({
    ...page1,
    path: pagedPath(firstPage, page),
    available,
    // Each page its own title, so search results and tabs tell them apart.
    title: page === 1 ? page1.title : fill(getMessages(locale).paging.titled, { title, number: page }),
  })
  const at = (number: number) => localePath(locale, pagedPath(firstPage, number))
  return {
    ...metadata,
    pagination: {
      previous: page > 1 ? at(page - 1) : undefined,
      next: page < pageCount ? at(page + 1) : undefined,
    },
  }
}
