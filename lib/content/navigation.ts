/**
 * The header and footer of every reader page, from the Header and Footer globals, resolved into
 * links for one locale. Pages not published in that locale are left out, so the navigation never
 * links to a 404. Never throws: with the database down, or the globals empty, the site's own
 * defaults (home, glossary, search; a footer with the feeds) keep every page navigable.
 */
import type { Footer, Header } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { feedPath, glossaryPath, homePath, podcastFeedPath, searchPath } from '@/lib/i18n/paths'
import { relationId } from '@/lib/payload/relation-id'

import { cachedQuery } from '@/lib/cache/cached-query'
import { cacheTags } from '@/lib/cache/tags'

import { pageLink, publishedPageLinks, type PageLink } from './pages'
import { readerPayload } from './payload-client'

export type NavigationLink = { href: string; text: string }

export type SiteNavigation = {
  header: NavigationLink[]
  footer: {
    organisationName?: string
    address?: string
    /** About, privacy policy, full disclaimer: those published in this locale. */
    pages: NavigationLink[]
    feeds: NavigationLink[]
  }
}

type Section = Exclude<NonNullable<Header['links']>[number]['destination'], 'page'>

function sectionLink(locale: Locale, section: Section): NavigationLink {
  const { nav } = getMessages(locale)
  const links: Record<Section, NavigationLink> = {
    home: { href: homePath(locale), text: nav.home },
    glossary: { href: glossaryPath(locale), text: nav.glossary },
    search: { href: searchPath(locale), text: nav.search },
  }
  return links[section]
}

export function defaultHeaderLinks(locale: Locale): NavigationLink[] {
  return (['home', 'glossary', 'search'] as const).map((section) => sectionLink(locale, section))
}

export function feedLinksOf(locale: Locale): NavigationLink[] {
  const { footer } = getMessages(locale)
  return [
    { href: feedPath(locale), text: footer.atomFeed },
    { href: podcastFeedPath(locale), text: footer.podcastFeed },
  ]
}

export function defaultNavigation(locale: Locale): SiteNavigation {
  return { header: defaultHeaderLinks(locale), footer: { pages: [], feeds: feedLinksOf(locale) } }
}

type Globals = { header: Pick<Header, 'links'>; footer: Omit<Footer, 'id'> }

/**
 * The links, from the globals as stored and the pages published in this locale (by id). Pure, so
 * that every combination of empty, filled and unpublished can be tested without a server.
 */
export function resolveNavigation(locale: Locale, globals: Globals, published: Map<number, PageLink>): SiteNavigation {
  const toPage = (value: unknown, label?: string | null): NavigationLink | undefined => {
    const id = relationId(value)
    const page = typeof id === 'number' ? published.get(id) : undefined
    return page ? { href: pageLink(locale, page), text: label || page.title } : undefined
  }
  const configured = (globals.header.links ?? []).map((link) =>
    link.destination === 'page'
      ? toPage(link.page, link.label)
      : { ...sectionLink(locale, link.destination), ...(link.label ? { text: link.label } : {}) },
  )
  const header = configured.filter((link): link is NavigationLink => link !== undefined)
  const { footer } = globals
  return {
    // An empty header (nothing configured, or nothing of it published) would strand the reader.
    header: header.length > 0 ? header : defaultHeaderLinks(locale),
    footer: {
      organisationName: footer.organisationName || undefined,
      address: footer.address || undefined,
      pages: [footer.aboutPage, footer.privacyPage, footer.disclaimerPage]
        .map((page) => toPage(page))
        .filter((link): link is NavigationLink => link !== undefined),
      feeds: feedLinksOf(locale),
    },
  }
}

function pageIdsOf({ header, footer }: Globals): number[] {
  return [
    ...(header.links ?? []).map((link) => (link.destination === 'page' ? relationId(link.page) : undefined)),
    relationId(footer.aboutPage),
    relationId(footer.privacyPage),
    relationId(footer.disclaimerPage),
  ].filter((id): id is number => typeof id === 'number')
}

const readNavigationGlobals = cachedQuery(
  'navigation',
  async (locale: Locale): Promise<Globals> => {
    const payload = await readerPayload()
    const read = { locale, fallbackLocale: false, depth: 0, overrideAccess: false } as const
    const [header, footer] = await Promise.all([
      payload.findGlobal({ slug: 'header', ...read }),
      payload.findGlobal({ slug: 'footer', ...read }),
    ])
    return { header, footer }
  },
  { tags: () => [cacheTags.navigation] },
)

export async function getSiteNavigation(locale: Locale): Promise<SiteNavigation> {
  try {
    const globals = await readNavigationGlobals(locale)
    return resolveNavigation(locale, globals, await publishedPageLinks(locale, pageIdsOf(globals)))
  } catch (error) {
    console.error(`Navigation unavailable, showing the default links: ${(error as Error).message}`)
    return defaultNavigation(locale)
  }
}
