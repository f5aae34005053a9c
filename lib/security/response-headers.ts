/**
 * The security headers of the column's responses, in two groups by where they are set:
 *
 * - the same on every response (nosniff, referrer and permissions policies, the CSP of API
 *   answers): next.config.ts `headers()`, fixed when the app is built, Next's own files included;
 * - per page (the CSP with the request's nonce, and HSTS, which follows the SITE_URL the server
 *   runs with): proxy.ts, for reader pages and the admin.
 *
 * Imported by next.config.ts, so relative imports only (no `@/`) and nothing that reads the
 * environment.
 */
import { adminPolicy, readerPagePolicy, resourcePolicy, type DocumentPolicyOptions } from './content-security-policy'

type Header = { key: string; value: string }

export const everyResponseHeaders: Header[] = [
  // A file is what its Content-Type says: an upload or an API answer is never run as a script or page.
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Other sites see our origin, never a reader's path (a search term) or an editor's admin URL.
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // Powerful features neither the reader site nor the admin uses, off for every frame.
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
]

/**
 * Answers that are data, never pages: Payload's REST and GraphQL API, the sitemap index and its
 * parts, robots.txt.
 * Uploaded files (`/api/media/file/…`) are left out: they have a stricter policy of their own,
 * with `sandbox` (lib/media/file-types.ts, deploy/nginx/column.conf).
 */
export const resourcePaths = [
  '/api/:path((?!media/file/).*)',
  '/sitemap.xml/:path*',
  '/sitemap-:part(\\d+).xml',
  '/robots.txt',
] as const

export const resourceHeaders: Header[] = [{ key: 'Content-Security-Policy', value: resourcePolicy }]

/** Paths Payload's admin UI answers: see `routes.admin` (the default) in payload.config.ts. */
export function isAdminPath(pathname: string): boolean {
  return pathname === '/admin' || pathname.startsWith('/admin/')
}

/**
 * HSTS once the site is served over https: browsers then refuse plain http to it for a year, so
 * nobody on the network can strip TLS from a later visit. Never on http, where browsers ignore it
 * and where a local or test server runs.
 */
export function strictTransportSecurity(siteUrl: string): string | undefined {
  return new URL(siteUrl).protocol === 'https:' ? 'max-age=31536000; includeSubDomains' : undefined
}

type PageHeaders = { 'Content-Security-Policy': string; 'Strict-Transport-Security'?: string }

/** The headers proxy.ts puts on a page (reader site or admin) and, for the CSP, on its request. */
export function pageHeaders(pathname: string, options: DocumentPolicyOptions): PageHeaders {
  const policy = isAdminPath(pathname) ? adminPolicy(options) : readerPagePolicy(options)
  const hsts = strictTransportSecurity(options.siteUrl)
  return { 'Content-Security-Policy': policy, ...(hsts ? { 'Strict-Transport-Security': hsts } : {}) }
}
