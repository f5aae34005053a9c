/**
 * The two screens the reader site is measured and pictured on: a phone (390 × 844 CSS pixels, an
 * iPhone 12–15's) and a desktop window (1280 × 800). Each user picks its own pixel density.
 */
import type { BrowserContextOptions } from 'playwright-core'

export type ScreenName = 'phone' | 'desktop'

export const screens: Record<ScreenName, Pick<BrowserContextOptions, 'viewport' | 'isMobile' | 'hasTouch'>> = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false },
}

export const screenNames = Object.keys(screens) as ScreenName[]
