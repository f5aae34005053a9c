/**
 * How the reader's home and an episode load in Chromium, as a reader's browser sees them: Largest
 * Contentful Paint and Cumulative Layout Shift, read in the page from its own PerformanceObserver
 * entries (buffered), on a phone and a desktop screen, the median of a few cold loads (a fresh
 * browser context each: no cache, no cookies); and the page's weight, every HTML, CSS and script
 * response it loaded, gzipped here (zlib's default level) so that the figure does not depend on
 * what the server compresses.
 *
 * The phone loads as Lighthouse's mobile profile does: 4× slower CPU and a slow 4G network
 * (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up), so its LCP says something about a phone
 * rather than about this machine's loopback; the desktop loads unthrottled.
 */
import { gzipSync } from 'node:zlib'
import type { Browser, Page } from 'playwright-core'

import { locales, type Locale } from '../../lib/i18n/locales'
import { launchChromium } from '../browser/chromium'
import { screenNames, screens, type ScreenName } from '../browser/viewports'
import { episodes } from '../seed/content'

import { checkPage } from './pages'

/** Cold loads per page and screen; the median is reported. */
export const PAGE_EXPERIENCE_RUNS = 5
const PHONE_PIXEL_RATIO = 3
const PHONE_CPU_SLOWDOWN = 4
const SLOW_4G = { latency: 150, downloadThroughput: (1_638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 }
/** After the load event and the fonts: long enough for a late image or font swap to shift or paint. */
const SETTLE_MILLISECONDS = 1_000

const progress = (line: string) => process.stderr.write(`${line}\n`)

export interface PageWeight {
  /** Gzipped bytes of each kind of response the page loaded. */
  html: number
  css: number
  js: number
  /** Bytes as served (images and fonts are compressed formats already). */
  images: number
  fonts: number
}

export interface PageExperience {
  name: string
  path: string
  screen: ScreenName
  lcpMilliseconds: number[]
  cls: number[]
  /** The LCP element of the last run (`tag.class`, or `tag in tag.class`), so a change of element is visible. */
  lcpElement: string
  /** The nodes the largest layout shift moved, when any run shifted. */
  shiftedNodes: string[]
  weight: PageWeight
}

export interface PageExperienceMeasurements {
  browserVersion: string
  runs: number
  pages: PageExperience[]
}

/** A layout shift as the page reported it, with the nodes it moved. */
export interface LayoutShift {
  startTime: number
  value: number
  hadRecentInput: boolean
  nodes: string[]
}

interface PageEntries {
  lcpMilliseconds: number
  lcpElement: string
  shifts: LayoutShift[]
}

interface LoadObservation {
  lcpMilliseconds: number
  lcpElement: string
  cls: number
  shiftedNodes: string[]
}

/**
 * CLS as web-vitals defines it: shifts without recent input grouped into session windows (a gap
 * under 1 s to the previous shift, at most 5 s from the window's first), the largest window's sum.
 */
export function cumulativeLayoutShift(shifts: LayoutShift[]): number {
  let cls = 0
  let windowSum = 0
  let windowStart = -Infinity
  let previous = -Infinity
  for (const shift of shifts) {
    if (shift.hadRecentInput) continue
    if (shift.startTime - previous >= 1_000 || shift.startTime - windowStart >= 5_000) {
      windowSum = 0
      windowStart = shift.startTime
    }
    windowSum += shift.value
    previous = shift.startTime
    cls = Math.max(cls, windowSum)
  }
  return cls
}

/** Runs in the page: its LCP and layout-shift entries, read once the fonts and late images had time. */
async function readPageEntries(settleMilliseconds: number): Promise<PageEntries> {
  await document.fonts.ready
  await new Promise((resolve) => setTimeout(resolve, settleMilliseconds))
  const buffered = (type: string) =>
    new Promise<PerformanceEntry[]>((resolve) => {
      const observer = new PerformanceObserver((list) => {
        observer.disconnect()
        resolve(list.getEntries())
      })
      observer.observe({ type, buffered: true })
      // No entry of the type at all: the callback never comes.
      setTimeout(() => {
        observer.disconnect()
        resolve([])
      }, 500)
    })
  // `p in aside.disclaimer`: the element, and the nearest ancestor with a class to place it.
  const describe = (node: Node | null | undefined) => {
    if (!node) return '(removed)'
    if (!(node instanceof Element)) return node.nodeName.toLowerCase()
    const named = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.classList[0] ? `.${element.classList[0]}` : ''}`
    const place = node.classList.length ? null : node.parentElement?.closest('[class]')
    return place ? `${named(node)} in ${named(place)}` : named(node)
  }
  type Paint = PerformanceEntry & { element?: Element | null }
  type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] }
  const paints = (await buffered('largest-contentful-paint')) as Paint[]
  const shifts = (await buffered('layout-shift')) as Shift[]
  const lastPaint = paints.at(-1)
  return {
    lcpMilliseconds: lastPaint?.startTime ?? Number.NaN,
    lcpElement: lastPaint ? describe(lastPaint.element) : '(none)',
    shifts: shifts.map((shift) => ({
      startTime: shift.startTime,
      value: shift.value,
      hadRecentInput: shift.hadRecentInput,
      nodes: shift.sources?.map((source) => describe(source.node)) ?? [],
    })),
  }
}

function observe(entries: PageEntries): LoadObservation {
  const counted = entries.shifts.filter((shift) => !shift.hadRecentInput)
  const largest = counted.reduce<LayoutShift | undefined>((a, b) => (a && a.value >= b.value ? a : b), undefined)
  return {
    lcpMilliseconds: entries.lcpMilliseconds,
    lcpElement: entries.lcpElement,
    cls: cumulativeLayoutShift(entries.shifts),
    shiftedNodes: largest?.nodes ?? [],
  }
}

async function throttleLikeAPhone(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page)
  await session.send('Network.enable')
  await session.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G })
  await session.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN })
}

function kindOf(resourceType: string, contentType: string): keyof PageWeight | undefined {
  if (resourceType === 'document') return 'html'
  if (resourceType === 'stylesheet') return 'css'
  if (resourceType === 'script') return 'js'
  if (resourceType === 'image' || contentType.startsWith('image/')) return 'images'
  if (resourceType === 'font' || contentType.startsWith('font/')) return 'fonts'
  return undefined
}

/** One cold load; the page's weight is read from the same load's responses. */
async function loadOnce(
  browser: Browser,
  url: string,
  screen: ScreenName,
): Promise<LoadObservation & { weight: PageWeight }> {
  const context = await browser.newContext({
    ...screens[screen],
    deviceScaleFactor: screen === 'phone' ? PHONE_PIXEL_RATIO : 1,
  })
  // tsx (esbuild's keepNames) wraps readPageEntries's inner functions in __name(), a helper that
  // exists in this process only; the page gets a stand-in that returns the function unchanged.
  await context.addInitScript({ content: 'globalThis.__name = (target) => target' })
  try {
    const page = await context.newPage()
    if (screen === 'phone') await throttleLikeAPhone(page)
    const weight: PageWeight = { html: 0, css: 0, js: 0, images: 0, fonts: 0 }
    const counted: Promise<void>[] = []
    page.on('response', (response) => {
      const kind = kindOf(response.request().resourceType(), response.headers()['content-type'] ?? '')
      if (!kind || response.status() !== 200) return
      counted.push(
        response
          .body()
          .then((body) => {
            weight[kind] += kind === 'images' || kind === 'fonts' ? body.length : gzipSync(body).length
          })
          .catch(() => undefined),
      )
    })
    const response = await page.goto(url, { waitUntil: 'load', timeout: 60_000 })
    if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()} in Chromium, not 200`)
    await page.waitForLoadState('networkidle')
    const observation = observe(await page.evaluate(readPageEntries, SETTLE_MILLISECONDS))
    await Promise.all(counted)
    return { ...observation, weight }
  } finally {
    await context.close()
  }
}

