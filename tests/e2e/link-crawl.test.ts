/**
 * Every link on every reader page answers 200: starting at /ja and /en on the seeded production
 * build, follows every same-site link (anchors, <link> elements such as hreflang alternates,
 * canonical and feeds, and the files pages load) breadth-first, and reports each link that does
 * not answer 200, after redirects, with the pages it was found on. HTML pages are crawled further;
 * feeds, files, /admin and /api are checked but not crawled (only what reader pages link to).
 */
import { Window } from 'happy-dom'
import { describe, expect, inject, it } from 'vitest'

const baseUrl = inject('baseUrl')
const origin = new URL(baseUrl).origin

/** Far above the seeded site's size: a bound against a link that makes new links forever. */
const maxLinks = 3000
const concurrency = 4

/** Attributes that make the browser fetch or navigate to a URL. */
const linkSelectors: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['audio[src]', 'src'],
  ['source[src]', 'src'],
  ['script[src]', 'src'],
  // Forms read with GET (search). A form that posts (the consultation form) names an endpoint that
  // only takes POST: tests/e2e/consultation.test.ts sends it.
  ['form[action]:not([method="post" i])', 'action'],
]

const notCrawled = (path: string) =>
  path.startsWith('/admin') ||
  path.startsWith('/api') ||
  path.startsWith('/_next') ||
  /\.(xml|txt|png|jpe?g|webp|avif|mp3|ico|svg)(\?|$)/.test(path)

/** The same-site target of a link, as path and query (no fragment), or undefined for other sites. */
function sameSiteTarget(href: string, page: string): string | undefined {
  if (/^(mailto|tel|javascript|data):/i.test(href)) return undefined
  const url = new URL(href, `${origin}${page}`)
  if (url.origin !== origin) return undefined
  return `${url.pathname}${url.search}`
}

function linksIn(html: string, page: string): string[] {
  const window = new Window({ url: `${origin}${page}` })
  const document = new window.DOMParser().parseFromString(html, 'text/html')
  const found = linkSelectors.flatMap(([selector, attribute]) =>
    [...document.querySelectorAll(selector)].map((element) => element.getAttribute(attribute) ?? ''),
  )
  // srcset holds several URLs, each followed by its width or density.
  const sourceSets = [...document.querySelectorAll('[srcset]')].flatMap((element) =>
    (element.getAttribute('srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''),
  )
  void window.happyDOM.close()
  return [...found, ...sourceSets]
    .filter((href) => href !== '' && !href.startsWith('#'))
    .map((href) => sameSiteTarget(href, page))
    .filter((target): target is string => target !== undefined)
}

type Visit = { status: number; links: string[] }

async function visit(path: string): Promise<Visit> {
  const response = await fetch(`${origin}${path}`, { redirect: 'follow', headers: { accept: 'text/html,*/*' } })
  const html = (response.headers.get('content-type') ?? '').includes('text/html')
  if (!html || notCrawled(path) || response.status !== 200) {
    await response.body?.cancel()
    return { status: response.status, links: [] }
  }
  return { status: response.status, links: linksIn(await response.text(), new URL(response.url).pathname) }
}

async function crawl(starts: string[]) {
  const foundOn = new Map<string, Set<string>>(starts.map((start) => [start, new Set(['(start)'])]))
  const statuses = new Map<string, number>()
  let queue = [...starts]
  while (queue.length > 0 && foundOn.size <= maxLinks) {
    const next: string[] = []
    for (let index = 0; index < queue.length; index += concurrency) {
      const batch = queue.slice(index, index + concurrency)
      const visits = await Promise.all(batch.map(visit))
      batch.forEach((path, position) => {
        const { status, links } = visits[position]!
        statuses.set(path, status)
        for (const link of links) {
          const pages = foundOn.get(link)
          if (pages) pages.add(path)
          else {
            foundOn.set(link, new Set([path]))
            next.push(link)
          }
        }
      })
    }
    queue = next
  }
  return { foundOn, statuses }
}

describe('the link crawl', () => {
  it('finds every same-site link from /ja and /en answering 200', { timeout: 600_000 }, async () => {
    const { foundOn, statuses } = await crawl(['/ja', '/en'])
    expect(foundOn.size, 'the crawl stopped at its bound').toBeLessThanOrEqual(maxLinks)
    const broken = [...statuses]
      .filter(([, status]) => status !== 200)
      .map(
        ([path, status]) => `${path} answered ${status}, linked from ${[...foundOn.get(path)!].slice(0, 5).join(', ')}`,
      )
    expect(broken).toEqual([])
    // The crawl reached the kinds of page it should: a sanity check that it followed links at all.
    const visited = [...statuses.keys()]
    for (const locale of ['ja', 'en']) {
      for (const kind of ['episodes', 'series', 'categories', 'glossary']) {
        expect(visited.some((path) => path.startsWith(`/${locale}/${kind}/`))).toBe(true)
      }
      // The footer's pages (seeded): reached only through the navigation.
      for (const slug of ['about', 'privacy', 'disclaimer']) expect(visited).toContain(`/${locale}/${slug}`)
      expect(visited).toContain(`/${locale}/feed.xml`)
      expect(visited).toContain(`/${locale}/podcast.xml`)
    }
  })
})
