// @vitest-environment happy-dom
/**
 * The pagination nav, for every (page count, current page) up to 30: a named nav of real links,
 * the current page marked once with aria-current, previous and next exactly where they lead
 * somewhere, ellipses hidden from screen readers, every link to a page URL of the list.
 */
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { Pagination } from '@/components/Pagination'
import { getMessages } from '@/lib/i18n/messages'
import { pagedPath } from '@/lib/paging/paths'

afterEach(cleanup)

const labels = getMessages('en').paging
const firstPage = '/en/series/a-series'
const pageOf = (href: string) => (href === firstPage ? 1 : Number(href.slice(`${firstPage}/page/`.length)))

describe('the pagination nav', () => {
  it('draws nothing for a list of one page', () => {
    const { container } = render(<Pagination firstPage={firstPage} current={1} pageCount={1} labels={labels} />)
    expect(container.innerHTML).toBe('')
  })

  it('links every shown page, marks the current one, and has previous and next where they apply', () => {
    for (let pageCount = 2; pageCount <= 30; pageCount++) {
      for (let current = 1; current <= pageCount; current++) {
        const where = `(${pageCount}, ${current})`
        const { container } = render(
          <Pagination firstPage={firstPage} current={current} pageCount={pageCount} labels={labels} />,
        )
        const nav = container.querySelector('nav')!
        expect(nav.getAttribute('aria-label'), where).toBe(labels.label)
        const links = [...nav.querySelectorAll('a')]
        // Real links, in the tab order, to this list's page URLs only.
        for (const link of links) {
          const href = link.getAttribute('href')!
          expect(pagedPath(firstPage, pageOf(href)), where).toBe(href)
          expect(link.getAttribute('tabindex'), where).toBeNull()
        }
        const currentLinks = links.filter((link) => link.getAttribute('aria-current') === 'page')
        expect(
          currentLinks.map((link) => link.getAttribute('href')),
          where,
        ).toEqual([pagedPath(firstPage, current)])
        const previous = nav.querySelector('a[rel="prev"]')
        const next = nav.querySelector('a[rel="next"]')
        expect(previous?.getAttribute('href'), where).toBe(current > 1 ? pagedPath(firstPage, current - 1) : undefined)
        expect(next?.getAttribute('href'), where).toBe(
          current < pageCount ? pagedPath(firstPage, current + 1) : undefined,
        )
        // Number links are named "Page n" and show n.
        for (const link of links.filter((each) => !each.getAttribute('rel'))) {
          expect(link.getAttribute('aria-label'), where).toBe(`Page ${link.textContent}`)
        }
        for (const gap of nav.querySelectorAll('.pagination-gap'))
          expect(gap.getAttribute('aria-hidden'), where).toBe('true')
        cleanup()
      }
    }
  })
})