/** The pages measured: the home and the demo content's first episode, in each locale. */
export async function pageExperiencePages(baseUrl: string): Promise<{ name: string; path: string }[]> {
  const episode = episodes[0]!
  const pages = []
  for (const locale of locales as readonly Locale[]) {
    const episodePath = `/${locale}/episodes/${episode.slug}`
    await checkPage(`${baseUrl}${episodePath}`, { contains: episode.title[locale] })
    await checkPage(`${baseUrl}/${locale}`)
    pages.push({ name: `home (${locale})`, path: `/${locale}` }, { name: `episode (${locale})`, path: episodePath })
  }
  return pages
}

export async function measurePageExperience(
  baseUrl: string,
  signal: AbortSignal,
  runs = PAGE_EXPERIENCE_RUNS,
): Promise<PageExperienceMeasurements> {
  const pages = await pageExperiencePages(baseUrl)
  const browser = await launchChromium()
  try {
    const measured: PageExperience[] = []
    for (const { name, path } of pages) {
      for (const screen of screenNames) {
        progress(`Loading ${name} on a ${screen} ${runs + 1} times in Chromium (the first to warm the server)...`)
        await loadOnce(browser, `${baseUrl}${path}`, screen)
        const observations = []
        for (let run = 0; run < runs; run++) {
          signal.throwIfAborted()
          observations.push(await loadOnce(browser, `${baseUrl}${path}`, screen))
        }
        const last = observations.at(-1)!
        const shifted = observations.find((observation) => observation.shiftedNodes.length)
        measured.push({
          name,
          path,
          screen,
          lcpMilliseconds: observations.map((observation) => observation.lcpMilliseconds),
          cls: observations.map((observation) => observation.cls),
          lcpElement: last.lcpElement,
          shiftedNodes: shifted?.shiftedNodes ?? [],
          weight: last.weight,
        })
      }
    }
    return { browserVersion: browser.version(), runs, pages: measured }
  } finally {
    await browser.close()
  }
}
