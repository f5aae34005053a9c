/**
 * Readings (furigana) over glossary terms, in Chromium on the production build with the demo
 * content: shown as ruby over the first occurrence of a kanji term in a Japanese episode; a toggle
 * button hides and shows them from the keyboard, the choice survives a reload and is applied
 * before the terms are drawn; without JavaScript they show and there is no toggle; paper always
 * has them; the tooltip opens above them; English pages have neither; axe finds nothing either way.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { READINGS_ATTRIBUTE } from '@/lib/glossary/readings-preference'
import { getMessages } from '@/lib/i18n/messages'
import { episodePath } from '@/lib/i18n/paths'
import { episodes, glossaryTerms } from '@/tooling/seed/content'

import { axeViolations } from './axe'
import { launchChromium } from './browser'

let browser: Browser
const baseUrl = inject('baseUrl')
const secondEpisode = episodes.find((episode) => episode.number === 2)!
const labels = getMessages('ja').readings

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(() => browser?.close())

async function openEpisode(locale: 'ja' | 'en', options: BrowserContextOptions = {}): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage()
  expect((await page.goto(`${baseUrl}${episodePath(locale, secondEpisode.slug)}`))?.status()).toBe(200)
  return page
}

const firstReading = (page: Page) => page.locator('.episode-body .glossary-term rt').first()
const toggleOf = (page: Page) => page.getByRole('button', { name: labels.toggle, exact: true })

describe('readings over glossary terms in a Japanese episode', () => {
  it('show the term’s reading from the glossary over its first occurrence only', async () => {
    const page = await openEpisode('ja')
    const rubies = await page.locator('.episode-body ruby').evaluateAll((elements) =>
      elements.map((ruby) => ({
        base: ruby.firstChild?.textContent ?? '',
        reading: ruby.querySelector('rt')?.textContent ?? '',
        href: ruby.closest('a')?.getAttribute('href') ?? '',
      })),
    )
    expect(rubies.length).toBeGreaterThan(0)
    for (const { base, reading, href } of rubies) {
      const term = glossaryTerms.find((candidate) => href.endsWith(`/glossary/${candidate.slug}`))!
      expect({ base, reading }).toEqual({ base: term.term.ja, reading: term.reading })
    }
    // One ruby per term: the term's later occurrences are plain text.
    expect(new Set(rubies.map(({ href }) => href)).size).toBe(rubies.length)
    expect(await firstReading(page).isVisible()).toBe(true)
    await page.context().close()
  })

  it('hide and show with the toggle, from the keyboard, and the choice survives a reload before anything is drawn', async () => {
    const page = await openEpisode('ja')
    const toggle = toggleOf(page)
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    await toggle.focus()
    await page.keyboard.press('Space')
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false')
    expect(await firstReading(page).isVisible()).toBe(false)
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Enter')
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true')
    expect(await firstReading(page).isVisible()).toBe(true)
    await page.keyboard.press('Space')
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false')

    // On the reload, the order of what happened to the document: the attribute is set before the
    // first reading is parsed, so hidden readings never flash.
    await page.addInitScript((attribute) => {
      const order: string[] = []
      ;(window as unknown as { readingsOrder: string[] }).readingsOrder = order
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'attributes') order.push('attribute')
          for (const node of record.addedNodes)
            if (node instanceof Element && (node.localName === 'rt' || node.querySelector('rt'))) order.push('reading')
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: [attribute] })
    }, READINGS_ATTRIBUTE)
    await page.reload()
    const order = await page.evaluate(() => (window as unknown as { readingsOrder: string[] }).readingsOrder)
    expect(order[0]).toBe('attribute')
    expect(order).toContain('reading')
    expect(await page.getAttribute('html', READINGS_ATTRIBUTE)).toBe('hidden')
    expect(await firstReading(page).isVisible()).toBe(false)
    await expect.poll(() => toggleOf(page).getAttribute('aria-pressed')).toBe('false')

    // Paper always has them, and no toggle.
    await page.emulateMedia({ media: 'print' })
    expect(await firstReading(page).isVisible()).toBe(true)
    expect(await toggleOf(page).isVisible()).toBe(false)
    await page.context().close()
  })

  it('show without JavaScript, where there is no toggle that could not work', async () => {
    const page = await openEpisode('ja', { javaScriptEnabled: false })
    expect(await firstReading(page).isVisible()).toBe(true)
    expect(await page.locator('.readings-toggle').isVisible()).toBe(false)
    await page.context().close()
  })

  it('leave the term’s tooltip above them, and the link named by the term alone', async () => {
    const page = await openEpisode('ja')
    const term = page.locator('.episode-body .glossary-term:has(rt) > a').first()
    const base = await term.evaluate((link) => link.querySelector('ruby')?.firstChild?.textContent ?? '')
    expect(await page.getByRole('link', { name: base, exact: true }).count()).toBeGreaterThan(0)
    await term.focus()
    const tooltip = page.locator(`#${await term.getAttribute('aria-describedby')}`)
    await expect.poll(() => tooltip.isVisible()).toBe(true)
    const tooltipBox = (await tooltip.boundingBox())!
    const readingBox = (await term.locator('rt').boundingBox())!
    expect(tooltipBox.y + tooltipBox.height).toBeLessThanOrEqual(readingBox.y)
    await page.context().close()
  })

  it('fit a 320 px screen with the toggle', async () => {
    const page = await openEpisode('ja', { viewport: { width: 320, height: 640 } })
    expect(await toggleOf(page).isVisible()).toBe(true)
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await page.context().close()
  })
})

describe('an English episode', () => {
  it('has no readings and no toggle', async () => {
    const page = await openEpisode('en')
    expect(await page.locator('.episode-body .glossary-term').count()).toBeGreaterThan(0)
    expect(await page.locator('ruby').count()).toBe(0)
    expect(await page.locator('.readings-toggle').count()).toBe(0)
    await page.context().close()
  })
})
