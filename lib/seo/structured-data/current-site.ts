import { env } from '@/lib/env'
import type { Locale } from '@/lib/i18n/locales'

import type { SiteContext } from './site'

/** The running server's public origin: the builders stay pure, the pages pass this in. */
export function currentSite(locale: Locale): SiteContext {
  return { siteUrl: env.SITE_URL, locale }
}
