/** The browser tests' Chromium: the same launcher the benchmark and the screenshots use. */
export { ensureChromium, launchChromium } from '../../tooling/browser/chromium'
