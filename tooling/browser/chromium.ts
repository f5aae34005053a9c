/**
 * Debian's Chromium driven by playwright-core (Playwright cannot download its own browsers
 * here), for the browser tests, the benchmark's page experience and the screenshots. Installs
 * Chromium with apt when it is missing and we are allowed to.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

const CHROMIUM = '/usr/bin/chromium'

export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return
  if (process.getuid?.() !== 0) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: run "sudo apt-get install -y chromium" first.`)
  }
  console.log(
    'Installing Chromium with apt-get (needed once for the browser tests, the benchmark and the screenshots)...',
  )
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  })
}
