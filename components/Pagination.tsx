import Link from 'next/link'

import { fill } from '@/lib/i18n/messages'
import { GAP, pageWindow } from '@/lib/paging/page-number'
import { pagedPath } from '@/lib/paging/paths'

export type PaginationLabels = {
  /** The nav's accessible name ("Pages"). */
  label: string
  previous: string
  next: string
  /** "Page {number}": each number link's accessible name. */
  page: string
}

type Props = {
  /** The list's page-1 URL, locale included: page n is `pagedPath(firstPage, n)`. */
  firstPage: string
  current: number
  pageCount: number
  labels: PaginationLabels
}

/**
 * The pages of a paged list: previous, a window of page numbers with ellipses, next. Real links
 * (reachable by keyboard and crawlers, working without JavaScript); the current page's link is
 * marked with aria-current="page", as screen readers announce it; previous or next on the first or last page is left out rather than
 * drawn disabled, so no dead control is in the tab order. Nothing at all for a one-page list.
 */
export function Pagination({ firstPage, current, pageCount, labels }: Props) {
  if (pageCount <= 1) return null
  const href = (page: number) => pagedPath(firstPage, page)
  return (
    <nav aria-label={labels.label} className="pagination">
      <ul>
        {current > 1 ? (
          <li>
            <Link href={href(current - 1)} rel="prev">
              {labels.previous}
            </Link>
          </li>
        ) : null}
        {pageWindow(pageCount, current).map((item, index) =>
          item === GAP ? (
            <li key={`gap-${index}`} aria-hidden="true" className="pagination-gap">
              …
            </li>
          ) : (
            <li key={item}>
              <Link
                href={href(item)}
                aria-label={fill(labels.page, { number: item })}
                aria-current={item === current ? 'page' : undefined}
              >
                {item}
              </Link>
            </li>
          ),
        )}
        {current < pageCount ? (
          <li>
            <Link href={href(current + 1)} rel="next">
              {labels.next}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
