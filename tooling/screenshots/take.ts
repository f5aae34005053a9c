/**
 * The README's screenshots, taken from a running server with the demo content: the reader's home
 * and an episode on a phone and a desktop screen in both languages, and the editors' desk (the
 * admin's dashboard, signed in as an admin) in both admin languages. Each shows the first screen,
 * what a reader sees before scrolling. Made to come out the same on every run: fonts loaded,
 * images on screen decoded, animations, transitions and the caret off, Next's dev indicator
 * hidden; PNGs reduced to a palette (sharp) to stay small in the repository.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import sharp from 'sharp'

import type { Locale } from '../../lib/i18n/locales'
import type { Credentials } from '../bench/admin-session'
import { launchChromium } from '../browser/chromium'
import { screens, type ScreenName } from '../browser/viewports'
import { episodes } from '../seed/content'

export interface Screenshot {
  /** The PNG's name, e.g. `episode-ja-phone.png`. */
  file: string
  /** The page, without the server's origin. */
  path: string
  screen: ScreenName
  /** The reader page's language, or the admin's (from the browser's Accept-Language). */
  locale: Locale
  /** Taken signed in as the admin. */
  signedIn: boolean
}

/** Phones at 2× pixels: sharp enough on a high-density screen, half the bytes of 3×. */
const pixelRatio: Record<ScreenName, number> = { phone: 2, desktop: 1 }
const browserLocale: Record<Locale, string> = { ja: 'ja-JP', en: 'en-US' }

export function plannedScreenshots(): Screenshot[] {
  const shots: Screenshot[] = []
  for (const locale of ['ja', 'en'] as const) {
    for (const screen of ['phone', 'desktop'] as const) {
      shots.push(
        { file: `home-${locale}-${screen}.png`, path: `/${locale}`, screen, locale, signedIn: false },
        {
          file: `episode-${locale}-${screen}.png`,
          path: `/${locale}/episodes/${episodes[0]!.slug}`,
          screen,
          locale,
          signedIn: false,
        },
      )
    }
    shots.push({ file: `desk-${locale}.png`, path: '/admin', screen: 'desktop', locale, signedIn: true })
  }
  return shots
}

/** What a screenshot must not depend on: motion, the caret, a development overlay. */
const STILL_PAGE_CSS = `
*, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }
nextjs-portal { display: none !important; }
`

async function signIn(context: BrowserContext, baseUrl: string, admin: Credentials): Promise<void> {
  const page = await context.newPage()
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('input[name="email"]', admin.email)
  await page.fill('input[name="password"]', admin.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })
  await page.close()
}

/** Loaded, fonts ready, and every image on the first screen decoded. */
async function settle(page: Page, shot: Screenshot): Promise<void> {
  await page.waitForLoadState('networkidle')
  // The admin renders its dashboard on the client, after the network went quiet once.
  if (shot.signedIn) await page.waitForSelector('.app-header', { timeout: 30_000 })
  await page.addStyleTag({ content: STILL_PAGE_CSS })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await page.waitForFunction(
    () =>
      Array.from(document.images)
        .filter((image) => image.getBoundingClientRect().top < window.innerHeight)
        .every((image) => image.complete),
    undefined,
    { timeout: 30_000 },
  )
}

async function takeOne(browser: Browser, baseUrl: string, shot: Screenshot, admin?: Credentials): Promise<Buffer> {
  const context = await browser.newContext({
    ...screens[shot.screen],
    deviceScaleFactor: pixelRatio[shot.screen],
    locale: browserLocale[shot.locale],
    colorScheme: 'light',
    reducedMotion: 'reduce',
    // The pages' Content-Security-Policy would refuse the style that stills them.
    bypassCSP: true,
  })
  try {
    if (shot.signedIn) {
      if (!admin) throw new Error(`${shot.file} needs an admin account to sign in with`)
      await signIn(context, baseUrl, admin)
    }
    const page = await context.newPage()
    const response = await page.goto(`${baseUrl}${shot.path}`)
    if (response?.status() !== 200) throw new Error(`${shot.path} answered ${response?.status()}, not 200`)
    await settle(page, shot)
    const png = await page.screenshot({ animations: 'disabled', caret: 'hide', scale: 'device' })
    return await sharp(png).png({ compressionLevel: 9, palette: true, quality: 90, effort: 10 }).toBuffer()
  } finally {
    await context.close()
  }
}

export async function takeScreenshots(options: {
  baseUrl: string
  /** Where the PNGs go (made when missing); files of the same name are replaced. */
  directory: string
  /** The admin to sign in as for the desk; required when a planned shot is signed in. */
  admin?: Credentials
  shots?: Screenshot[]
  progress?: (line: string) => void
  signal?: AbortSignal
}): Promise<string[]> {
  const shots = options.shots ?? plannedScreenshots()
  await mkdir(options.directory, { recursive: true })
  const browser = await launchChromium()
  try {
    const written = []
    for (const shot of shots) {
      options.signal?.throwIfAborted()
      options.progress?.(`${shot.file}: ${shot.path} on a ${shot.screen}`)
      const file = path.join(options.directory, shot.file)
      await writeFile(file, await takeOne(browser, options.baseUrl, shot, options.admin))
      written.push(file)
    }
    return written
  } finally {
    await browser.close()
  }
}
