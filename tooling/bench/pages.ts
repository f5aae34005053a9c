/**
 * The pages the bench loads, fetched once first to check that they answer 200 with the content
 * we mean to measure: a load test of an error page would give fine-looking, meaningless figures.
 */
export interface CheckedPage {
  url: string
  html: string
  /** The caching headers the page was served with, printed next to the figures. */
  caching: string
}

export async function checkPage(
  url: string,
  expected: { contains?: string; headers?: Record<string, string> } = {},
): Promise<CheckedPage> {
  const response = await fetch(url, { headers: expected.headers })
  const html = await response.text()
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}, not 200`)
  if (expected.contains && !html.includes(expected.contains)) {
    throw new Error(`${url} does not contain "${expected.contains}"`)
  }
  const cacheControl = response.headers.get('cache-control') ?? '(none)'
  const nextCache = response.headers.get('x-nextjs-cache')
  return { url, html, caching: `Cache-Control: ${cacheControl}${nextCache ? `; x-nextjs-cache: ${nextCache}` : ''}` }
}

/** A file the same `next start` serves from disk: the page's stylesheet, or else a script chunk. */
export function staticAssetPath(html: string): string {
  const asset = /"(\/_next\/static\/[^"?]+\.css)"/.exec(html) ?? /"(\/_next\/static\/[^"?]+\.js)"/.exec(html)
  if (!asset) throw new Error('The episode page links no file under /_next/static/')
  return asset[1]!
}

/** The first glossary term linked in the episode text (components/GlossaryTerm.tsx names its tooltip). */
export function firstLinkedGlossarySlug(html: string): string {
  const tooltip = /id="glossary-tip-([a-z0-9-]+)"/.exec(html)
  if (!tooltip) throw new Error('The episode page links no glossary term')
  return tooltip[1]!
}
