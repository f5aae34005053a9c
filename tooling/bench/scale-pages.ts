/**
 * The pages of a scale bench: every reader page (as the sitemap lists them), by page type, and
 * requests timed one by one or a few at a time, each answer read to its last byte.
 */
import { percentile } from './soak-figures'

export const chartedPageTypes = ['episode', 'home', 'series', 'glossary index', 'search'] as const
export type ChartedPageType = (typeof chartedPageTypes)[number]
export type PageType = ChartedPageType | 'glossary term' | 'category' | 'page'

/** The type of a reader path such as `/ja/series/x/page/2`; the sitemap's other pages are `page`. */
export function pageTypeOf(path: string): PageType {
  const inLocale = path.replace(/^\/(ja|en)(?=\/|$)/, '')
  if (inLocale === '' || inLocale === '/') return 'home'
  if (/^\/episodes\/[^/]+$/.test(inLocale)) return 'episode'
  if (/^\/series\/[^/]+(\/page\/\d+)?$/.test(inLocale)) return 'series'
  if (/^\/categories\/[^/]+(\/page\/\d+)?$/.test(inLocale)) return 'category'
  if (/^\/glossary(\/page\/\d+)?$/.test(inLocale)) return 'glossary index'
  if (/^\/glossary\/[^/]+$/.test(inLocale)) return 'glossary term'
  if (/^\/search\/?$/.test(inLocale)) return 'search'
  return 'page'
}

const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!)

/** Every path in the site's sitemap (its index, then each part): every published reader page. */
export async function sitemapPaths(baseUrl: string): Promise<string[]> {
  const read = async (url: string) => {
    const response = await fetch(url)
    if (!response.ok) throw new Error(`${url} answered ${response.status}`)
    return response.text()
  }
  const paths: string[] = []
  for (const part of locations(await read(`${baseUrl}/sitemap.xml`))) {
    for (const page of locations(await read(`${baseUrl}${new URL(part).pathname}`))) paths.push(new URL(page).pathname)
  }
  return paths
}

export interface TimedAnswer {
  type: PageType
  status: number
  milliseconds: number
}

/** One request, timed until its whole body has arrived. */
export async function timedGet(
  baseUrl: string,
  path: string,
  headers: Record<string, string> = {},
  signal?: AbortSignal,
): Promise<TimedAnswer & { body: string }> {
  const started = performance.now()
  const response = await fetch(`${baseUrl}${path}`, { headers, signal, redirect: 'manual' })
  const body = await response.text()
  return {
    type: pageTypeOf(path.split('?')[0]!),
    status: response.status,
    milliseconds: performance.now() - started,
    body,
  }
}

/**
 * Requests `paths`, `concurrency` at a time, each from the instance `instanceFor(index)` names:
 * the answers' types, statuses and times, in no particular order.
 */
export async function crawl(
  paths: readonly string[],
  instanceFor: (index: number) => string,
  concurrency: number,
  signal: AbortSignal,
  progress?: (done: number) => void,
): Promise<TimedAnswer[]> {
  const answers: TimedAnswer[] = []
  let next = 0
  const worker = async () => {
    while (next < paths.length) {
      signal.throwIfAborted()
      const index = next++
      const { type, status, milliseconds } = await timedGet(instanceFor(index), paths[index]!, {}, signal)
      answers.push({ type, status, milliseconds })
      if (answers.length % 500 === 0) progress?.(answers.length)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, paths.length) }, worker))
  return answers
}

export interface LatencySummary {
  count: number
  p50: number
  p95: number
  /** Answers other than 200. */
  failures: number
}

export function summarise(answers: readonly TimedAnswer[]): Map<PageType, LatencySummary> {
  const byType = new Map<PageType, TimedAnswer[]>()
  for (const answer of answers) {
    const list = byType.get(answer.type) ?? []
    list.push(answer)
    byType.set(answer.type, list)
  }
  const summaries = new Map<PageType, LatencySummary>()
  for (const [type, list] of byType) {
    const times = list.map((answer) => answer.milliseconds).sort((a, b) => a - b)
    summaries.set(type, {
      count: list.length,
      p50: percentile(times, 0.5),
      p95: percentile(times, 0.95),
      failures: list.filter((answer) => answer.status !== 200).length,
    })
  }
  return summaries
}
