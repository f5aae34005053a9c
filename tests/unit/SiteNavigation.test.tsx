// @vitest-environment happy-dom
/**
 * The header and footer as readers get them, over every combination of configured links (none,
 * sections, pages) and page states (published in the locale or not): labelled nav landmarks,
 * links only to what is published, the feeds always, and the defaults when nothing is left.
 */
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { defaultHeaderLinks, resolveNavigation } from '@/lib/content/navigation'
import type { PageLink } from '@/lib/content/pages'
import { getMessages } from '@/lib/i18n/messages'
import { locales, type Locale } from '@/lib/i18n/locales'
import { feedPath, glossaryPath, homePath, pagePathIn, podcastFeedPath, searchPath } from '@/lib/i18n/paths'
import type { Footer, Header } from '@/payload-types'

afterEach(cleanup)

const pages: PageLink[] = [
  { id: 1, title: '運営者情報', slug: 'about', kind: 'about', updatedAt: '2026-12-01T00:00:00.000Z' },
  { id: 2, title: 'プライバシーポリシー', slug: 'privacy', kind: 'privacy', updatedAt: '2026-12-01T00:00:00.000Z' },
  { id: 3, title: '免責事項', slug: 'disclaimer', kind: 'disclaimer', updatedAt: '2026-12-01T00:00:00.000Z' },
]

type HeaderLinks = NonNullable<Header['links']>
const headerConfigs: Record<string, HeaderLinks> = {
  empty: [],
  sections: [{ destination: 'glossary' }, { destination: 'search', label: '探す' }],
  pages: pages.map((page) => ({ destination: 'page' as const, page: page.id })),
  mixed: [{ destination: 'home' }, { destination: 'page', page: 2, label: '個人情報' }],
}
const footerConfigs: Record<string, Omit<Footer, 'id'>> = {
  empty: {},
  filled: {
    organisationName: '運営事務局',
    address: '〒000-0000\n東京都',
    aboutPage: 1,
    privacyPage: 2,
    disclaimerPage: 3,
  },
}
/** Which of the pages are published in the locale. */
const publications: Record<string, number[]> = { all: [1, 2, 3], none: [], some: [2] }

function renderNavigation(locale: Locale, header: HeaderLinks, footer: Omit<Footer, 'id'>, publishedIds: number[]) {
  const published = new Map(pages.filter((page) => publishedIds.includes(page.id)).map((page) => [page.id, page]))
  const navigation = resolveNavigation(locale, { header: { links: header }, footer }, published)
  const messages = getMessages(locale)
  render(
    <>
      <SiteHeader
        siteName={messages.site.name}
        homeHref={homePath(locale)}
        links={navigation.header}
        otherLocale={locale === 'ja' ? 'en' : 'ja'}
        labels={{ nav: messages.nav.main, switchLanguage: messages.language.switchTo }}
      />
      <SiteFooter
        footer={navigation.footer}
        labels={{ footer: messages.footer.label, links: messages.footer.links, feeds: messages.footer.feeds }}
      />
    </>,
  )
  return { messages, published }
}

const hrefsIn = (element: HTMLElement) =>
  within(element)
    .queryAllByRole('link')
    .map((link) => link.getAttribute('href'))

describe.each(locales)('in %s', (locale) => {
  describe.each(Object.keys(headerConfigs))('a header configured %s', (headerName) => {
    describe.each(Object.keys(footerConfigs))('and a footer %s', (footerName) => {
      it.each(Object.keys(publications))('links only what is published (%s published)', (publicationName) => {
        const header = headerConfigs[headerName]!
        const footer = footerConfigs[footerName]!
        const publishedIds = publications[publicationName]!
        const { messages } = renderNavigation(locale, header, footer, publishedIds)
        const unpublished = pages
          .filter((page) => !publishedIds.includes(page.id))
          .map((p) => pagePathIn(locale, p.slug))
        const sectionPaths = [homePath(locale), glossaryPath(locale), searchPath(locale)]
        const publishedPaths = pages
          .filter((page) => publishedIds.includes(page.id))
          .map((p) => pagePathIn(locale, p.slug))

        const headerNav = screen.getByRole('navigation', { name: messages.nav.main })
        const headerHrefs = hrefsIn(headerNav).slice(0, -1) // the last is the language switcher
        expect(headerHrefs.length).toBeGreaterThan(0)
        for (const href of headerHrefs) expect([...sectionPaths, ...publishedPaths]).toContain(href)
        const configuredAndPublished = header.filter(
          (link) => link.destination !== 'page' || publishedIds.includes(link.page as number),
        )
        expect(headerHrefs).toHaveLength(
          configuredAndPublished.length > 0 ? configuredAndPublished.length : defaultHeaderLinks(locale).length,
        )

        const feeds = screen.getByRole('navigation', { name: messages.footer.feeds })
        expect(hrefsIn(feeds)).toEqual([feedPath(locale), podcastFeedPath(locale)])
        const footerPages = screen.queryByRole('navigation', { name: messages.footer.links })
        const footerHrefs = footerPages ? hrefsIn(footerPages) : []
        expect(footerHrefs).toEqual(footer.aboutPage ? publishedPaths : [])

        const everyHref = screen.getAllByRole('link').map((link) => link.getAttribute('href'))
        for (const href of unpublished) expect(everyHref).not.toContain(href)
        expect(screen.getByRole('contentinfo', { name: messages.footer.label })).toBeTruthy()
        if (footer.organisationName) expect(screen.getByText(footer.organisationName)).toBeTruthy()
      })
    })
  })
})
