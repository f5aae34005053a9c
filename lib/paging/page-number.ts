/**
 * Page numbers of paged reader pages (/<locale>/series/<slug>/page/<n> …): parsing the URL segment,
 * counting pages, and the window of page numbers the pagination nav shows.
 */

/**
 * The largest page number a URL may name. Far above any real list (a million pages of 20), and
 * small enough that the offset it implies is a safe integer in every query.
 */
export const MAX_PAGE_NUMBER = 999_999

/**
 * A page number from its URL segment, or undefined for anything that is not exactly one canonical
 * spelling of a page: ASCII digits only, no leading zero, no sign, no decimals, no spaces, not 0,
 * and at most MAX_PAGE_NUMBER. "1" parses (the route redirects it to the plain URL); "01" does
 * not, so each page has one URL. Other scripts' digits (٣, ３) are refused as well.
 */
export function parsePageNumber(segment: string): number | undefined {
  if (!/^[1-9][0-9]{0,5}$/.test(segment)) return undefined
  const page = Number(segment)
  return page <= MAX_PAGE_NUMBER ? page : undefined
}

/** How many pages `totalItems` fill at `pageSize` a page: at least one, the empty first page. */
export function pageCountOf(totalItems: number, pageSize: number): number {
  return Math.max(1, Math.ceil(totalItems / pageSize))
}

/** A gap in the page window, drawn as an ellipsis. */
export const GAP = 'gap' as const
export type PageWindowItem = number | typeof GAP

/**
 * The page numbers the nav shows: always the first and the last page, the current page and
 * `radius` pages either side, and a gap where pages are left out. A gap never stands for a single
 * page (that page is shown instead: it takes the same room), so the list has at most
 * 2 × radius + 5 items.
 */
export function pageWindow(pageCount: number, current: number, radius = 1): PageWindowItem[] {
  const shown = new Set<number>([1, pageCount])
  for (let page = current - radius; page <= current + radius; page++) {
    if (page >= 1 && page <= pageCount) shown.add(page)
  }
  const pages = [...shown].sort((a, b) => a - b)
  const items: PageWindowItem[] = []
  for (const page of pages) {
    const previous = items.at(-1)
    if (typeof previous === 'number' && page - previous === 2) items.push(previous + 1)
    else if (typeof previous === 'number' && page - previous > 2) items.push(GAP)
    items.push(page)
  }
  return items
}

/**
 * The page number of a `…/page/<n>` route: 2 or more. Page 1 has no such URL (its URL is the
 * list's own; proxy.ts redirects `/page/1` there before the route is reached), so "1" is refused
 * like any other segment that names no page.
 */
export function laterPageNumber(segment: string): number | undefined {
  const page = parsePageNumber(segment)
  return page !== undefined && page >= 2 ? page : undefined
}
