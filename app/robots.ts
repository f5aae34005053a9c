import type { MetadataRoute } from 'next'

import { env } from '@/lib/env'
import { locales } from '@/lib/i18n/locales'
import { localePath, pagePath } from '@/lib/i18n/paths'

// SITE_URL is the running server's, not the build machine's.
export const dynamic = 'force-dynamic'

/** Reader pages only: the admin, the API and the draft-preview routes stay out of search engines. */
export default function robots(): MetadataRoute.Robots {
  const previewRoutes = locales.flatMap((locale) =>
    [pagePath.preview, pagePath.exitPreview].map((path) => localePath(locale, path)),
  )
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api', ...previewRoutes] },
    sitemap: `${env.SITE_URL}/sitemap.xml`,
  }
}
