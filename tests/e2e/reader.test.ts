import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { getMessages } from '@/lib/i18n/messages'
import { launchChromium } from './browser'

let browser: Browser
const baseUrl = inject('baseUrl')

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(() => browser?.close())

describe('the reader site, in a real browser', () => {
  it('sends / to the Japanese column', async () => {
    const page = await browser.newPage()
    await page.goto(baseUrl)
    expect(new URL(page.url()).pathname).toBe('/ja')
    await page.close()
  })

  it.each(['ja', 'en'] as const)('shows the disclaimer landmark on /%s, in that language', async (locale) => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}/${locale}`)
    expect(await page.getAttribute('html', 'lang')).toBe(locale)
    const { disclaimer } = getMessages(locale)
    const landmark = page.getByRole('complementary', { name: disclaimer.label })
    expect(await landmark.textContent()).toBe(disclaimer.builtIn)
    await page.close()
  })
})
