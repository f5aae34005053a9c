/**
 * Draft preview: the admin's "Preview" button opens /[locale]/preview with the preview secret;
 * that route turns on Next.js draft mode for a signed-in staff member and sends them to the page.
 */
import { timingSafeEqual } from 'node:crypto'

import { env } from '@/lib/env'
import type { Locale } from '@/lib/i18n/locales'
import { previewPath } from '@/lib/i18n/paths'

/** `path`: the page to open, within the locale (`pagePath` in lib/i18n/paths.ts). */
export function previewLink(locale: Locale, path: string): string {
  const query = new URLSearchParams({ path, secret: env.previewSecret })
  return `${env.SITE_URL}${previewPath(locale)}?${query}`
}

export function isPreviewSecret(candidate: string | null): boolean {
  if (!candidate) return false
  const expected = Buffer.from(env.previewSecret)
  const given = Buffer.from(candidate)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** Only paths inside the site: "/episodes/slug", never "//elsewhere" or "https://…". */
export function isSitePath(path: string | null): path is string {
  return Boolean(path && path.startsWith('/') && !path.startsWith('//') && !path.includes('\\'))
}
