/**
 * The Content-Security-Policy of each kind of response the column sends.
 *
 * Reader pages and the admin are React apps whose HTML carries inline scripts (the RSC payload,
 * `self.__next_f.push(...)`), different on every page and after every publish, so no list of
 * hashes can allow them. Instead proxy.ts gives each request a nonce and puts this policy on the
 * request; Next.js reads the nonce from it while rendering and sets it on every script it writes.
 * A script injected into the page has no nonce and does not run, so script-src needs no
 * 'unsafe-inline'. 'strict-dynamic' lets those scripts load the chunks they import; 'self' is
 * there for browsers too old to know 'strict-dynamic' (newer ones ignore it next to a nonce).
 *
 * JSON-LD (`<script type="application/ld+json">`) is a data block, not a script: browsers do not
 * run it and CSP does not apply to it, so it needs no nonce.
 */
import { randomBytes } from 'node:crypto'

type Directives = Record<string, readonly string[]>

export type DocumentPolicyOptions = {
  /** A fresh random value per response: see createNonce(). */
  nonce: string
  /**
   * SITE_URL: Payload's server URL, and the origin of the absolute links to our own files and
   * of the Live Preview frame. Usually the origin the page was served from; listed beside
   * 'self' so that a site reached by another name (nginx on another port) still loads them.
   */
  siteUrl: string
  /**
   * `next dev`: React evaluates code there (server error stacks, fast refresh) and styles arrive
   * as <style> elements, so development allows both, as Next's CSP guide says. Never in production.
   */
  development?: boolean
}

/** `default-src 'self'; script-src …`: directives in order, sources separated by spaces. */
export function serialisePolicy(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')
}

/**
 * The nonce of a policy's script-src, for an inline script of our own to carry as Next's do
 * (components/ReadingsPreferenceScript.tsx). Undefined without a policy or a nonce.
 */
export function scriptNonceOf(policy: string | null | undefined): string | undefined {
  const scriptSources = /(?:^|;)\s*script-src\s+([^;]*)/i.exec(policy ?? '')?.[1] ?? ''
  return /'nonce-([^']+)'/.exec(scriptSources)?.[1]
}

/** 128 random bits, base64: what Next.js looks for in `'nonce-…'`. */
export function createNonce(): string {
  return randomBytes(16).toString('base64')
}

function ownOrigins(siteUrl: string): string[] {
  return ["'self'", new URL(siteUrl).origin]
}

/** Directives reader pages and the admin share. */
function documentDirectives({ nonce, siteUrl, development = false }: DocumentPolicyOptions): Directives {
  const own = ownOrigins(siteUrl)
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", ...(development ? ["'unsafe-inline'"] : [])],
    'img-src': [...own, 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': own,
    // Podcast audio may be hosted elsewhere (an episode's external URL): any https origin.
    'media-src': [...own, 'blob:', 'https:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': own,
    // On an https site, a stray http:// link to our own files must not be blocked as mixed content.
    ...(new URL(siteUrl).protocol === 'https:' ? { 'upgrade-insecure-requests': [] } : {}),
  }
}

/**
 * Reader pages (`/ja…`, `/en…`): framed only by the site itself, where the admin's Live Preview
 * shows them.
 */
export function readerPagePolicy(options: DocumentPolicyOptions): string {
  return serialisePolicy({
    ...documentDirectives(options),
    'frame-src': ["'none'"],
    'frame-ancestors': ownOrigins(options.siteUrl),
  })
}

/**
 * The admin (`/admin…`). Payload's UI writes `style` attributes into its HTML and its widgets add
 * <style> elements as they run, neither of which can carry a nonce: styles keep 'unsafe-inline'
 * (in Chromium, every admin view reported both kinds without it). Scripts do not need it. The
 * admin frames the reader site (Live Preview) and is framed by nobody.
 */
export function adminPolicy(options: DocumentPolicyOptions): string {
  return serialisePolicy({
    ...documentDirectives(options),
    'style-src': ["'self'", "'unsafe-inline'"],
    'frame-src': ownOrigins(options.siteUrl),
    'frame-ancestors': ["'none'"],
  })
}

/**
 * REST and GraphQL answers, the sitemap, robots.txt: data, never a page. Should one be opened
 * in a tab, nothing in it may load, run or be framed.
 */
export const resourcePolicy = serialisePolicy({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] })
