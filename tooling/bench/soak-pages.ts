/**
 * What the soak's readers read: every page type of the reader site in both locales (the list the
 * browser tests walk through, 404s included), the feeds, a transcript, the share images, the
 * sitemap and robots.txt. Each is fetched once first and must answer the status it is listed with.
 */
import { readerPageTypes } from '../seed/reader-page-types'
import { locales, type Locale } from '../../lib/i18n/locales'
import { episodes } from '../seed/content'

export interface SoakPage {
  /** The page type, the same in both locales: the rows of the report. */
  type: string
  locale?: Locale
  path: string
  /** The status the page answers when all is well: 200, or 404 for the unknown pages. */
  status: number
}

/** The path of the page's share image, from its `og:image` (an absolute URL under SITE_URL). */
async function shareImagePath(baseUrl: string, pagePath: string): Promise<string> {
  const html = await (await fetch(`${baseUrl}${pagePath}`)).text()
  const meta = /<meta property="og:image" content="([^"]+)"/.exec(html)
  if (!meta) throw new Error(`${pagePath} has no og:image`)
  const url = new URL(meta[1]!.replaceAll('&amp;', '&'))
  return `${url.pathname}${url.search}`
}

async function pagesOf(baseUrl: string, locale: Locale): Promise<SoakPage[]> {
  const pages: SoakPage[] = readerPageTypes(locale).map(([type, path, status]) => ({ type, locale, path, status }))
  const episodePath = pages.find((page) => page.type === 'episode')!.path
  const more: [type: string, path: string][] = [
    ['Atom feed', `/${locale}/feed.xml`],
    ['podcast feed', `/${locale}/podcast.xml`],
    ['transcript', `/${locale}/episodes/${episodes[1]!.slug}/transcript.txt`],
    ['share image, site card', await shareImagePath(baseUrl, `/${locale}`)],
    ['share image, episode card', await shareImagePath(baseUrl, episodePath)],
  ]
  return [...pages, ...more.map(([type, path]) => ({ type, locale, path, status: 200 }))]
}

export async function planSoakPages(baseUrl: string): Promise<SoakPage[]> {
  const pages: SoakPage[] = []
  for (const locale of locales) pages.push(...(await pagesOf(baseUrl, locale)))
  pages.push(
    { type: 'sitemap', path: '/sitemap.xml', status: 200 },
    { type: 'robots.txt', path: '/robots.txt', status: 200 },
  )
  for (const page of pages) {
    const response = await fetch(`${baseUrl}${page.path}`)
    await response.arrayBuffer()
    if (response.status !== page.status) {
      throw new Error(
        `${page.path} answered ${response.status}, not ${page.status}: the soak would measure the wrong page`,
      )
    }
  }
  return pages
}
